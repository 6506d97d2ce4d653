namespace DpfDomain.Rules.Decisions;

/// <summary>The outcome of one rule in a trace.</summary>
public enum RuleOutcome
{
    /// <summary>The rule's condition held.</summary>
    Passed = 1,

    /// <summary>The rule's condition did not hold.</summary>
    Failed,

    /// <summary>The rule's expression failed at run time.</summary>
    Error,

    /// <summary>The rule is disabled and was not evaluated.</summary>
    Skipped,
}
