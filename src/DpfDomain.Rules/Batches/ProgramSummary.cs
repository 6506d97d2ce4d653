using System.Globalization;
using DpfDomain.Rules.Decisions;

namespace DpfDomain.Rules.Batches;

/// <summary>
/// The totals of one program over a batch of decisions: how many were eligible, not eligible,
/// not in force or in error, the amounts totalled per period, and against the year's task number (quota), the
/// completion rate and the number over or under it. Immutable.
/// </summary>
public sealed class ProgramSummary
{
    internal ProgramSummary(string programId, int eligible, int notEligible, int notInForce, int errors, PeriodTotals totals, int? quota)
    {
        ProgramId = programId;
        Eligible = eligible;
        NotEligible = notEligible;
        NotInForce = notInForce;
        Errors = errors;
        Totals = totals;
        Quota = quota;
    }

    /// <summary>The program id.</summary>
    public string ProgramId { get; }

    /// <summary>The number of decisions.</summary>
    public int Evaluated => Eligible + NotEligible + NotInForce + Errors;

    /// <summary>The number of eligible decisions.</summary>
    public int Eligible { get; }

    /// <summary>The number of not-eligible decisions.</summary>
    public int NotEligible { get; }

    /// <summary>The number of decisions on dates when no version was in force.</summary>
    public int NotInForce { get; }

    /// <summary>The number of error decisions; never counted as eligible.</summary>
    public int Errors { get; }

    /// <summary>The eligible decisions' amounts totalled per period (per month, per year, once, in kind; never added across periods).</summary>
    public PeriodTotals Totals { get; }

    /// <summary>The year's task number (任务数), when the rule set defines one.</summary>
    public int? Quota { get; }

    /// <summary>Eligible people over the quota (negative when under it), when there is a quota.</summary>
    public int? OverQuota => Quota is { } quota ? Eligible - quota : null;

    /// <summary>The completion rate (完成率) in percent, eligible ÷ quota × 100, rounded to two decimals half away from zero; when there is a positive quota.</summary>
    public decimal? CompletionPercent => Quota is > 0 and { } quota
        ? decimal.Round(Eligible * 100m / quota, 2, System.MidpointRounding.AwayFromZero)
        : null;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ProgramId}: {Eligible} eligible of {Evaluated}, {Totals}")
        + (Quota is { } quota ? string.Create(CultureInfo.InvariantCulture, $", quota {quota}, completion {CompletionPercent:0.00} %") : string.Empty);
}
