namespace DpfDomain.Rules.Model;

/// <summary>How often a benefit amount is paid.</summary>
public enum BenefitPeriod
{
    /// <summary>Per month (按月).</summary>
    PerMonth = 1,

    /// <summary>Per year (按年).</summary>
    PerYear,

    /// <summary>Once (一次性).</summary>
    OneOff,

    /// <summary>In kind (实物), e.g. a hearing aid; the amount is its value.</summary>
    InKind,
}
