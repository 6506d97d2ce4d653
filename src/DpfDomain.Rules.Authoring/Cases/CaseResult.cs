using System.Collections.Generic;
using DpfDomain.Rules.Decisions;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>The result of one policy test case. Immutable.</summary>
public sealed class CaseResult
{
    internal CaseResult(string file, string program, string name, ProgramDecision? decision, IReadOnlyList<string> differences, IReadOnlyList<string> differencesZh, Rules.Model.SourcePosition? position = null)
    {
        Line = position?.Line;
        Column = position?.Column;
        File = file;
        Program = program;
        Name = name;
        Decision = decision;
        Differences = differences;
        DifferencesZh = differencesZh;
    }

    /// <summary>The case file.</summary>
    public string File { get; }

    /// <summary>The line of the case in its file (where its <c>{</c> is), when it was read from a file.</summary>
    public int? Line { get; }

    /// <summary>The column of the case in its file, when it was read from a file.</summary>
    public int? Column { get; }

    /// <summary>The program id.</summary>
    public string Program { get; }

    /// <summary>The case's name.</summary>
    public string Name { get; }

    /// <summary>The decision, or <see langword="null"/> when the case's input was invalid.</summary>
    public ProgramDecision? Decision { get; }

    /// <summary>Whether the decision is the one expected.</summary>
    public bool Passed => Differences.Count == 0;

    /// <summary>Each way the decision differs from the expectation ("expected …, actual …"), in English.</summary>
    public IReadOnlyList<string> Differences { get; }

    /// <summary>The same in Chinese.</summary>
    public IReadOnlyList<string> DifferencesZh { get; }

    /// <inheritdoc />
    public override string ToString() => Passed ? $"PASS {Program} {Name}" : $"FAIL {Program} {Name}: {string.Join("; ", Differences)}";
}
