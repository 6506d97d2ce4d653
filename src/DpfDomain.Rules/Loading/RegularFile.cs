using System;
using System.IO;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// Opens files that people name (rule sets, case, person and employer files, rolls and status
/// lists) only when they are regular files, links followed to their final target. A pipe would
/// block the reader until something writes to it, and a device such as <c>/dev/zero</c> never
/// ends; both report a length of 0, so a target that is empty or not a regular file is refused
/// without being opened, and a stream that cannot seek (which a regular file always can) is
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
                throw new UnreadableFileException(
                    "It is a folder, not a file.",
                    "它是文件夹，不是文件。",
                    "Name the file itself.",
                    "请指定文件本身。");
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
            throw new UnreadableFileException(
                "The file does not exist (or is a link to nothing).",
                "文件不存在（或是指向不存在目标的链接）。",
                "Check the file name and folder.",
                "请检查文件名和所在文件夹。");
        }

        if (target.Length == 0)
        {
            throw NotRegular();
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

    private static UnreadableFileException NotRegular() => new(
        "The file is empty, or it is not a regular file (a device, a pipe or a socket), so it is not read.",
        "文件为空，或者不是普通文件（而是设备、管道或套接字），因此不读取。",
        "Name the file itself, with its content saved in it.",
        "请指定保存有内容的文件本身。");

    private static UnreadableFileException TooLarge(long maximumBytes) => new(
        $"The file is larger than {Megabytes(maximumBytes)}, so it is not read.",
        $"文件超过 {Megabytes(maximumBytes)}，因此不读取。",
        "Check that the path names the right file; split a file that is really this large.",
        "请确认路径指向正确的文件；确实这么大的文件请拆分。");

    private static UnreadableFileException CannotOpen(Exception exception) => new(
        $"The file cannot be opened: {exception.Message}",
        $"文件无法打开：{exception.Message}",
        "Check that the file exists and that you may read it.",
        "请确认文件存在且有读取权限。");

    private static string Megabytes(long bytes) =>
        bytes % (1024 * 1024) == 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}

/// <summary>A file that is refused or cannot be opened: why and how to fix it, in English and Chinese, without the file name.</summary>
internal sealed class UnreadableFileException(string reason, string reasonZh, string hint, string hintZh) : IOException(reason)
{
    public string Reason { get; } = reason;

    public string ReasonZh { get; } = reasonZh;

    public string Hint { get; } = hint;

    public string HintZh { get; } = hintZh;
}
