using System.Globalization;
using System.Reflection;
using DpfDomain.Rules.Batches;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Tests.Evaluation;

/// <summary>An amount carries its period: amounts of different periods are never added, and the one conversion is named.</summary>
public sealed class PeriodAmountTests
{
    private static readonly Money Eighty = Money.FromYuan(80m);
    private static readonly Money Thousand = Money.FromYuan(1000m);

    [Fact]
    public void Add_MonthlyToYearly_ThrowsABilingualDomainException()
    {
        var monthly = PeriodAmount.PerMonth(Eighty);
        var yearly = PeriodAmount.PerYear(Thousand);

        var error = Assert.Throws<DpfDomainException>(() => monthly + yearly);

        Assert.Equal(
            "Cannot add ¥80.00 per month and ¥1,000.00 per year: amounts of different periods are kept apart. Total them per period (PeriodTotals), or convert a monthly amount with YearlyFromMonthly first.",
            error.Message);
        Assert.Equal("不能将每月 ¥80.00与每年 ¥1,000.00相加：不同周期的金额须分开计算。请按周期分别合计（PeriodTotals），或先用 YearlyFromMonthly 将每月金额折算为每年金额。", error.MessageZh);
        Assert.Throws<DpfDomainException>(() => yearly.Add(monthly));
        Assert.Throws<DpfDomainException>(() => yearly - monthly);
        Assert.Throws<DpfDomainException>(() => PeriodAmount.OneOff(Thousand) + PeriodAmount.InKind(Thousand));
    }

    [Fact]
    public void Add_SamePeriod_KeepsThePeriod()
    {
        Assert.Equal(PeriodAmount.PerMonth(Money.FromYuan(160m)), PeriodAmount.PerMonth(Eighty) + PeriodAmount.PerMonth(Eighty));
        Assert.Equal(PeriodAmount.InKind(Money.FromYuan(920m)), PeriodAmount.InKind(Thousand) - PeriodAmount.InKind(Eighty));
    }

    [Fact]
    public void YearlyFromMonthly_IsTheOnlyConversion_AndOnlyForAMonthlyAmount()
    {
        Assert.Equal(PeriodAmount.PerYear(Money.FromYuan(960m)), PeriodAmount.PerMonth(Eighty).YearlyFromMonthly());
        Assert.Equal(PeriodAmount.PerYear(Money.FromYuan(2000m)), PeriodAmount.PerMonth(Eighty).YearlyFromMonthly() + PeriodAmount.PerYear(Money.FromYuan(1040m)));

        var error = Assert.Throws<DpfDomainException>(() => PeriodAmount.PerYear(Thousand).YearlyFromMonthly());
        Assert.Contains("¥1,000.00 per year is not monthly", error.Message, StringComparison.Ordinal);
        Assert.Contains("每年 ¥1,000.00不是每月金额", error.MessageZh, StringComparison.Ordinal);
        Assert.Throws<DpfDomainException>(() => PeriodAmount.OneOff(Thousand).YearlyFromMonthly());
        Assert.Throws<DpfDomainException>(() => PeriodAmount.InKind(Thousand).YearlyFromMonthly());
    }

    [Fact]
    public void Types_OfferNoImplicitConversion_AndNoOtherOperatorMixingPeriods()
    {
        foreach (var type in new[] { typeof(PeriodAmount), typeof(PeriodTotals) })
        {
            var operators = type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.IsSpecialName && m.Name.StartsWith("op_", StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(operators, m => m.Name is "op_Implicit" or "op_Explicit");
            Assert.All(operators.Where(m => m.Name is "op_Addition" or "op_Subtraction"), m => Assert.All(m.GetParameters(), p => Assert.True(p.ParameterType == typeof(PeriodAmount) || p.ParameterType == typeof(PeriodTotals), $"{type.Name}.{m.Name} takes a {p.ParameterType.Name}.")));
        }

        // Converting between periods is a named method, and there is exactly one.
        var converting = typeof(PeriodAmount).GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.ReturnType == typeof(PeriodAmount)).Select(m => m.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["Add", "Subtract", "YearlyFromMonthly"], converting);
    }

    [Fact]
    public void DecisionsAndSummaries_ExposeNoTotalAcrossPeriods()
    {
        foreach (var type in new[] { typeof(ProgramDecision), typeof(BenefitLine), typeof(ProgramSummary) })
        {
            Assert.DoesNotContain(type.GetProperties(), p => p.PropertyType == typeof(Money) || p.PropertyType == typeof(decimal));
        }
    }

