using System;
using System.Collections.Generic;
using System.Numerics;
using Ardalis.GuardClauses;

namespace DpfDomain.Rules.Decisions;

/// <summary>
/// What the batch path decides for one program and one subject: the outcome, the amounts per
/// period, and which top-level rules failed as a bit mask. A value written into storage the caller
/// provides (<see cref="Catalog.RuleCatalog.DecideAll(Facts.PersonFacts, NodaTime.LocalDate, Span{ProgramResult})"/>),
/// so a whole population is decided without allocating per person. It carries no reasons, outputs
/// or trace: for those, evaluate the one program again through the explaining path
/// (<see cref="Catalog.RuleCatalog.Evaluate(Facts.PersonFacts, NodaTime.LocalDate, string, bool)"/>),
/// which gives the same outcome and amounts. Immutable.
/// </summary>
public readonly struct ProgramResult : IEquatable<ProgramResult>
{
    internal ProgramResult(string programId, ProgramVersion? version, DecisionOutcome outcome, ulong failedRuleMask = 0, PeriodTotals totals = default, int inKindItems = 0, string? errorMessage = null, string? errorMessageZh = null)
    {
        ProgramId = programId;
        Version = version;
        Outcome = outcome;
        FailedRuleMask = failedRuleMask;
        Totals = totals;
        InKindItems = inKindItems;
        ErrorMessage = errorMessage;
        ErrorMessageZh = errorMessageZh;
    }

    /// <summary>The batch result that says what a full decision says (outcome, version, amounts, in-kind items, failed rules, error).</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The result; <see cref="Matches"/> holds for it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static ProgramResult Of(ProgramDecision decision) => DecisionMaker.AsResult(decision);

    /// <summary>The program id; null only for a <see langword="default"/> value that no evaluation wrote.</summary>
    public string? ProgramId { get; }

    /// <summary>The version in force on the evaluation date; null when none was (<see cref="DecisionOutcome.NotInForce"/>).</summary>
    public ProgramVersion? Version { get; }

    /// <summary>The outcome.</summary>
    public DecisionOutcome Outcome { get; }

    /// <summary>Whether the subject is eligible.</summary>
    public bool IsEligible => Outcome == DecisionOutcome.Eligible;

    /// <summary>
    /// The failed top-level rules of <see cref="Version"/>: bit i set when rule i (in file order,
    /// <see cref="ProgramVersion.RuleNames"/>) failed. Zero unless <see cref="Outcome"/> is
    /// <see cref="DecisionOutcome.NotEligible"/>.
    /// </summary>
    public ulong FailedRuleMask { get; }

    /// <summary>The eligible decision's amounts totalled per period; empty otherwise.</summary>
    public PeriodTotals Totals { get; }

    /// <summary>How many in-kind benefit items (e.g. a hearing aid) the eligible decision grants.</summary>
    public int InKindItems { get; }

    /// <summary>Why no decision could be made (English), for an <see cref="DecisionOutcome.Error"/>.</summary>
    public string? ErrorMessage { get; }

    /// <summary>Why no decision could be made (Chinese), for an <see cref="DecisionOutcome.Error"/>.</summary>
    public string? ErrorMessageZh { get; }

    /// <summary>
    /// The names of the failed top-level rules, in file order (allocates: resolve them when they
    /// are shown, not for every person of a batch).
    /// </summary>
    /// <returns>The names; empty unless not eligible.</returns>
    public IReadOnlyList<string> FailedRuleNames()
    {
        if (FailedRuleMask == 0 || Version is null)
        {
            return [];
        }

        var names = new string[BitOperations.PopCount(FailedRuleMask)];
        var count = 0;
        var rules = Version.RuleNames;
        for (var i = 0; i < rules.Count && count < names.Length; i++)
        {
            if ((FailedRuleMask & (1UL << i)) != 0)
            {
                names[count++] = rules[i];
            }
        }

        return names;
    }

    /// <summary>Whether this result says the same as a full decision: program, version, outcome, amounts per period, in-kind items, failed rules and error.</summary>
    /// <param name="decision">The decision of the explaining path.</param>
    /// <returns>True when they agree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public bool Matches(ProgramDecision decision)
    {
        Guard.Against.Null(decision);
        var inKind = 0;
        foreach (var line in decision.Benefits)
        {
            inKind += line.Period == Model.BenefitPeriod.InKind ? 1 : 0;
        }

        var failed = FailedRuleNames();
        if (failed.Count != decision.FailedRules.Count)
        {
            return false;
        }

        for (var i = 0; i < failed.Count; i++)
        {
            if (!string.Equals(failed[i], decision.FailedRules[i].RuleName, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return string.Equals(ProgramId, decision.ProgramId, StringComparison.Ordinal)
            && ReferenceEquals(Version, decision.Version)
            && Outcome == decision.Outcome
            && Totals == decision.Totals
            && inKind == InKindItems
            && string.Equals(ErrorMessage, decision.ErrorMessage, StringComparison.Ordinal)
            && string.Equals(ErrorMessageZh, decision.ErrorMessageZh, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public bool Equals(ProgramResult other) =>
        string.Equals(ProgramId, other.ProgramId, StringComparison.Ordinal)
        && ReferenceEquals(Version, other.Version)
        && Outcome == other.Outcome
        && FailedRuleMask == other.FailedRuleMask
        && Totals == other.Totals
        && InKindItems == other.InKindItems
        && string.Equals(ErrorMessage, other.ErrorMessage, StringComparison.Ordinal)
        && string.Equals(ErrorMessageZh, other.ErrorMessageZh, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProgramResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ProgramId, Outcome, FailedRuleMask, Totals);

    /// <summary>Whether two results are equal.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ProgramResult left, ProgramResult right) => left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ProgramResult left, ProgramResult right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Outcome switch
    {
        DecisionOutcome.Eligible => $"{ProgramId} {Version?.Version}: eligible, {Totals}",
        DecisionOutcome.NotEligible => $"{ProgramId} {Version?.Version}: not eligible ({string.Join(", ", FailedRuleNames())})",
        DecisionOutcome.NotInForce => $"{ProgramId}: not in force",
        _ => $"{ProgramId} {Version?.Version}: error: {ErrorMessage}",
    };
}
