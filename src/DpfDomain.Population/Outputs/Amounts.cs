using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;

namespace DpfDomain.Population.Outputs;

/// <summary>Amounts kept apart by period: a monthly and a yearly amount are never added together.</summary>
public static class Amounts
{
    /// <summary>The periods in report order.</summary>
    public static IReadOnlyList<BenefitPeriod> Periods { get; } = [BenefitPeriod.PerMonth, BenefitPeriod.PerYear, BenefitPeriod.OneOff, BenefitPeriod.InKind];

    /// <summary>A decision's benefit lines totalled per period.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The total of each period that has a line; empty when not eligible.</returns>
    public static IReadOnlyDictionary<BenefitPeriod, Money> ByPeriod(ProgramDecision decision)
    {
        Guard.Against.Null(decision);
        if (decision.Benefits.Count == 0)
        {
            return PeriodAmounts.Empty;
        }

        var totals = new PeriodAmounts();
        foreach (var line in decision.Benefits)
        {
            totals.Add(line.Period, line.Amount);
        }

        return totals;
    }

    /// <summary>Whether two sets of per-period totals are the same.</summary>
    /// <param name="left">One set.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether each period has the same total (a missing period counts as zero).</returns>
    public static bool Same(IReadOnlyDictionary<BenefitPeriod, Money> left, IReadOnlyDictionary<BenefitPeriod, Money> right)
    {
        Guard.Against.Null(left);
        Guard.Against.Null(right);
        return Periods.All(p => left.GetValueOrDefault(p) == right.GetValueOrDefault(p));
    }

    /// <summary>The Chinese word for a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>每月, 每年, 一次性 or 实物.</returns>
    public static string ChineseName(BenefitPeriod period) => period switch
    {
        BenefitPeriod.PerMonth => "每月",
        BenefitPeriod.PerYear => "每年",
        BenefitPeriod.OneOff => "一次性",
        _ => "实物",
    };

    /// <summary>Per-period totals as text, e.g. <c>PerMonth 80.00; PerYear 1000.00</c>.</summary>
    /// <param name="amounts">The totals.</param>
    /// <returns>The text; empty when there are none.</returns>
    public static string Format(IReadOnlyDictionary<BenefitPeriod, Money> amounts)
    {
        Guard.Against.Null(amounts);
        return string.Join("; ", Periods.Where(amounts.ContainsKey).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p} {amounts[p].Yuan:0.00}")));
    }
}