    [Fact]
    public void Construction_RefusesAnUnknownPeriod_InBothLanguages()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PeriodAmount(Eighty, (BenefitPeriod)9));

        Assert.Contains("9 is not a period; use PerMonth, PerYear, OneOff or InKind.", error.Message, StringComparison.Ordinal);
        Assert.Contains("9 不是有效的周期", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodAmount.Zero(0));
    }

    [Fact]
    public void Default_IsZeroPerMonth_AndEqualityNeedsTheSamePeriod()
    {
        Assert.Equal(PeriodAmount.Zero(BenefitPeriod.PerMonth), default);
        Assert.Equal(BenefitPeriod.PerMonth, default(PeriodAmount).Period);
        Assert.NotEqual(PeriodAmount.PerYear(Thousand), PeriodAmount.OneOff(Thousand));
        Assert.True(PeriodAmount.PerYear(Thousand) != PeriodAmount.InKind(Thousand));
        Assert.Equal(PeriodAmount.PerYear(Thousand).GetHashCode(), new PeriodAmount(Money.FromYuan(1000.00m), BenefitPeriod.PerYear).GetHashCode());
        Assert.True(PeriodTotals.Empty.IsEmpty);
        Assert.Equal(PeriodTotals.Empty, default);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("zh-CN")]
    [InlineData("ar-SA")]
    public void ToString_IsTheSameInEveryCulture(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var totals = PeriodTotals.Sum([PeriodAmount.InKind(Money.FromYuan(6000m)), PeriodAmount.PerMonth(Eighty), PeriodAmount.PerYear(Money.FromYuan(1234.5m)), PeriodAmount.OneOff(Money.FromYuan(0.05m))]);

            Assert.Equal("¥80.00 per month; ¥1,234.50 per year; ¥0.05 once; ¥6,000.00 in kind", totals.ToString());
            Assert.Equal("每月 ¥80.00；每年 ¥1,234.50；一次性 ¥0.05；实物 ¥6,000.00", totals.ToChineseString());
            Assert.Equal("none", PeriodTotals.Empty.ToString());
            Assert.Equal("无", PeriodTotals.Empty.ToChineseString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Totals_TellANoLineFromAZeroLine_ButPayTheSame()
    {
        var zeroMonthly = PeriodTotals.Empty + PeriodAmount.PerMonth(Money.Zero);

        Assert.True(zeroMonthly.Has(BenefitPeriod.PerMonth));
        Assert.False(PeriodTotals.Empty.Has(BenefitPeriod.PerMonth));
        Assert.False(zeroMonthly.Has((BenefitPeriod)9));
        Assert.NotEqual(PeriodTotals.Empty, zeroMonthly);
        Assert.True(zeroMonthly.PaysSameAs(PeriodTotals.Empty));
        Assert.Null(PeriodTotals.Empty.Find(BenefitPeriod.PerYear));
        Assert.Equal(PeriodAmount.PerMonth(Money.Zero), zeroMonthly.Find(BenefitPeriod.PerMonth));
    }

    [Theory]
    [InlineData(BenefitPeriod.PerMonth)]
    [InlineData(BenefitPeriod.PerYear)]
    [InlineData(BenefitPeriod.OneOff)]
    [InlineData(BenefitPeriod.InKind)]
    public void Totals_DifferingInOnePeriodOnly_NeitherPayTheSameNorAreEqual(BenefitPeriod period)
    {
        var all = PeriodTotals.Sum(PeriodTotals.Periods.Select(p => new PeriodAmount(Money.FromYuan(100m), p)));
        var other = all + new PeriodAmount(Money.FromYuan(0.01m), period);

        Assert.False(all.PaysSameAs(other));
        Assert.False(other.PaysSameAs(all));
        Assert.NotEqual(all, other);
        Assert.True(all != other);
        Assert.True(all.PaysSameAs(PeriodTotals.Sum(PeriodTotals.Periods.Select(p => new PeriodAmount(Money.FromYuan(100m), p)))));
    }

    [Fact]
    public void Decision_WithMonthlyAndInKindLines_KeepsThemApart()
    {
        var decision = new ProgramDecision("X", null, new NodaTime.LocalDate(2019, 6, 30), DecisionOutcome.Eligible, [Line(191m, BenefitPeriod.PerMonth), Line(300m, BenefitPeriod.InKind), Line(9m, BenefitPeriod.PerMonth)]);

        Assert.Equal((200m, 0m, 0m, 300m), (decision.Totals.PerMonth.Yuan, decision.Totals.PerYear.Yuan, decision.Totals.OneOff.Yuan, decision.Totals.InKindValue.Yuan));
        Assert.Equal("X 2019-06-30: eligible, ¥200.00 per month; ¥300.00 in kind", decision.ToString());
        Assert.Equal("Monthly: ¥191.00 per month", decision.Benefits[0].ToString());
    }

    internal static BenefitLine Line(decimal yuan, BenefitPeriod period) => new(period == BenefitPeriod.InKind ? "Devices" : "Monthly", null, Money.FromYuan(yuan), BenefitUnit.Yuan, period);
}
