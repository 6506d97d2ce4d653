using DpfDomain.Rules.Batches;
using DpfDomain.Rules.Decisions;
using DpfDomain.Testing;

namespace DpfDomain.Population.Tests.Testing;

/// <summary>The source document's golden figures, from the seed cohorts evaluated directly and after a round trip through roll files.</summary>
public sealed class SeedCohortTests
{
    [Fact]
    public void Cohorts_HaveTheDocumentsSizesAndUniqueIdentityNumbers()
    {
        Assert.Equal(1_882, SeedCohorts.MedicationSubsidy.Count);
        Assert.Equal(339, SeedCohorts.DisabledStudentsFromPoorFamilies.Count);
        Assert.Equal(849, SeedCohorts.ChildrenOfPoorDisabledFamilies.Count);
        Assert.Equal(1_882 + 339 + 849, SeedCohorts.All.Count);
        var people = SeedCohorts.All.SelectMany(h => h.Household.Members).ToList();
        Assert.Equal(people.Count, people.Select(p => p.Id).Distinct().Count());
        Assert.Equal(SeedCohorts.All.Count, SeedCohorts.All.Select(h => h.HouseholdNo).Distinct().Count());
        Assert.Same(SeedCohorts.All, SeedCohorts.All);
    }

    [Fact]
    public void AllCohorts_EvaluatedDirectly_GiveTheGoldenFigures() =>
        AssertGoldenFigures(SeedCohorts.All.SelectMany(h => h.Household.Members.SelectMany(p => ReadBack.Evaluator.Value.EvaluateAll(p, h.Household, SeedCohorts.Date))).ToList());

    [Fact]
    public async Task AllCohorts_WrittenAndReadBack_GiveTheGoldenFigures()
    {
        using var scratch = new ScratchDirectory();

        var manifest = await new RollFileWriter().WriteAsync(scratch.Path, SeedCohorts.All);
        var (households, report) = await ReadBack.ReadAsync(manifest);

        Assert.Empty(report.Problems);
        Assert.Equal(SeedCohorts.All.Select(h => HouseholdFingerprint.Of(h.Household)), households.Select(h => HouseholdFingerprint.Of(h.Household)));
        AssertGoldenFigures(households.SelectMany(h => h.Members.SelectMany(m => ReadBack.Evaluator.Value.EvaluateAll(m.Person, h.Household, SeedCohorts.Date))).ToList());
    }

    [Fact]
    public void EachCohort_CountsOnlyInItsOwnFigure()
    {
        static int Eligible(IEnumerable<GeneratedHousehold> cohort, string program) =>
            cohort.SelectMany(h => h.Household.Members).Count(p => ReadBack.Evaluator.Value.Evaluate(p, cohort.First(h => h.Household.Find(p.Id) is not null).Household, SeedCohorts.Date, program).IsEligible);

        Assert.Equal(0, Eligible(SeedCohorts.MedicationSubsidy, "P4"));
        Assert.Equal(0, Eligible(SeedCohorts.DisabledStudentsFromPoorFamilies, "P1"));
        Assert.Equal(0, Eligible(SeedCohorts.ChildrenOfPoorDisabledFamilies, "P1"));
        Assert.Equal(SeedCohorts.DisabledStudents, Eligible(SeedCohorts.DisabledStudentsFromPoorFamilies, "P4"));
    }

    private static void AssertGoldenFigures(List<ProgramDecision> decisions)
    {
        var summaries = BatchSummaryBuilder.Summarize(decisions, SeedCohorts.Date.Year).ToDictionary(s => s.ProgramId);

        var p1 = summaries["P1"];
        Assert.Equal(SeedCohorts.MedicationSubsidyPeople, p1.Eligible);
        Assert.Equal(1_882_000m, p1.Totals.PerYear.Yuan);
        Assert.Equal(SeedCohorts.MedicationSubsidyQuota, p1.Quota);
        Assert.Equal(730, p1.OverQuota);
        Assert.Equal(163.37m, p1.CompletionPercent);
        Assert.Equal(0, p1.Errors);

        var p4 = decisions.Where(d => d.ProgramId == "P4" && d.IsEligible).ToList();
        var groupA = p4.Where(d => Equals(d.Outputs["Group"], "a")).ToList();
        var groupB = p4.Where(d => Equals(d.Outputs["Group"], "b")).ToList();
        Assert.Equal((339, 189_000m), (groupA.Count, groupA.Sum(d => d.Totals.PerYear.Yuan)));
        Assert.Equal((300, 39), (groupA.Count(d => d.Totals.PerYear.Yuan == 500m), groupA.Count(d => d.Totals.PerYear.Yuan == 1_000m)));
        Assert.Equal((849, 539_500m), (groupB.Count, groupB.Sum(d => d.Totals.PerYear.Yuan)));
        Assert.Equal((619, 230), (groupB.Count(d => d.Totals.PerYear.Yuan == 500m), groupB.Count(d => d.Totals.PerYear.Yuan == 1_000m)));
        Assert.Equal(1_188, summaries["P4"].Eligible);
    }
}
