using System.Collections.Generic;
using DpfDomain.Rules.Model;
using NodaTime;

namespace DpfDomain.Rules.Decisions;

/// <summary>
/// The decision of one program for one subject on one date: outcome, amounts, failed rules with
/// their reasons, and on request a full trace. Immutable.
/// </summary>
public sealed class ProgramDecision
{
    private static readonly IReadOnlyList<BenefitLine> NoBenefits = [];
    private static readonly IReadOnlyList<FailedRule> NoFailures = [];
    private static readonly IReadOnlyDictionary<string, object?> NoOutputs = System.Collections.Immutable.ImmutableDictionary<string, object?>.Empty;

    internal ProgramDecision(
        string programId,
        ProgramVersion? version,
        LocalDate date,
        DecisionOutcome outcome,
        IReadOnlyList<BenefitLine>? benefits = null,
        IReadOnlyList<FailedRule>? failedRules = null,
        string? errorMessage = null,
        string? errorMessageZh = null,
        IReadOnlyList<RuleTrace>? trace = null,
        IReadOnlyDictionary<string, object?>? outputs = null)
    {
        Outputs = outputs ?? NoOutputs;
        ProgramId = programId;
        Version = version;
        Date = date;
        Outcome = outcome;
        Benefits = benefits ?? NoBenefits;
        FailedRules = failedRules ?? NoFailures;
        ErrorMessage = errorMessage;
        ErrorMessageZh = errorMessageZh;
        Trace = trace;
        var totals = PeriodTotals.Empty;
        foreach (var line in Benefits)
        {
            totals = totals.Add(line.Amount);
        }

        Totals = totals;
    }

    /// <summary>The program id.</summary>
    public string ProgramId { get; }

    /// <summary>The program version used, or <see langword="null"/> when none is in force.</summary>
    public ProgramVersion? Version { get; }

    /// <summary>The version string of the rule set used, e.g. <c>2019.1</c>.</summary>
    public string? RuleSetVersion => Version?.Version;

    /// <summary>The SHA-256 of the rule-set file used, in lower-case hex.</summary>
    public string? ContentHash => Version?.ContentHash;

    /// <summary>The evaluation date.</summary>
    public LocalDate Date { get; }

    /// <summary>The outcome.</summary>
    public DecisionOutcome Outcome { get; }

    /// <summary>Whether the outcome is <see cref="DecisionOutcome.Eligible"/>.</summary>
    public bool IsEligible => Outcome == DecisionOutcome.Eligible;

    /// <summary>The benefit items, when eligible (items whose condition does not hold are left out).</summary>
    public IReadOnlyList<BenefitLine> Benefits { get; }

    /// <summary>
    /// The benefit items' amounts totalled per period (per month, per year, once, and the value of
    /// items in kind, each apart); <see cref="PeriodTotals.Empty"/> when not eligible.
    /// </summary>
    public PeriodTotals Totals { get; }

    /// <summary>The period of the single benefit item, or <see langword="null"/> when there are none or several.</summary>
    public BenefitPeriod? Period => Benefits.Count == 1 ? Benefits[0].Period : null;

    /// <summary>The rule set's named outputs (e.g. <c>PriorityGroup</c>), when eligible: numbers, text or yes/no.</summary>
    public IReadOnlyDictionary<string, object?> Outputs { get; }

    /// <summary>The top-level rules that failed, in rule-set order, with their reasons.</summary>
    public IReadOnlyList<FailedRule> FailedRules { get; }

    /// <summary>What failed at run time, in English, for <see cref="DecisionOutcome.Error"/>.</summary>
    public string? ErrorMessage { get; }

    /// <summary>What failed at run time, in Chinese.</summary>
    public string? ErrorMessageZh { get; }

    /// <summary>Each top-level rule's trace, when a trace was requested.</summary>
    public IReadOnlyList<RuleTrace>? Trace { get; }

    /// <inheritdoc />
    public override string ToString() => Outcome switch
    {
        DecisionOutcome.Eligible => $"{ProgramId} {Date:uuuu-MM-dd}: eligible, {Totals}",
        DecisionOutcome.NotEligible => $"{ProgramId} {Date:uuuu-MM-dd}: not eligible ({string.Join("; ", FailedRules)})",
        DecisionOutcome.NotInForce => $"{ProgramId} {Date:uuuu-MM-dd}: not in force",
        _ => $"{ProgramId} {Date:uuuu-MM-dd}: error ({ErrorMessage})",
    };
}
