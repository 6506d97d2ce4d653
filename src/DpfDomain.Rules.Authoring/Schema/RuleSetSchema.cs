using System.ComponentModel;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Model;
using DpfDomain.Rules.Schema;

namespace DpfDomain.Rules.Authoring.Schema;

/// <summary>
/// The JSON Schema of rule-set files, generated from the <see cref="RuleSetDocument"/> types
/// by System.Text.Json's schema exporter, with each type's and property's description. The
/// committed copy (<c>Schema/dpf-ruleset.schema.json</c>) is checked against it by a test.
/// </summary>
public static class RuleSetSchema
{
    /// <summary>The schema's file name.</summary>
    public const string FileName = EmbeddedSchema.FileName;

    /// <summary>Generates the schema text.</summary>
    /// <returns>The schema, indented, with a trailing newline.</returns>
    public static string Generate()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };
        var schema = RuleSetJson.Options.GetJsonSchemaAsNode(typeof(RuleSetDocument), exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://dpfdomain.example/schema/" + FileName,
            ["title"] = "DpfDomain rule set (规则集)",
        };
        foreach (var property in schema.ToArray())
        {
            schema.Remove(property.Key);
            root[property.Key] = property.Value;
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The committed schema, embedded in DpfDomain.Rules, for tools that write it next to rule sets for editors.</summary>
    /// <returns>The schema text.</returns>
    public static string Embedded() => EmbeddedSchema.Text();

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node)
        {
            return schema;
        }

        var provider = (ICustomAttributeProvider?)context.PropertyInfo?.AttributeProvider ?? (context.PropertyInfo is null ? context.TypeInfo.Type : null);
        if (provider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false) is [DescriptionAttribute description, ..])
        {
            node.Insert(0, "description", description.Description);
        }

        if (context.PropertyInfo?.AttributeProvider?.IsDefined(typeof(IsoDateAttribute), inherit: false) == true)
        {
            node["format"] = "date";
            node["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
        }

        return node;
    }
}
