using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Tests;

/// <summary>The ordering of amounts: every operator agrees with the order of the yuan values, equal amounts included.</summary>
public sealed partial class MoneyTests
{
    /// <summary>Pairs of amounts within a few fen of each other, so that equal amounts are frequent.</summary>
    private static Arbitrary<(Money Left, Money Right)> NearbyPairs =>
        (from left in Gen.Choose(-3, 3)
         from right in Gen.Choose(-3, 3)
         select (Money.FromFen(left), Money.FromFen(right))).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Operators_AnyTwoAmounts_AgreeWithTheOrderOfTheirYuan() =>
        Prop.ForAll(NearbyPairs, pair =>
        {
            var (left, right) = pair;
            var (a, b) = (left.Yuan, right.Yuan);

            Assert.Equal(a < b, left < right);
            Assert.Equal(a > b, left > right);
            Assert.Equal(a <= b, left <= right);
            Assert.Equal(a >= b, left >= right);
            Assert.Equal(a == b, left == right);
            Assert.Equal(a != b, left != right);
            Assert.Equal(a == b, left.Equals(right));
            Assert.Equal(a == b, left.Equals((object)right));
            Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(left.CompareTo(right)));
        });

    [Property(MaxTest = 300)]
    public Property MaxAndMin_AnyTwoAmounts_AreOneOfThemAndBoundBoth() =>
        Prop.ForAll(NearbyPairs, pair =>
        {
            var (left, right) = pair;

            var max = Money.Max(left, right);
            var min = Money.Min(left, right);

            Assert.True(max == left || max == right);
            Assert.True(min == left || min == right);
            Assert.True(max >= left && max >= right);
            Assert.True(min <= left && min <= right);
            Assert.Equal(max, Money.Max(right, left));
            Assert.Equal(min, Money.Min(right, left));
            Assert.Equal(left + right, max + min);
        });

    [Fact]
    public void Comparison_EqualAmounts_AreNeitherLessNorGreater()
    {
        var one = Money.FromYuan(1m);
        var same = Money.FromFen(100L);

        Assert.False(one < same);
        Assert.False(one > same);
        Assert.True(one <= same);
        Assert.True(one >= same);
        Assert.False(one != same);
        Assert.True(one == same);
        Assert.Equal(0, one.CompareTo(same));
    }

    [Fact]
    public void Comparison_OneFenApart_IsStrict()
    {
        var less = Money.FromFen(99L);
        var more = Money.FromFen(100L);

        Assert.True(less < more);
        Assert.False(more < less);
        Assert.True(more > less);
        Assert.False(less > more);
        Assert.False(more <= less);
        Assert.False(less >= more);
        Assert.Equal(more, Money.Max(less, more));
        Assert.Equal(more, Money.Max(more, less));
        Assert.Equal(less, Money.Min(less, more));
        Assert.Equal(less, Money.Min(more, less));
    }

    [Fact]
    public void Equals_OtherTypes_IsFalse()
    {
        var one = Money.FromYuan(1m);

        Assert.False(one.Equals(1m));
        Assert.False(one.Equals(null));
        Assert.True(one.Equals((object)Money.FromFen(100L)));
    }
}
