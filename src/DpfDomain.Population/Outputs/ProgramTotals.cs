using System.Collections.Generic;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;

namespace DpfDomain.Population.Outputs;

/// <summary>One program's line of a run's summary: outcomes counted, amounts totalled per period, quota and completion.</summary>
public sealed class ProgramTotals
{
    internal ProgramTotals(string programId, LocalizedText? name, int evaluated, int eligible, int notEligible, int notInForce, int errors, PeriodTotals amounts, int inKindItems, int? quota, IReadOnlyList<string> versions)
    {
        ProgramId = programId;
        Name = name;
        Evaluated = evaluated;
        Eligible = eligible;
        NotEligible = notEligible;
        NotInForce = notInForce;
        Errors = errors;
        Amounts = amounts;
        InKindItems = inKindItems;
        Quota = quota;
        Versions = versions;
    }

    /// <summary>The program id, e.g. P1.</summary>
    public string ProgramId { get; }

    /// <summary>The program's name in Chinese and English, from its rule set (null when no version was in force).</summary>
    public LocalizedText? Name { get; }

    /// <summary>People evaluated.</summary>
    public int Evaluated { get; }

    /// <summary>People eligible.</summary>
    public int Eligible { get; }

    /// <summary>People not eligible.</summary>
    public int NotEligible { get; }

    /// <summary>People for whom no version was in force on the date.</summary>
    public int NotInForce { get; }

    /// <summary>Decisions that could not be made.</summary>
    public int Errors { get; }

    /// <summary>The eligible people's amounts, totalled per period (a monthly and a yearly amount are never added).</summary>
    public PeriodTotals Amounts { get; }

    /// <summary>In-kind benefit lines (e.g. a year of hearing-aid batteries) granted; their value in yuan is <see cref="PeriodTotals.InKindValue"/> of <see cref="Amounts"/>.</summary>
    public int InKindItems { get; }

    /// <summary>The year's task number (quota) from the rule set, if it has one.</summary>
    public int? Quota { get; }

    /// <summary>Eligible people above (or, negative, below) the quota.</summary>
    public int? OverQuota => Quota is { } quota ? Eligible - quota : null;

    /// <summary>Eligible people as a percentage of the quota, rounded half away from zero to two decimals.</summary>
    public decimal? CompletionPercent => Quota is > 0 and { } quota
        ? decimal.Round(Eligible * 100m / quota, 2, System.MidpointRounding.AwayFromZero)
        : null;

    /// <summary>The rule-set versions used (one unless the date falls on a change of version for some people).</summary>
    public IReadOnlyList<string> Versions { get; }

    /// <summary>The line as text.</summary>
    /// <returns>E.g. <c>P1: 1882 eligible of 1882, ¥1,882,000.00 per year, quota 1152, 163.37 %</c>.</returns>
    public override string ToString() =>
        System.FormattableString.Invariant($"{ProgramId}: {Eligible} eligible of {Evaluated}, {Amounts}{(Quota is { } q ? System.FormattableString.Invariant($", quota {q}, {CompletionPercent:0.00} %") : string.Empty)}");
}
