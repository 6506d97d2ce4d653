using System;

namespace DpfDomain.Population.Files;

/// <summary>
/// A roll or status-list file that cannot be read at all (missing, not CSV or .xlsx, an encoding
/// other than UTF-8 or GB18030, a required column missing, a damaged workbook). The message names
/// the file and, where known, the row; it never contains personal data.
/// </summary>
public sealed class TabularFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file name.</param>
    /// <param name="row">The 1-based row, or 0 when the problem is the whole file.</param>
    /// <param name="message">The English sentence.</param>
    /// <param name="messageZh">The Chinese sentence.</param>
    public TabularFileException(string file, int row, string message, string messageZh)
        : base(row > 0 ? $"{file}:{row}: {message}" : $"{file}: {message}")
    {
        File = file;
        Row = row;
        Reason = message;
        ReasonZh = messageZh;
    }

    /// <summary>The file name, as the caller gave it.</summary>
    public string File { get; }

    /// <summary>The 1-based row, or 0 when the problem is the whole file.</summary>
    public int Row { get; }

    /// <summary>The reason in English, without the file name.</summary>
    public string Reason { get; }

    /// <summary>The reason in Chinese, without the file name.</summary>
    public string ReasonZh { get; }

    /// <summary>A file the regular-file check refused (a folder, a pipe, a device, an empty or missing file), as the problem of the whole file.</summary>
    internal static TabularFileException Refused(string file, DpfDomain.Rules.Loading.UnreadableFileException refused) =>
        new(file, 0, $"{refused.Reason} {refused.Hint}", $"{refused.ReasonZh}{refused.HintZh}");

    /// <summary>The message in Chinese, with the file name and row.</summary>
    public string MessageZh => Row > 0 ? $"{File}:{Row}：{ReasonZh}" : $"{File}：{ReasonZh}";
}
