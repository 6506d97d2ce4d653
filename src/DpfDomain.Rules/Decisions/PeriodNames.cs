using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Decisions;

/// <summary>The words for a benefit period, in English and Chinese, as amounts are shown to people.</summary>
internal static class PeriodNames
{
    /// <summary>The English words for a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns><c>per month</c>, <c>per year</c>, <c>once</c> or <c>in kind</c>.</returns>
    public static string English(BenefitPeriod period) => period switch
    {
        BenefitPeriod.PerMonth => "per month",
        BenefitPeriod.PerYear => "per year",
        BenefitPeriod.OneOff => "once",
        _ => "in kind",
    };

    /// <summary>The Chinese word for a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>每月, 每年, 一次性 or 实物.</returns>
    public static string Chinese(BenefitPeriod period) => period switch
    {
        BenefitPeriod.PerMonth => "每月",
        BenefitPeriod.PerYear => "每年",
        BenefitPeriod.OneOff => "一次性",
        _ => "实物",
    };
}
