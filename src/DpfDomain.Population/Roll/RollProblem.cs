using System.Globalization;

namespace DpfDomain.Population.Roll;

/// <summary>
/// One problem in a roll or status-list file: the file, row and column, and the reason in English and
/// Chinese. Identity numbers in the reason are masked; names never appear.
/// </summary>
public sealed class RollProblem
{
    internal RollProblem(string file, int row, string? column, RollProblemCode code, string reason, string reasonZh, bool rejectsRow = true)
    {
        File = file;
        Row = row;
        Column = column;
        Code = code;
        Reason = reason;
        ReasonZh = reasonZh;
        RejectsRow = rejectsRow;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>The 1-based row, as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole.</summary>
    public int Row { get; }

    /// <summary>The column header as written in the file, or null when the problem is not about one cell.</summary>
    public string? Column { get; }

    /// <summary>What kind of problem it is.</summary>
    public RollProblemCode Code { get; }

    /// <summary>The reason in English.</summary>
    public string Reason { get; }

    /// <summary>The reason in Chinese.</summary>
    public string ReasonZh { get; }

    /// <summary>Whether the row was rejected because of it (false for a notice, such as an ignored column).</summary>
    public bool RejectsRow { get; }

    /// <summary>The position as "file:row [column]".</summary>
    public string Position => string.Create(CultureInfo.InvariantCulture, $"{File}:{Row}{(Column is null ? string.Empty : $" [{Column}]")}");

    /// <summary>The problem in English, with its position.</summary>
    /// <returns>E.g. <c>roll.csv:12 [公民身份号码] The check character … (InvalidIdNumber)</c>.</returns>
    public override string ToString() => $"{Position} {Reason} ({Code})";

    /// <summary>The problem in Chinese, with its position.</summary>
    /// <returns>The Chinese line.</returns>
    public string ToChineseString() => $"{Position} {ReasonZh}";
}
