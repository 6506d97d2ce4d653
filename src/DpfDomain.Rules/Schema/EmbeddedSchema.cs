using System.IO;

namespace DpfDomain.Rules.Schema;

/// <summary>
/// The committed JSON Schema of rule-set files, embedded in this assembly so that
/// <see cref="Catalog.ReferenceCatalog.WriteTo"/> can write it beside the rule sets for editors.
/// It is generated, and checked against its source, by the authoring package.
/// </summary>
internal static class EmbeddedSchema
{
    /// <summary>The schema's file name.</summary>
    public const string FileName = "dpf-ruleset.schema.json";

    /// <summary>The committed schema text.</summary>
    /// <returns>The schema text.</returns>
    public static string Text()
    {
        using var stream = typeof(EmbeddedSchema).Assembly.GetManifestResourceStream("DpfDomain.Rules.Schema." + FileName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
