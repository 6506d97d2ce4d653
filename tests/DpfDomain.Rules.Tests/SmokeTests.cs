using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using NodaTime;

namespace DpfDomain.Rules.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Load_Example_Evaluates()
    {
        var catalog = RuleCatalog.Load([RuleSetSource.FromFile(Path.Combine(AppContext.BaseDirectory, "RuleSets", "medication.ruleset.json"))]);
        var facts = new PersonFacts { CertificateValid = true, HasMental = true, Dibao = true, TreatedThisYear = true, RegisteredInCounty = true };

        var decision = catalog.Evaluate(facts, new LocalDate(2019, 6, 1), "P1", trace: true);

        Assert.Equal(DecisionOutcome.Eligible, decision.Outcome);
        Assert.Equal(1000m, decision.Totals.PerYear.Yuan);
        var no = catalog.Evaluate(new PersonFacts { CertificateValid = true, HasMental = true }, new LocalDate(2023, 6, 1), "P1", trace: true);
        Assert.Equal(DecisionOutcome.NotEligible, no.Outcome);
        Assert.Equal(["HouseholdIsPoor", "RecentTreatment", "RegisteredHere"], no.FailedRules.Select(f => f.RuleName));
    }
}
