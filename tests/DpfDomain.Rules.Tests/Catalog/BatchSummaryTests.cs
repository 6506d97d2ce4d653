using DpfDomain.Rules.Batches;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;
using DpfDomain.Rules.Tests.Evaluation;
using NodaTime;

namespace DpfDomain.Rules.Tests.Catalog;

/// <summary>
/// A batch summary counts each outcome apart, totals only the eligible amounts, and measures the
/// eligible against the year's task number (P1's quota for 2019 is 1,152 in the reference catalog).
/// </summary>
public sealed class BatchSummaryTests
{
    private static readonly LocalDate Date = new(2019, 6, 30);
    private static readonly Lazy<ProgramVersion> P1 = new(() => ReferenceCatalog.Load().VersionInForce("P1", Date)!);

    [Fact]
    public void EachOutcome_IsCountedApart_AndOnlyEligibleAmountsAreTotalled()
    {
        var summary = Assert.Single(BatchSummaryBuilder.Summarize(
            [
                Decision(DecisionOutcome.Eligible, 1000m),
                Decision(DecisionOutcome.Eligible, 1000m),
                Decision(DecisionOutcome.NotEligible, 500m),
                Decision(DecisionOutcome.NotInForce, 0m),
                Decision(DecisionOutcome.Error, 700m),
                Decision(DecisionOutcome.Error, 0m),
                Decision(DecisionOutcome.Error, 0m),
            ],
            2019));

        Assert.Equal(("P1", 2, 1, 1, 3, 7), (summary.ProgramId, summary.Eligible, summary.NotEligible, summary.NotInForce, summary.Errors, summary.Evaluated));
        Assert.Equal(2000m, summary.Totals.PerYear.Yuan);
        Assert.Equal(1, summary.Totals.Count);
    }

    [Fact]
    public void Quota_IsTheYearsTaskNumber_FromTheFirstDecisionThatHasAVersion()
    {
        var summary = Assert.Single(BatchSummaryBuilder.Summarize(
            [Decision(DecisionOutcome.NotInForce, 0m, withVersion: false), .. Enumerable.Repeat(Decision(DecisionOutcome.Eligible, 1000m), 36), Decision(DecisionOutcome.NotInForce, 0m, withVersion: false)],
            2019));

        Assert.Equal(1152, summary.Quota);
        Assert.Equal(36 - 1152, summary.OverQuota);
        Assert.Equal(3.13m, summary.CompletionPercent);
        Assert.Equal("P1: 36 eligible of 38, ¥36,000.00 per year, quota 1152, completion 3.13 %", summary.ToString());
    }

    [Fact]
    public void AYearWithoutATaskNumber_HasNoQuotaNorRate()
    {
        var summary = Assert.Single(BatchSummaryBuilder.Summarize([Decision(DecisionOutcome.Eligible, 1000m)], 2031));

        Assert.Null(summary.Quota);
        Assert.Null(summary.OverQuota);
        Assert.Null(summary.CompletionPercent);
        Assert.Equal("P1: 1 eligible of 1, ¥1,000.00 per year", summary.ToString());
    }

    [Fact]
    public void Summaries_ComeOnePerProgram_InOrdinalIdOrder()
    {
        var builder = new BatchSummaryBuilder(2019);
        builder.AddRange([Named("p1"), Named("P2"), Named("P10"), Named("P2"), Named("P1")]);

        var summaries = builder.Build();

        Assert.Equal(["P1", "P10", "P2", "p1"], summaries.Select(s => s.ProgramId));
        Assert.Equal([1, 1, 2, 1], summaries.Select(s => s.NotEligible));
    }

    [Fact]
    public void Build_IsASnapshot_LaterDecisionsDoNotChangeIt()
    {
        var builder = new BatchSummaryBuilder(2019);
        builder.Add(Decision(DecisionOutcome.Eligible, 1000m));

        var first = builder.Build();
        builder.Add(Decision(DecisionOutcome.Eligible, 1000m));

        Assert.Equal(1, Assert.Single(first).Eligible);
        Assert.Equal(2, Assert.Single(builder.Build()).Eligible);
    }

    [Fact]
    public void NullDecisions_AreRefused()
    {
        var builder = new BatchSummaryBuilder(2019);

        Assert.Throws<ArgumentNullException>(() => builder.Add(null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddRange(null!));
        Assert.Empty(builder.Build());
    }

    private static ProgramDecision Decision(DecisionOutcome outcome, decimal yearly, bool withVersion = true) =>
        new("P1", withVersion ? P1.Value : null, Date, outcome, yearly > 0 ? [PeriodAmountTests.Line(yearly, BenefitPeriod.PerYear)] : null);

    private static ProgramDecision Named(string programId) => new(programId, null, Date, DecisionOutcome.NotEligible);
}
