using DpfDomain.Rules.Decisions;

namespace DpfDomain.Population.Outputs;

/// <summary>Chinese words for decision outcomes, as staff read them in output files.</summary>
public static class OutcomeNames
{
    /// <summary>The Chinese word for an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>符合, 不符合, 未施行 or 出错.</returns>
    public static string Chinese(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Eligible => "符合",
        DecisionOutcome.NotEligible => "不符合",
        DecisionOutcome.NotInForce => "未施行",
        _ => "出错",
    };
}
