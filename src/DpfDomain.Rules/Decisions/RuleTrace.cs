using System.Collections.Generic;

namespace DpfDomain.Rules.Decisions;

/// <summary>
/// How one rule was evaluated: its outcome and the values of the facts and parameters it read.
/// Facts hold no identity number or name, but they do describe a person's disability, poverty
/// and treatment, which are sensitive personal information: keep traces where the person's file
/// is kept. Immutable.
/// </summary>
public sealed class RuleTrace
{
    internal RuleTrace(
        string ruleName,
        RuleOutcome outcome,
        string? error,
        string? errorZh,
        IReadOnlyList<KeyValuePair<string, string>> factsRead,
        IReadOnlyList<KeyValuePair<string, string>> parametersRead,
        IReadOnlyList<RuleTrace> children)
    {
        RuleName = ruleName;
        Outcome = outcome;
        Error = error;
        ErrorZh = errorZh;
        FactsRead = factsRead;
        ParametersRead = parametersRead;
        Children = children;
    }

    /// <summary>The rule's name.</summary>
    public string RuleName { get; }

    /// <summary>The outcome.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>The run-time error in English, when <see cref="Outcome"/> is <see cref="RuleOutcome.Error"/>; names the nested rule where it happened.</summary>
    public string? Error { get; }

    /// <summary>The run-time error in Chinese.</summary>
    public string? ErrorZh { get; }

    /// <summary>Each fact the rule reads, with its value (e.g. <c>Age = 9</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> FactsRead { get; }

    /// <summary>Each parameter the rule reads, with the value in force.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ParametersRead { get; }

    /// <summary>Nested rules.</summary>
    public IReadOnlyList<RuleTrace> Children { get; }

    /// <inheritdoc />
    public override string ToString() => $"{RuleName}: {Outcome} ({string.Join(", ", FactsRead)})";
}
