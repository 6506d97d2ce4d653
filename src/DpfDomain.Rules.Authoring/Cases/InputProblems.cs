using System;
using System.Collections.Generic;
using System.Linq;
using DpfDomain.Rules.Authoring.Messages;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>
/// The problems of one person, employer or case found when it is built, collected so that every
/// independent problem is reported in one run, each at its own line and column, in file order.
/// The place of a problem is said in words (<see cref="SourceLocation.Words"/>) from the file's
/// tree; an object built in code, without a file, names the parts of a path by their number.
/// </summary>
internal sealed class InputProblems
{
    private readonly List<(CaseInputException Problem, SourceLocation? Source)> _problems;

    private readonly List<RuleDiagnostic> _found;

    private readonly SourceLocation? _source;

    /// <summary>Collects the problems of an object read from <paramref name="source"/> (null when built in code).</summary>
    public InputProblems(SourceLocation? source)
        : this(source, [], [])
    {
    }

    private InputProblems(SourceLocation? source, List<(CaseInputException Problem, SourceLocation? Source)> problems, List<RuleDiagnostic> found)
    {
        _source = source;
        _problems = problems;
        _found = found;
    }

    /// <summary>Whether any problem was found.</summary>
    public bool Any => _problems.Count > 0 || _found.Count > 0;

    /// <summary>How many problems were found, to tell whether a step added one.</summary>
    public int Count => _problems.Count;

    /// <summary>The same collection, for a part read from another node (a case's person): its paths start there.</summary>
    public InputProblems For(SourceLocation? part) => new(part ?? _source, _problems, _found);

    /// <summary>Reports the problems found when the file was read (words that name nothing, each stood in for by a valid word).</summary>
    public void Report(IEnumerable<RuleDiagnostic> found) => _found.AddRange(found);

    /// <summary>Where a path of the object is, in words and then its path in brackets.</summary>
    public BilingualText Where(string? field) => _source?.Words(field) ?? LocationWords.Of(field ?? string.Empty, null);

    /// <summary>Reports a problem at a path of the object.</summary>
    public void Report(DiagnosticMessage problem, string? field) => _problems.Add((new CaseInputException(problem, field), _source));

    /// <summary>Runs one step; a problem it throws is reported, and the step gives no value.</summary>
    public bool Try<T>(Func<T> step, out T value)
    {
        try
        {
            value = step();
            return true;
        }
        catch (CaseInputException problem)
        {
            _problems.Add((problem, _source));
            value = default!;
            return false;
        }
    }

    /// <summary>The problems, one positioned line each, in file order (in the order found when the object has no file), with the code of the first.</summary>
    public (IReadOnlyList<BilingualText> Lines, DiagnosticCode Code) Lines()
    {
        // A word reported when the file was read was stood in for: what is found at its place after is about the stand-in.
        var words = _found.Select(d => (Line: (Text: new BilingualText(d.Format(chinese: false), d.Format(chinese: true)), Position: (d.Line, d.Column)), d.Code)).ToList();
        var at = words.Select(w => w.Line.Position).ToHashSet();
        var lines = words
            .Concat(_problems.Select(p => (Line: Line(p.Problem, p.Source), p.Problem.Code)).Where(p => !at.Contains(p.Line.Position)))
            .Select((p, i) => (p.Line, p.Code, Order: i))
            .OrderBy(p => p.Line.Position.Line).ThenBy(p => p.Line.Position.Column).ThenBy(p => p.Order)
            .ToList();
        return ([.. lines.Select(l => l.Line.Text)], lines.Count > 0 ? lines[0].Code : DiagnosticCode.InvalidValue);
    }

    /// <summary>Throws the problems found, if any: for a file of its own under the file's heading (<paramref name="what"/>), else one line each.</summary>
    public void ThrowIfAny(BilingualText what)
    {
        if (!Any)
        {
            return;
        }

        var heading = _source is { IsWholeFile: true } ? InputMessages.NotValid(_source.File, what) : (BilingualText?)null;
        var (lines, code) = Lines();
        throw new CaseInputException(heading, lines, code);
    }

    private static (BilingualText Text, (int Line, int Column) Position) Line(CaseInputException problem, SourceLocation? source)
    {
        if (problem.Positioned || source is null)
        {
            if (problem.Positioned || problem.Problem is null)
            {
                return (new BilingualText(problem.Message, problem.MessageZh), (0, 0));
            }

            var message = problem.Problem;
            return (new BilingualText(
                $"DPF{(int)message.Code} {message.Text} {FormatWords.Fix.English}{message.Fix}",
                $"DPF{(int)message.Code} {message.TextZh} {FormatWords.Fix.Chinese}{message.FixZh}"), (0, 0));
        }

        var diagnostic = source.Diagnostic(problem);
        return (new BilingualText(diagnostic.Format(chinese: false), diagnostic.Format(chinese: true)), (diagnostic.Line, diagnostic.Column));
    }
}
