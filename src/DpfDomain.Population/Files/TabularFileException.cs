using System;
using System.Globalization;

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

    /// <summary>A CSV file whose bytes are no text the readers know (neither UTF-8, UTF-16 with its mark nor GB18030), at the line and character of the first bad byte, with how to save it.</summary>
    internal static TabularFileException NotText(string file, DpfDomain.Rules.Loading.EncodingRefusal refusal)
    {
        var (position, problem) = (refusal.Position, refusal.Problem);
        return new(
            file,
            position.Line,
            string.Create(CultureInfo.InvariantCulture, $"At character {position.Column} of the line: {problem.Detail.English} {problem.Fix.English}"),
            string.Create(CultureInfo.InvariantCulture, $"该行第 {position.Column} 个字符处：{problem.Detail.Chinese}{problem.Fix.Chinese}"));
    }

    /// <summary>The message in Chinese, with the file name and row.</summary>
    public string MessageZh => Row > 0 ? $"{File}:{Row}：{ReasonZh}" : $"{File}：{ReasonZh}";
}
