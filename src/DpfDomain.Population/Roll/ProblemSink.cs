using System;
using System.Collections.Generic;
using System.Linq;

namespace DpfDomain.Population.Roll;

/// <summary>Where the reader's problems go: the report (counted, kept up to a limit) and the caller's callback.</summary>
internal sealed class ProblemSink(RollReadReport report, Action<RollProblem>? callback)
{
    private readonly List<RollProblem>? _recorded;

    private ProblemSink()
        : this(new RollReadReport(0), null) => _recorded = [];

    internal RollReadReport Report { get; } = report;

    /// <summary>A sink that keeps every problem, in order, to be handed to the real sink later with <see cref="Absorb"/>.</summary>
    internal static ProblemSink Recording() => new();

    /// <summary>Takes over what a recording sink counted and found, as if it had been found here.</summary>
    internal void Absorb(ProblemSink part)
    {
        Report.ListRowsRead += part.Report.ListRowsRead;
        foreach (var (code, count) in part.Report.RejectedListRowsByCode)
        {
            Report.RejectListRows(code, count);
        }

        foreach (var (file, encoding) in part.Report.Encodings)
        {
            Report.Encoding(file, encoding);
        }

        Publish(part._recorded ?? []);
    }

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
            if (_recorded is not null)
            {
                _recorded.Add(problem);
                continue;
            }

            Report.Note(problem);
            callback?.Invoke(problem);
        }
    }
}
