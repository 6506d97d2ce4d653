using System.Collections.Generic;

namespace DpfDomain.Rules.Decisions;

/// <summary>A rule that did not pass, with its plain-words reason in Chinese and English. Immutable.</summary>
public sealed class FailedRule
{
    internal FailedRule(string ruleName, string reason, string reasonZh, string? reference, IReadOnlyList<FailedRule> children)
    {
        RuleName = ruleName;
        Reason = reason;
        ReasonZh = reasonZh;
        Reference = reference;
        Children = children;
    }

    /// <summary>The rule's name.</summary>
    public string RuleName { get; }

    /// <summary>Why it failed, in English.</summary>
    public string Reason { get; }

    /// <summary>Why it failed, in Chinese.</summary>
    public string ReasonZh { get; }

    /// <summary>The document or article the rule comes from, if given.</summary>
    public string? Reference { get; }

    /// <summary>For a rule over nested rules, the nested rules that failed.</summary>
    public IReadOnlyList<FailedRule> Children { get; }

    /// <inheritdoc />
    public override string ToString() => $"{RuleName}: {Reason}";
}
