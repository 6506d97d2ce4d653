using System;
using System.IO;
using Ardalis.GuardClauses;

namespace DpfDomain.Population.Roll;

/// <summary>A roll or status-list file: CSV (UTF-8, UTF-16 or GB18030) or an .xlsx workbook, told apart by the name's extension.</summary>
public sealed class RollSource
{
    private RollSource(string name, Func<Stream> open)
    {
        Name = name;
        Open = open;
    }

    /// <summary>The name used in every message (the file name without its folder).</summary>
    public string Name { get; }

    internal Func<Stream> Open { get; }

    /// <summary>A file on disk. Only a regular file is read (a link is followed to its final target); a folder, a pipe, a device or an empty file is refused with a <see cref="Files.TabularFileException"/> when the run reads it, without being opened.</summary>
    /// <param name="path">The path; a name ending in .xlsx is read as a workbook, anything else as CSV.</param>
    /// <returns>The source; nothing is read until a run asks for it.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    public static RollSource FromFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        return new(Path.GetFileName(path), () => DpfDomain.Rules.Loading.RegularFile.OpenRead(path, long.MaxValue));
    }

    /// <summary>A stream opened on demand (e.g. an upload or a test's memory). A stream that cannot seek is first copied into memory whole, so give a file for large rolls.</summary>
    /// <param name="name">The name used in messages; ending in .xlsx for a workbook.</param>
    /// <param name="open">Opens the stream; called once per read.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is null.</exception>
    public static RollSource FromStream(string name, Func<Stream> open)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(open);
        return new(name, open);
    }

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
