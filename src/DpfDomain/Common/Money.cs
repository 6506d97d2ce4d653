using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace DpfDomain;

/// <summary>
/// An amount of Chinese yuan (CNY), held as a <see cref="decimal"/> and always rounded to the fen
/// (0.01 yuan), half away from zero. <c>default(Money)</c> is zero yuan.
/// </summary>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    private Money(decimal yuan) => Yuan = yuan;

    /// <summary>Zero yuan.</summary>
    public static Money Zero => default;

    /// <summary>The amount in yuan, with at most two decimals.</summary>
    public decimal Yuan { get; }

    /// <summary>The amount in fen (1/100 yuan).</summary>
    public long Fen => decimal.ToInt64(Yuan * 100m);

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">Another amount.</param>
    /// <returns>The sum.</returns>
    public static Money operator +(Money left, Money right) => new(left.Yuan + right.Yuan);

    /// <summary>Subtracts an amount.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    public static Money operator -(Money left, Money right) => new(left.Yuan - right.Yuan);

    /// <summary>Multiplies an amount, rounding the product to the fen half away from zero.</summary>
    /// <param name="amount">An amount.</param>
    /// <param name="factor">The factor, e.g. a count of people or a rate.</param>
    /// <returns>The rounded product.</returns>
    public static Money operator *(Money amount, decimal factor) => FromYuan(amount.Yuan * factor);

    /// <summary>Multiplies an amount, rounding the product to the fen half away from zero.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="amount">An amount.</param>
    /// <returns>The rounded product.</returns>
    public static Money operator *(decimal factor, Money amount) => FromYuan(amount.Yuan * factor);

    /// <summary>Whether two amounts are equal.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">Another amount.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">Another amount.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">Another amount.</param>
    /// <returns>Whether left is less.</returns>
    public static bool operator <(Money left, Money right) => left.Yuan < right.Yuan;

    /// <summary>Whether <paramref name="left"/> is greater.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">Another amount.</param>
    /// <returns>Whether left is greater.</returns>
    public static bool operator >(Money left, Money right) => left.Yuan > right.Yuan;

    /// <summary>Whether <paramref name="left"/> is less or equal.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">Another amount.</param>
    /// <returns>Whether left is less or equal.</returns>
    public static bool operator <=(Money left, Money right) => left.Yuan <= right.Yuan;

    /// <summary>Whether <paramref name="left"/> is greater or equal.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">Another amount.</param>
    /// <returns>Whether left is greater or equal.</returns>
    public static bool operator >=(Money left, Money right) => left.Yuan >= right.Yuan;

    /// <summary>An amount of yuan, rounded to the fen half away from zero (0.005 → 0.01, −0.005 → −0.01).</summary>
    /// <param name="yuan">The unrounded amount.</param>
    /// <returns>The rounded amount.</returns>
    public static Money FromYuan(decimal yuan) => new(decimal.Round(yuan, 2, MidpointRounding.AwayFromZero));

    /// <summary>An amount of fen.</summary>
    /// <param name="fen">The number of fen.</param>
    /// <returns>The amount.</returns>
    public static Money FromFen(long fen) => new(fen / 100m);

    /// <summary>Adds up amounts.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <returns>Their sum; zero for none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        Guard.Against.Null(amounts);
        var total = 0m;
        foreach (var amount in amounts)
        {
            total += amount.Yuan;
        }

        return new Money(total);
    }

    /// <summary>The larger of two amounts (择高).</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">Another amount.</param>
    /// <returns>The larger amount.</returns>
    public static Money Max(Money left, Money right) => left >= right ? left : right;

    /// <summary>The smaller of two amounts (e.g. an amount capped at a yearly limit).</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">Another amount.</param>
    /// <returns>The smaller amount.</returns>
    public static Money Min(Money left, Money right) => left <= right ? left : right;

    /// <inheritdoc />
    public bool Equals(Money other) => Yuan == other.Yuan;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Yuan.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => Yuan.CompareTo(other.Yuan);

    /// <summary>Formats the amount with two decimals and group separators, e.g. <c>¥1,882,000.00</c>.</summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() =>
        Yuan < 0
            ? string.Create(CultureInfo.InvariantCulture, $"-¥{-Yuan:#,0.00}")
            : string.Create(CultureInfo.InvariantCulture, $"¥{Yuan:#,0.00}");
}
