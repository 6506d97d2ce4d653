using DpfDomain.Benchmarks.Baseline;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Rules.Tests.Catalog;

/// <summary>The benchmarks' hand-written catalog gives the same decisions as the compiled reference catalog.</summary>
public sealed class HandWrittenBaselineTests
{
    [Fact]
    public void Hand_written_catalog_matches_the_compiled_catalog_for_3000_generated_people_and_employers_on_every_check_date()
    {
        var result = BaselineCheck.Run(ReferenceCatalog.Load(), 3000);

        Assert.Null(result.FirstDifference);
        Assert.Equal(3000, result.People);
        Assert.Equal(3000, result.Employers);
        Assert.True(result.Evaluations > 3000L * 8 * 5, result.ToString());
        // Every program has eligible decisions in the sample, so amounts and outputs are compared too.
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"], result.EligibleByProgram.Keys);
        Assert.All(result.EligibleByProgram.Values, count => Assert.True(count >= 5, result.ToString()));
    }

    [Fact]
    public void The_check_reports_the_first_person_program_and_field_where_a_changed_rule_set_differs()
    {
        var sources = ReferenceCatalog.Sources
            .Select(s => s.Name.EndsWith("P3.ruleset.json", StringComparison.Ordinal)
                ? RuleSetSource.FromText(s.Name, ReferenceCatalog.Read("P3.ruleset.json").Replace("\"Value\": 300,", "\"Value\": 350,", StringComparison.Ordinal))
                : s)
            .ToList();

        var result = BaselineCheck.Run(RuleCatalog.Load(sources), 3000);

        Assert.False(result.Matches);
        Assert.Equal("Person 1 of household H0000001 (seed 1) on 2019-06-30, program P3: Totals: compiled ¥350.00 once, hand-written ¥300.00 once", result.FirstDifference);
    }
}
