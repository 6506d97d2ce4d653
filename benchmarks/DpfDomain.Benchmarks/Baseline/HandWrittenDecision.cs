using DpfDomain.Rules.Decisions;

namespace DpfDomain.Benchmarks.Baseline;

/// <summary>
/// What the hand-written catalog decides for one program: the same decision data as a
/// <see cref="ProgramDecision"/> (outcome, totals per period, failed top-level rule names, outputs),
/// without the reasons, references and trace.
/// </summary>
internal sealed class HandWrittenDecision(string programId, DecisionOutcome outcome, PeriodTotals totals, string[] failedRules, KeyValuePair<string, object?>[] outputs)
{
    internal static readonly string[] NoFailures = [];
    internal static readonly KeyValuePair<string, object?>[] NoOutputs = [];

    public string ProgramId { get; } = programId;

    public DecisionOutcome Outcome { get; } = outcome;

    public PeriodTotals Totals { get; } = totals;

    public IReadOnlyList<string> FailedRules { get; } = failedRules;

    public IReadOnlyList<KeyValuePair<string, object?>> Outputs { get; } = outputs;

    public static HandWrittenDecision NotInForce(string programId) => new(programId, DecisionOutcome.NotInForce, PeriodTotals.Empty, NoFailures, NoOutputs);

    public static HandWrittenDecision Eligible(string programId, PeriodTotals totals, KeyValuePair<string, object?>[]? outputs = null) =>
        new(programId, DecisionOutcome.Eligible, totals, NoFailures, outputs ?? NoOutputs);

    /// <summary>Not eligible: the names of the rules whose bit is set in <paramref name="failed"/>, in rule order.</summary>
    public static HandWrittenDecision NotEligible(string programId, string[] ruleNames, uint failed)
    {
        var names = new string[System.Numerics.BitOperations.PopCount(failed)];
        var count = 0;
        for (var i = 0; i < ruleNames.Length; i++)
        {
            if ((failed & (1u << i)) != 0)
            {
                names[count++] = ruleNames[i];
            }
        }

        return new(programId, DecisionOutcome.NotEligible, PeriodTotals.Empty, names, NoOutputs);
    }
}
