using FsCheck.Xunit;

namespace DpfDomain.Tests;

public sealed partial class MoneyTests
{
    public static TheoryData<decimal, decimal> Roundings => new()
    {
        { 0.005m, 0.01m },
        { 0.015m, 0.02m },
        { 0.025m, 0.03m },
        { -0.005m, -0.01m },
        { -0.015m, -0.02m },
        { 1.004m, 1.00m },
        { 1.0049999m, 1.00m },
        { 1.005m, 1.01m },
        { -1.004m, -1.00m },
        { 2.675m, 2.68m },
        { 0.0049m, 0m },
        { 12.3m, 12.30m },
        { 1_882_000m, 1_882_000.00m },
    };

    [Theory]
    [MemberData(nameof(Roundings))]
    public void FromYuan_UnroundedAmount_RoundsToTheFenHalfAwayFromZero(decimal yuan, decimal expected)
    {
        var money = Money.FromYuan(yuan);

        Assert.Equal(expected, money.Yuan);
        Assert.Equal(decimal.ToInt64(expected * 100m), money.Fen);
    }

    [Fact]
    public void Multiply_ProductWithHalfFen_RoundsAwayFromZero()
    {
        var amount = Money.FromYuan(10.01m);

        Assert.Equal(Money.FromYuan(5.01m), amount * 0.5m);
        Assert.Equal(Money.FromYuan(5.01m), 0.5m * amount);
        Assert.Equal(Money.FromYuan(-5.01m), Money.FromYuan(-10.01m) * 0.5m);
        Assert.Equal(Money.FromYuan(0.33m), Money.FromYuan(1m) * (1m / 3m));
        Assert.Equal(Money.FromYuan(1_882_000m), Money.FromYuan(1_882m) * 1000m);
    }

    [Fact]
    public void Multiply_Rate_KeepsAtMostTwoDecimals()
    {
        var product = Money.FromYuan(123.45m) * 0.015m;

        Assert.Equal(1.85m, product.Yuan);
        Assert.Equal(185L, product.Fen);
    }

    [Fact]
    public void AddAndSubtract_Amounts_AreExact()
    {
        var a = Money.FromYuan(100.10m);
        var b = Money.FromYuan(0.25m);

        Assert.Equal(Money.FromYuan(100.35m), a + b);
        Assert.Equal(Money.FromYuan(99.85m), a - b);
        Assert.Equal(Money.FromYuan(-99.85m), b - a);
    }

    [Fact]
    public void Sum_Amounts_AddsThemUp()
    {
        var total = Money.Sum([Money.FromYuan(1.10m), Money.FromYuan(2.20m), Money.FromYuan(3.30m), Money.FromYuan(-0.60m)]);

        Assert.Equal(Money.FromYuan(6.00m), total);
    }

    [Fact]
    public void Sum_NoAmounts_IsZero()
    {
        Assert.Equal(Money.Zero, Money.Sum([]));
    }

    [Fact]
    public void Sum_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Money.Sum(null!));
    }

    [Fact]
    public void MaxAndMin_TwoAmounts_PickTheLargerAndTheSmaller()
    {
        var small = Money.FromYuan(-3m);
        var large = Money.FromYuan(2.5m);

        Assert.Equal(large, Money.Max(small, large));
        Assert.Equal(large, Money.Max(large, small));
        Assert.Equal(small, Money.Min(small, large));
        Assert.Equal(small, Money.Min(large, small));
        Assert.Equal(large, Money.Max(large, large));
    }

    [Fact]
    public void Comparison_Amounts_OrderByValue()
    {
        var one = Money.FromYuan(1m);
        var two = Money.FromYuan(2m);

        Assert.True(one < two);
        Assert.True(two > one);
        Assert.True(one <= Money.FromYuan(1.00m));
        Assert.True(one >= Money.FromYuan(1.00m));
        Assert.True(one != two);
        Assert.Equal(Money.FromYuan(1.0m), Money.FromYuan(1.00m));
        Assert.Equal(Money.FromYuan(1.0m).GetHashCode(), Money.FromYuan(1.00m).GetHashCode());
        Assert.True(one.CompareTo(two) < 0);
    }

    [Theory]
    [InlineData(1_882_000d, "¥1,882,000.00")]
    [InlineData(0d, "¥0.00")]
    [InlineData(999.5, "¥999.50")]
    [InlineData(-1234.5, "-¥1,234.50")]
    public void ToString_Amount_UsesYuanSignGroupsAndTwoDecimals(double yuan, string expected)
    {
        Assert.Equal(expected, Money.FromYuan((decimal)yuan).ToString());
    }

    [Fact]
    public void Default_Uninitialised_IsZero()
    {
        var money = default(Money);

        Assert.Equal(Money.Zero, money);
        Assert.Equal(0m, money.Yuan);
        Assert.Equal(0L, money.Fen);
        Assert.Equal(Money.FromYuan(0m), money);
        Assert.Equal("¥0.00", money.ToString());
    }

    [Fact]
    public void FromFen_Fen_EqualsTheYuanAmount()
    {
        Assert.Equal(Money.FromYuan(1_882_000m), Money.FromFen(188_200_000L));
        Assert.Equal(Money.FromYuan(-0.01m), Money.FromFen(-1L));
        Assert.Equal(12_345L, Money.FromYuan(123.45m).Fen);
    }

    [Property(MaxTest = 1000)]
    public void FromYuan_AnyAmount_IsIdempotentAndWithinHalfAFen(int whole, int thousandths)
    {
        var yuan = whole + (thousandths / 1000m);

        var rounded = Money.FromYuan(yuan);
        var error = Math.Abs(rounded.Yuan - yuan);

        Assert.Equal(rounded, Money.FromYuan(rounded.Yuan));
        Assert.True(error <= 0.005m, $"{yuan} rounded to {rounded.Yuan}");
        Assert.Equal(decimal.Truncate(rounded.Yuan * 100m), rounded.Yuan * 100m);
        Assert.Equal(Money.Zero - rounded, Money.FromYuan(-yuan));
        if (error == 0.005m)
        {
            Assert.True(Math.Abs(rounded.Yuan) > Math.Abs(yuan), $"{yuan} rounded towards zero to {rounded.Yuan}");
        }
    }
}
