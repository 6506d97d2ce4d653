using System;
using System.Collections.Generic;
using System.Linq;

namespace DpfDomain.Population.Roll;

/// <summary>Where the reader's problems go: the report (counted, kept up to a limit) and the caller's callback.</summary>
internal sealed class ProblemSink(RollReadReport report, Action<RollProblem>? callback)
{
    internal RollReadReport Report { get; } = report;

    internal void RejectPerson(IReadOnlyList<RollProblem> problems)
    {
        Report.RejectPerson(problems[0].Code);
        Publish(problems);
    }

    internal void RejectListRow(IReadOnlyList<RollProblem> problems)
    {
        Report.RejectListRow(problems[0].Code);
        Publish(problems);
    }

    internal void Unknown(string file, IEnumerable<(int Index, string Header)> unknown, IEnumerable<string> known)
    {
        foreach (var (index, header) in unknown)
        {
            var closest = HeaderMap<RollColumn>.Closest(header, known);
            var safe = header.Length > 40 || CellText.IsGarbled(header) || header.Count(char.IsAsciiDigit) >= 6 ? $"column {index + 1}" : header;
            Publish([new RollProblem(
                file,
                1,
                safe,
                RollProblemCode.UnknownColumn,
                closest is null ? "This column is not part of the layout and was ignored." : $"This column is not part of the layout and was ignored; did you mean {closest}?",
                closest is null ? "该列不在文件格式中，已忽略。" : $"该列不在文件格式中，已忽略；是否应为“{closest}”？",
                rejectsRow: false)]);
        }
    }

    internal void Repeated(string file, IEnumerable<(int Index, string Header)> repeated)
    {
        foreach (var (index, header) in repeated)
        {
            Publish([new RollProblem(
                file,
                1,
                header,
                RollProblemCode.UnknownColumn,
                $"This column says the same as an earlier one (column {index + 1}); only the earlier column is read.",
                $"该列（第 {index + 1} 列）与前面的某列含义相同；只读取前面那一列。",
                rejectsRow: false)]);
        }
    }

    private void Publish(IEnumerable<RollProblem> problems)
    {
        foreach (var problem in problems)
        {
            Report.Note(problem);
            callback?.Invoke(problem);
        }
    }
}
