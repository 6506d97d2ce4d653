namespace DpfDomain.Rules.Decisions;

/// <summary>The outcome of evaluating one program for one subject on one date.</summary>
public enum DecisionOutcome
{
    /// <summary>Every enabled rule passed; the benefits are computed.</summary>
    Eligible = 1,

    /// <summary>At least one rule failed; <see cref="ProgramDecision.FailedRules"/> says which and why.</summary>
    NotEligible,

    /// <summary>No version of the program is in force on the date.</summary>
    NotInForce,

    /// <summary>An expression failed at run time; never counted as eligible. <see cref="ProgramDecision.ErrorMessage"/> says where.</summary>
    Error,
}
