using DpfDomain.Rules.Model;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Decisions;

/// <summary>The words for a benefit period, in English and Chinese, as amounts are shown to people.</summary>
internal static class PeriodNames
{
    /// <summary>The English words for a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns><c>per month</c>, <c>per year</c>, <c>once</c> or <c>in kind</c>.</returns>
    public static string English(BenefitPeriod period) => DecisionMessages.Period(period).English;

    /// <summary>The Chinese word for a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>每月, 每年, 一次性 or 实物.</returns>
    public static string Chinese(BenefitPeriod period) => DecisionMessages.Period(period).Chinese;
}
