using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Decisions;

/// <summary>
/// Amounts totalled per period: what is paid per month, per year and once, and the value of the
/// items given in kind, each kept apart and never added to another. A period is present once an
/// amount of it has been added (even zero yuan), so a report can tell "no monthly line" from
/// "¥0.00 per month". <c>default(PeriodTotals)</c> is <see cref="Empty"/>. Immutable.
/// </summary>
public readonly struct PeriodTotals : IEquatable<PeriodTotals>
{
    private readonly Money _perMonth;
    private readonly Money _perYear;
    private readonly Money _oneOff;
    private readonly Money _inKind;
    private readonly byte _present;

    private PeriodTotals(Money perMonth, Money perYear, Money oneOff, Money inKind, byte present)
    {
        _perMonth = perMonth;
        _perYear = perYear;
        _oneOff = oneOff;
        _inKind = inKind;
        _present = present;
    }

    /// <summary>No amounts.</summary>
    public static PeriodTotals Empty => default;

    /// <summary>The periods in report order: per month, per year, once, in kind.</summary>
    public static IReadOnlyList<BenefitPeriod> Periods { get; } = [BenefitPeriod.PerMonth, BenefitPeriod.PerYear, BenefitPeriod.OneOff, BenefitPeriod.InKind];

    /// <summary>The total paid per month (每月); zero when there is none.</summary>
    public Money PerMonth => _perMonth;

    /// <summary>The total paid per year (每年); zero when there is none.</summary>
    public Money PerYear => _perYear;

    /// <summary>The total paid once (一次性); zero when there is none.</summary>
    public Money OneOff => _oneOff;

    /// <summary>The total value of the items given in kind (实物), kept apart from money paid; zero when there is none.</summary>
    public Money InKindValue => _inKind;

    /// <summary>Whether no amount of any period has been added.</summary>
    public bool IsEmpty => _present == 0;

    /// <summary>The number of periods present.</summary>
    public int Count => System.Numerics.BitOperations.PopCount(_present);

    /// <summary>The total of each period present, in report order.</summary>
    public IReadOnlyList<PeriodAmount> Amounts
    {
        get
        {
            var amounts = new List<PeriodAmount>(Count);
            foreach (var period in Periods)
            {
                if (Has(period))
                {
                    amounts.Add(new PeriodAmount(Of(period), period));
                }
            }

            return amounts;
        }
    }

    /// <summary>Adds the totals of two sets period by period.</summary>
    /// <param name="left">A set of totals.</param>
    /// <param name="right">Another.</param>
    /// <returns>Each period's sum; a period is present when it is present in either.</returns>
    public static PeriodTotals operator +(PeriodTotals left, PeriodTotals right) =>
        new(left._perMonth + right._perMonth, left._perYear + right._perYear, left._oneOff + right._oneOff, left._inKind + right._inKind, (byte)(left._present | right._present));

    /// <summary>Adds an amount to the total of its own period.</summary>
    /// <param name="totals">The totals.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>The new totals.</returns>
    public static PeriodTotals operator +(PeriodTotals totals, PeriodAmount amount) => totals.Add(amount);

    /// <summary>Whether two sets of totals are equal: the same periods present, each with the same total.</summary>
    /// <param name="left">A set.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PeriodTotals left, PeriodTotals right) => left.Equals(right);

    /// <summary>Whether two sets of totals differ.</summary>
    /// <param name="left">A set.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PeriodTotals left, PeriodTotals right) => !left.Equals(right);

    /// <summary>Totals amounts per period.</summary>
    /// <param name="amounts">The amounts, of any periods.</param>
    /// <returns>Each period's total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    public static PeriodTotals Sum(IEnumerable<PeriodAmount> amounts)
    {
        Guard.Against.Null(amounts);
        var totals = Empty;
        foreach (var amount in amounts)
        {
            totals = totals.Add(amount);
        }

        return totals;
    }

    /// <summary>Totals sets of totals period by period (e.g. the decisions of a batch).</summary>
    /// <param name="totals">The sets.</param>
    /// <returns>Each period's total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="totals"/> is null.</exception>
    public static PeriodTotals Sum(IEnumerable<PeriodTotals> totals)
    {
        Guard.Against.Null(totals);
        var sum = Empty;
        foreach (var each in totals)
        {
            sum += each;
        }

        return sum;
    }

    /// <summary>Adds an amount to the total of its own period.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The new totals.</returns>
    public PeriodTotals Add(PeriodAmount amount)
    {
        var present = (byte)(_present | Bit(amount.Period));
        return amount.Period switch
        {
            BenefitPeriod.PerMonth => new(_perMonth + amount.Money, _perYear, _oneOff, _inKind, present),
            BenefitPeriod.PerYear => new(_perMonth, _perYear + amount.Money, _oneOff, _inKind, present),
            BenefitPeriod.OneOff => new(_perMonth, _perYear, _oneOff + amount.Money, _inKind, present),
            _ => new(_perMonth, _perYear, _oneOff, _inKind + amount.Money, present),
        };
    }

    /// <summary>Whether an amount of a period has been added.</summary>
    /// <param name="period">The period.</param>
    /// <returns>Whether it is present.</returns>
    public bool Has(BenefitPeriod period) => period is >= BenefitPeriod.PerMonth and <= BenefitPeriod.InKind && (_present & Bit(period)) != 0;

    /// <summary>The total of a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The total; zero when the period is not present.</returns>
    public Money Of(BenefitPeriod period) => period switch
    {
        BenefitPeriod.PerMonth => _perMonth,
        BenefitPeriod.PerYear => _perYear,
        BenefitPeriod.OneOff => _oneOff,
        BenefitPeriod.InKind => _inKind,
        _ => Money.Zero,
    };

    /// <summary>The total of a period, when present.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The total with its period, or <see langword="null"/> when no amount of the period has been added.</returns>
    public PeriodAmount? Find(BenefitPeriod period) => Has(period) ? new PeriodAmount(Of(period), period) : null;

    /// <summary>
    /// Whether every period pays the same as in <paramref name="other"/>, a period without amounts
    /// counting as zero (e.g. for a change list: a new zero-yuan line is no change of amount).
    /// </summary>
    /// <param name="other">The other totals.</param>
    /// <returns>Whether each period's total is the same.</returns>
    public bool PaysSameAs(PeriodTotals other) =>
        _perMonth == other._perMonth && _perYear == other._perYear && _oneOff == other._oneOff && _inKind == other._inKind;

    /// <inheritdoc />
    public bool Equals(PeriodTotals other) => _present == other._present && PaysSameAs(other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PeriodTotals other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_perMonth, _perYear, _oneOff, _inKind, _present);

    /// <summary>The totals in English, e.g. <c>¥80.00 per month; ¥1,000.00 per year</c>, or <c>none</c>.</summary>
    /// <returns>The text, culture-invariant.</returns>
    public override string ToString() => Join(AmountMessages.TotalsSeparator.English, a => a.ToString(), AmountMessages.NoTotals.English);

    /// <summary>The totals in Chinese, e.g. <c>每月 ¥80.00；每年 ¥1,000.00</c>, or <c>无</c>.</summary>
    /// <returns>The text, culture-invariant.</returns>
    public string ToChineseString() => Join(AmountMessages.TotalsSeparator.Chinese, a => a.ToChineseString(), AmountMessages.NoTotals.Chinese);

    private static byte Bit(BenefitPeriod period) => (byte)(1 << (period - BenefitPeriod.PerMonth));

    private string Join(string separator, Func<PeriodAmount, string> format, string none)
    {
        if (IsEmpty)
        {
            return none;
        }

        var parts = new List<string>(Count);
        foreach (var amount in Amounts)
        {
            parts.Add(format(amount));
        }

        return string.Join(separator, parts);
    }
}
