using System;
using System.IO;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// Opens files that people name (rule sets, case, person and employer files, rolls and status
/// lists) only when they are regular files, links followed to their final target. A pipe would
/// block the reader until something writes to it, and a device such as <c>/dev/zero</c> never
/// ends; both report a length of 0, so a target that is empty or not a regular file is refused
/// without being opened (an empty regular file told apart from the others, see <see cref="FileKind"/>), and a stream that cannot seek (which a regular file always can) is
/// refused after opening.
/// </summary>
internal static class RegularFile
{
    /// <summary>Opens a file for reading.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="maximumBytes">The largest file accepted.</param>
    /// <returns>The open, seekable stream.</returns>
    /// <exception cref="UnreadableFileException">The path names no file, a folder, a device, a pipe, an empty file or one that is too large, or it cannot be opened.</exception>
    public static FileStream OpenRead(string path, long maximumBytes)
    {
        FileInfo target;
        try
        {
            if (Directory.Exists(path))
            {
                throw new UnreadableFileException(FileMessages.IsAFolder());
            }

            var file = new FileInfo(path);
            target = file.LinkTarget is null ? file : File.ResolveLinkTarget(path, returnFinalTarget: true) as FileInfo ?? file;
            target.Refresh();
        }
        catch (Exception exception) when (exception is IOException and not UnreadableFileException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CannotOpen(exception);
        }

        if (!target.Exists)
        {
            throw new UnreadableFileException(FileMessages.DoesNotExist());
        }

        if (target.Length == 0)
        {
            throw new UnreadableFileException(FileKind.Of(target.FullName) == FileKind.Kind.Regular ? FileMessages.EmptyFile() : FileMessages.NotARegularFile());
        }

        if (target.Length > maximumBytes)
        {
            throw TooLarge(maximumBytes);
        }

        FileStream stream;
        try
        {
            stream = new FileStream(target.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CannotOpen(exception);
        }

        if (!stream.CanSeek)
        {
            stream.Dispose();
            throw NotRegular();
        }

        return stream;
    }

    /// <summary>Reads a whole file of at most <paramref name="maximumBytes"/> bytes.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="maximumBytes">The largest file accepted (a file that grows past it while read is refused too).</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="UnreadableFileException">See <see cref="OpenRead"/>.</exception>
    public static byte[] ReadAllBytes(string path, int maximumBytes)
    {
        using var stream = OpenRead(path, maximumBytes);
        try
        {
            return ReadAtMost(stream, maximumBytes) ?? throw TooLarge(maximumBytes);
        }
        catch (Exception exception) when (exception is IOException and not UnreadableFileException or UnauthorizedAccessException)
        {
            throw CannotOpen(exception);
        }
    }

    /// <summary>Reads a stream to its end, or returns null as soon as it holds more than <paramref name="maximumBytes"/>.</summary>
    public static byte[]? ReadAtMost(Stream stream, int maximumBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maximumBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static UnreadableFileException NotRegular() => new(FileMessages.NotARegularFile());

    private static UnreadableFileException TooLarge(long maximumBytes) => new(FileMessages.LargerThan(maximumBytes));

    private static UnreadableFileException CannotOpen(Exception exception) => new(FileMessages.CannotOpen(SystemReasons.Of(exception)));
}

/// <summary>A file that is refused or cannot be opened: why and how to fix it, in English and Chinese, without the file name.</summary>
internal sealed class UnreadableFileException(DiagnosticMessage problem) : IOException(problem.Text)
{
    /// <summary>The problem, under the code of a source that cannot be read.</summary>
    public DiagnosticMessage Problem { get; } = problem;

    public string Reason => Problem.Text;

    public string ReasonZh => Problem.TextZh;

    public string Hint => Problem.Fix;

    public string HintZh => Problem.FixZh;
}
