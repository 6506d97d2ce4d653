using DpfDomain.Rules.Decisions;

namespace DpfDomain.Benchmarks.Baseline;

/// <summary>
/// What the hand-written catalog decides for one program: the same data as the batch path's
/// <see cref="ProgramResult"/> (outcome, totals per period, in-kind items, failed top-level rules as
/// a bit mask, resolved to names only when asked). A value, so deciding allocates nothing; the
/// outputs are computed apart (<see cref="HandWrittenCatalog.Outputs"/>), as the compiled catalog
/// gives them only through a full decision.
/// </summary>
internal readonly struct HandWrittenDecision(string programId, DecisionOutcome outcome, PeriodTotals totals, int inKindItems = 0, string[]? ruleNames = null, uint failed = 0)
{
    public string ProgramId { get; } = programId;

    public DecisionOutcome Outcome { get; } = outcome;

    public PeriodTotals Totals { get; } = totals;

    public int InKindItems { get; } = inKindItems;

    public uint FailedMask { get; } = failed;

    /// <summary>The names of the failed rules, in rule order (allocates).</summary>
    public IReadOnlyList<string> FailedRules
    {
        get
        {
            if (ruleNames is null || FailedMask == 0)
            {
                return [];
            }

            var names = new List<string>();
            for (var i = 0; i < ruleNames.Length; i++)
            {
                if ((FailedMask & (1u << i)) != 0)
                {
                    names.Add(ruleNames[i]);
                }
            }

            return names;
        }
    }

    public static HandWrittenDecision NotInForce(string programId) => new(programId, DecisionOutcome.NotInForce, PeriodTotals.Empty);

    public static HandWrittenDecision Eligible(string programId, PeriodTotals totals, int inKindItems = 0) =>
        new(programId, DecisionOutcome.Eligible, totals, inKindItems);

    /// <summary>Not eligible: the rules whose bit is set in <paramref name="failed"/>.</summary>
    public static HandWrittenDecision NotEligible(string programId, string[] ruleNames, uint failed) =>
        new(programId, DecisionOutcome.NotEligible, PeriodTotals.Empty, 0, ruleNames, failed);
}
