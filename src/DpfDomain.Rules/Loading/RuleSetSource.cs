using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Ardalis.GuardClauses;

namespace DpfDomain.Rules.Loading;

/// <summary>Where one rule-set file comes from: a name for diagnostics and a way to read its bytes. Immutable.</summary>
public sealed class RuleSetSource
{
    /// <summary>The file-name suffix of rule-set files in a directory or among embedded resources.</summary>
    public const string FileSuffix = ".ruleset.json";

    private readonly Func<Stream> _open;

    private RuleSetSource(string name, Func<Stream> open)
    {
        Name = name;
        _open = open;
    }

    /// <summary>The name shown in diagnostics (a path or resource name).</summary>
    public string Name { get; }

    /// <summary>The largest rule-set file read, in bytes (4 MiB); anything longer (or endless, such as a link to a device) is reported, not read.</summary>
    public const int MaximumBytes = 4 * 1024 * 1024;

    /// <summary>A rule-set file on disk. Only a regular file is read (a link is followed to its final target): a pipe, a device, an empty file or one larger than <see cref="MaximumBytes"/> is reported at load without being read.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static RuleSetSource FromFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        return new RuleSetSource(path, () => RegularFile.OpenRead(path, MaximumBytes));
    }

    /// <summary>
    /// Every <c>*.ruleset.json</c> file in a directory and its subdirectories, in ordinal path order.
    /// A folder so named is listed too, and reported at load as a folder, not a file. Linked files are listed (and read as <see cref="FromFile"/> reads them); linked subdirectories
    /// and subdirectories that cannot be read are not entered, so a link to a parent folder or to the
    /// root of the disk cannot make the search endless.
    /// </summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The sources.</returns>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static IReadOnlyList<RuleSetSource> FromDirectory(string directory)
    {
        Guard.Against.NullOrWhiteSpace(directory);
        return [.. FolderFiles.Find(directory, "*" + FileSuffix).Select(FromFile)];
    }

    /// <summary>A rule set held in memory.</summary>
    /// <param name="name">The name shown in diagnostics.</param>
    /// <param name="json">The JSON text.</param>
    /// <returns>The source.</returns>
    public static RuleSetSource FromText(string name, string json)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        return new RuleSetSource(name, () => new MemoryStream(bytes, writable: false));
    }

    /// <summary>A rule set read from a stream each time it is loaded.</summary>
    /// <param name="name">The name shown in diagnostics.</param>
    /// <param name="open">Opens the stream; the loader disposes it.</param>
    /// <returns>The source.</returns>
    public static RuleSetSource FromStream(string name, Func<Stream> open)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(open);
        return new RuleSetSource(name, open);
    }

    /// <summary>Every embedded resource of an assembly whose name starts with a prefix and ends with <c>.ruleset.json</c>.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="prefix">The resource-name prefix, e.g. <c>DpfDomain.Rules.Catalog.</c>; empty for all.</param>
    /// <returns>The sources, in ordinal name order.</returns>
    public static IReadOnlyList<RuleSetSource> FromEmbeddedResources(Assembly assembly, string prefix = "")
    {
        Guard.Against.Null(assembly);
        Guard.Against.Null(prefix);
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(FileSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new RuleSetSource(n, () => assembly.GetManifestResourceStream(n)!))];
    }

    /// <summary>Reads all bytes.</summary>
    /// <returns>The file's bytes.</returns>
    internal byte[] ReadAllBytes()
    {
        using var stream = _open() ?? throw new InvalidOperationException("The stream factory returned no stream.");
        return RegularFile.ReadAtMost(stream, MaximumBytes) ?? throw new TooLargeException();
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>The source is longer than <see cref="MaximumBytes"/>.</summary>
    internal sealed class TooLargeException() : IOException($"The file is larger than {MaximumBytes / (1024 * 1024)} MB; it is not read.");
}
