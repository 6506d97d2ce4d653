using System;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Decisions;

/// <summary>
/// An amount of yuan together with the period it is paid for (per month, per year, once, or the
/// value of an item in kind). Two amounts add only when their periods are the same: adding a
/// monthly to a yearly amount throws, and the one conversion offered,
/// <see cref="YearlyFromMonthly"/>, is named. <c>default(PeriodAmount)</c> is zero yuan per month.
/// Immutable.
/// </summary>
public readonly struct PeriodAmount : IEquatable<PeriodAmount>
{
    // Stored as the period minus one, so that default(PeriodAmount) is a valid value: zero per month.
    private readonly byte _periodOffset;

    /// <summary>Creates an amount for a period.</summary>
    /// <param name="money">The amount, already rounded to the fen.</param>
    /// <param name="period">How often it is paid.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not one of the named periods.</exception>
    public PeriodAmount(Money money, BenefitPeriod period)
    {
        if (!Enum.IsDefined(period))
        {
            throw new ArgumentOutOfRangeException(nameof(period), AmountMessages.NotAPeriod((int)period));
        }

        Money = money;
        _periodOffset = (byte)(period - BenefitPeriod.PerMonth);
    }

    /// <summary>The amount in yuan, rounded to the fen.</summary>
    public Money Money { get; }

    /// <summary>The amount in yuan, as a number (<see cref="Money"/>'s <see cref="DpfDomain.Money.Yuan"/>).</summary>
    public decimal Yuan => Money.Yuan;

    /// <summary>How often the amount is paid.</summary>
    public BenefitPeriod Period => BenefitPeriod.PerMonth + _periodOffset;

    /// <summary>Adds two amounts of the same period.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">Another amount of the same period.</param>
    /// <returns>The sum, of that period.</returns>
    /// <exception cref="DpfDomainException">The periods differ (e.g. a monthly and a yearly amount).</exception>
    public static PeriodAmount operator +(PeriodAmount left, PeriodAmount right) => left.Add(right);

    /// <summary>Subtracts an amount of the same period.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">The amount to subtract, of the same period.</param>
    /// <returns>The difference, of that period.</returns>
    /// <exception cref="DpfDomainException">The periods differ.</exception>
    public static PeriodAmount operator -(PeriodAmount left, PeriodAmount right) => left.Subtract(right);

    /// <summary>Whether two amounts are equal: the same yuan and the same period.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">Another amount.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PeriodAmount left, PeriodAmount right) => left.Equals(right);

    /// <summary>Whether two amounts differ in yuan or in period.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">Another amount.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PeriodAmount left, PeriodAmount right) => !left.Equals(right);

    /// <summary>An amount paid every month (每月).</summary>
    /// <param name="money">The monthly amount.</param>
    /// <returns>The amount.</returns>
    public static PeriodAmount PerMonth(Money money) => new(money, BenefitPeriod.PerMonth);

    /// <summary>An amount paid every year (每年).</summary>
    /// <param name="money">The yearly amount.</param>
    /// <returns>The amount.</returns>
    public static PeriodAmount PerYear(Money money) => new(money, BenefitPeriod.PerYear);

    /// <summary>An amount paid once (一次性).</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The amount.</returns>
    public static PeriodAmount OneOff(Money money) => new(money, BenefitPeriod.OneOff);

    /// <summary>The value in yuan of an item given in kind (实物), e.g. a hearing aid.</summary>
    /// <param name="money">The item's value.</param>
    /// <returns>The amount.</returns>
    public static PeriodAmount InKind(Money money) => new(money, BenefitPeriod.InKind);

    /// <summary>Zero yuan of a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not one of the named periods.</exception>
    public static PeriodAmount Zero(BenefitPeriod period) => new(Money.Zero, period);

    /// <summary>Adds an amount of the same period.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum, of this period.</returns>
    /// <exception cref="DpfDomainException">The periods differ (e.g. a monthly and a yearly amount).</exception>
    public PeriodAmount Add(PeriodAmount other)
    {
        RequireSamePeriod(other, AmountMessages.Add);
        return new PeriodAmount(Money + other.Money, Period);
    }

    /// <summary>Subtracts an amount of the same period.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference, of this period.</returns>
    /// <exception cref="DpfDomainException">The periods differ.</exception>
    public PeriodAmount Subtract(PeriodAmount other)
    {
        RequireSamePeriod(other, AmountMessages.Subtract);
        return new PeriodAmount(Money - other.Money, Period);
    }

    /// <summary>
    /// The yearly figure of a monthly amount: twelve times it (e.g. for a year's budget). The only
    /// conversion between periods; a one-off or in-kind amount has no yearly figure.
    /// </summary>
    /// <returns>The amount × 12, per year.</returns>
    /// <exception cref="DpfDomainException">The amount is not a monthly one.</exception>
    public PeriodAmount YearlyFromMonthly()
    {
        if (Period != BenefitPeriod.PerMonth)
        {
            var problem = AmountMessages.NotMonthly(ToString(), ToChineseString());
            throw new DpfDomainException(problem.English, problem.Chinese);
        }

        return new PeriodAmount(Money * 12m, BenefitPeriod.PerYear);
    }

    /// <inheritdoc />
    public bool Equals(PeriodAmount other) => Money == other.Money && _periodOffset == other._periodOffset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PeriodAmount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Money, _periodOffset);

    /// <summary>The amount and its period in English, e.g. <c>¥80.00 per month</c>, <c>¥6,000.00 in kind</c>.</summary>
    /// <returns>The text, culture-invariant.</returns>
    public override string ToString() => $"{Money} {DecisionMessages.Period(Period).English}";

    /// <summary>The amount and its period in Chinese, e.g. <c>每月 ¥80.00</c>, <c>实物 ¥6,000.00</c>.</summary>
    /// <returns>The text, culture-invariant.</returns>
    public string ToChineseString() => $"{DecisionMessages.Period(Period).Chinese} {Money}";

    private void RequireSamePeriod(PeriodAmount other, BilingualText action)
    {
        if (other._periodOffset != _periodOffset)
        {
            var problem = AmountMessages.PeriodsDiffer(action, ToString(), other.ToString(), ToChineseString(), other.ToChineseString());
            throw new DpfDomainException(problem.English, problem.Chinese);
        }
    }
}
