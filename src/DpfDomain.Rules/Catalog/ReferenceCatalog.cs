using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Schema;

namespace DpfDomain.Rules.Catalog;

/// <summary>
/// The reference county catalog (programs P1–P9 of the county's 2019 H1 work summary), shipped
/// as embedded rule sets with their policy test cases. A county writes it to a folder it then
/// owns (<see cref="WriteTo"/>) and sets its own parameter values there.
/// </summary>
public static class ReferenceCatalog
{
    /// <summary>The name prefix of the embedded files.</summary>
    internal const string ResourcePrefix = "DpfDomain.Rules.Catalog.";

    /// <summary>The embedded rule sets.</summary>
    public static IReadOnlyList<RuleSetSource> Sources { get; } = RuleSetSource.FromEmbeddedResources(typeof(ReferenceCatalog).Assembly, ResourcePrefix);

    /// <summary>Loads the embedded rule sets.</summary>
    /// <returns>The compiled catalog.</returns>
    public static RuleCatalog Load() => RuleCatalog.Load(Sources);

    /// <summary>The names of the embedded files (rule sets and cases), without the resource prefix.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        [.. typeof(ReferenceCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Writes the rule sets, their case files and the JSON Schema to a directory, with each
    /// file's <c>"$schema"</c> pointing at the schema written beside it. Existing files are not
    /// overwritten unless <paramref name="overwrite"/> is set.
    /// </summary>
    /// <param name="directory">The directory; created if missing.</param>
    /// <param name="overwrite">Whether to replace existing files.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="IOException">A file exists and <paramref name="overwrite"/> is false.</exception>
    public static IReadOnlyList<string> WriteTo(string directory, bool overwrite = false)
    {
        Guard.Against.NullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var files = FileNames.Select(name => (name, Rebase(Read(name)))).Append((EmbeddedSchema.FileName, EmbeddedSchema.Text())).ToList();
        var existing = files.Select(f => Path.Combine(directory, f.Item1)).Where(File.Exists).ToList();
        if (!overwrite && existing.Count > 0)
        {
            throw new IOException($"{existing.Count} file(s) already exist in {directory}, e.g. {Path.GetFileName(existing[0])}; nothing was written.");
        }

        var written = new List<string>();
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(directory, name);
            // Written beside the target under a new name, then moved over it: a symbolic link planted at the
            // target is replaced, never written through.
            var temporary = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}.tmp");
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.Write(text);
            }

            File.Move(temporary, path, overwrite: true);
            written.Add(path);
        }

        return written;
    }

    /// <summary>The text of an embedded file.</summary>
    /// <param name="name">The file name, e.g. <c>P1.cases.json</c>.</param>
    /// <returns>The text.</returns>
    public static string Read(string name)
    {
        using var stream = typeof(ReferenceCatalog).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new FileNotFoundException($"The reference catalog has no file {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Rebase(string text) =>
        text.Replace("\"../Schema/" + EmbeddedSchema.FileName + "\"", "\"" + EmbeddedSchema.FileName + "\"", StringComparison.Ordinal);
}
