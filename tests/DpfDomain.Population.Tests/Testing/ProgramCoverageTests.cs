using DpfDomain.Rules.Decisions;
using DpfDomain.Testing;

namespace DpfDomain.Population.Tests.Testing;

/// <summary>A county of 50,000 people on 2019-06-30 has people eligible for every program P1–P8 of the reference catalog.</summary>
public sealed class ProgramCoverageTests
{
    private static readonly Lazy<List<ProgramDecision>> Decisions = new(() =>
        [.. new CountyRollGenerator(new CountyRollOptions { People = 50_000, Seed = 2019 }).Households()
            .SelectMany(h => h.Household.Members.SelectMany(p => ReadBack.Evaluator.Value.EvaluateAll(p, h.Household, CountyRollOptions.DefaultAsOf)))]);

    [Theory]
    [InlineData("P1", 300)]
    [InlineData("P2", 500)]
    [InlineData("P3", 3_000)]
    [InlineData("P4", 200)]
    [InlineData("P5", 300)]
    [InlineData("P6", 150)]
    [InlineData("P7", 1_500)]
    [InlineData("P8", 3_000)]
    public void Program_HasManyEligiblePeople_AndNoErrors(string program, int atLeast)
    {
        var decisions = Decisions.Value.Where(d => d.ProgramId == program).ToList();

        Assert.Equal(50_000, decisions.Count);
        Assert.DoesNotContain(decisions, d => d.Outcome == DecisionOutcome.Error);
        Assert.InRange(decisions.Count(d => d.IsEligible), atLeast, 50_000 / 4);
    }

    [Fact]
    public void P4_HasBothGroupsInEveryStage()
    {
        var eligible = Decisions.Value.Where(d => d.ProgramId == "P4" && d.IsEligible).ToList();

        Assert.Contains(eligible, d => Equals(d.Outputs["Group"], "a"));
        Assert.Contains(eligible, d => Equals(d.Outputs["Group"], "b"));
        Assert.Equal([500m, 1000m, 2000m], eligible.Select(d => d.Totals.PerYear.Yuan).Distinct().Order());
    }

    [Fact]
    public void P2_EligibleThroughACertificateAndThroughADiagnosisAlone()
    {
        var households = new CountyRollGenerator(new CountyRollOptions { People = 50_000, Seed = 2019 }).Households();
        var p2 = households.SelectMany(h => h.Household.Members.Select(p => (Person: p, Decision: ReadBack.Evaluator.Value.Evaluate(p, h.Household, CountyRollOptions.DefaultAsOf, "P2"))))
            .Where(x => x.Decision.IsEligible).ToList();

        Assert.Contains(p2, x => x.Person.Certificate is not null);
        Assert.Contains(p2, x => x.Person.Certificate is null);
    }
}
