namespace DpfDomain.Rules.Model;

/// <summary>The unit of a rule-set parameter.</summary>
public enum ParameterUnit
{
    /// <summary>An amount of yuan (元), e.g. a one-off payment or a cap.</summary>
    Yuan = 1,

    /// <summary>Yuan per month (元/月).</summary>
    YuanPerMonth,

    /// <summary>Yuan per year (元/年).</summary>
    YuanPerYear,

    /// <summary>A number of years (年), e.g. an age limit.</summary>
    Years,

    /// <summary>A percentage (%): 1.5 means 1.5 %.</summary>
    Percent,

    /// <summary>A count (人、个), e.g. a quota.</summary>
    Count,

    /// <summary>An on/off switch (true/false), e.g. whether an extension applies.</summary>
    Switch,
}
