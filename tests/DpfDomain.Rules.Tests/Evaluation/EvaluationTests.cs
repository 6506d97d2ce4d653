using DpfDomain.Identity;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Facts;
using NodaTime;

namespace DpfDomain.Rules.Tests.Evaluation;

public sealed class EvaluationTests
{
    private static readonly RuleCatalog Catalog = RuleCatalog.Load(new[] { "medication.ruleset.json", "differential.ruleset.json" }
        .Select(f => RuleSetSource.FromFile(Path.Combine(AppContext.BaseDirectory, "RuleSets", f))));

    private static readonly PersonFacts Eligible = new() { CertificateValid = true, HasMental = true, Dibao = true, TreatedLastYear = true, RegisteredInCounty = true };

    [Fact]
    public void Evaluate_Eligible_GivesTheAmountInForceAndTheVersion()
    {
        var decision = Catalog.Evaluate(Eligible, new LocalDate(2022, 1, 1), "P1");

        Assert.Equal(DecisionOutcome.Eligible, decision.Outcome);
        Assert.Equal(1200m, decision.Totals.PerYear.Yuan);
        Assert.Equal(Model.BenefitPeriod.PerYear, decision.Period);
        Assert.Equal("2019.1", decision.RuleSetVersion);
        Assert.Matches("^[0-9a-f]{64}$", decision.ContentHash);
        Assert.Empty(decision.FailedRules);
        Assert.Null(decision.Trace);
    }

    [Fact]
    public void Evaluate_NotEligible_ListsFailedRulesWithBothReasonsAndNestedFailures()
    {
        var decision = Catalog.Evaluate(new PersonFacts { CertificateValid = true, HasMental = true, TreatedThisYear = true }, new LocalDate(2019, 5, 1), "P1");

        Assert.Equal(DecisionOutcome.NotEligible, decision.Outcome);
        Assert.True(decision.Totals.IsEmpty);
        var poor = decision.FailedRules[0];
        Assert.Equal("HouseholdIsPoor", poor.RuleName);
        Assert.Equal("The household is not poor.", poor.Reason);
        Assert.Equal("家庭不属于困难家庭。", poor.ReasonZh);
        Assert.Equal(["Dibao", "ExtremeHardship", "RegisteredPoor"], poor.Children.Select(c => c.RuleName));
        Assert.Equal("RegisteredHere", decision.FailedRules[1].RuleName);
    }

    [Fact]
    public void Evaluate_BeforeTheProgramStarts_IsNotInForce()
    {
        var decision = Catalog.Evaluate(Eligible, new LocalDate(2018, 12, 31), "P1");

        Assert.Equal(DecisionOutcome.NotInForce, decision.Outcome);
        Assert.Null(decision.Version);
        Assert.False(decision.IsEligible);
    }

    [Fact]
    public void Evaluate_WithTrace_RecordsEachRuleAndTheFactsItRead()
    {
        var decision = Catalog.Evaluate(new PersonFacts { CertificateValid = true, HasMental = false, Dibao = true, TreatedLastYear = true, RegisteredInCounty = true }, new LocalDate(2019, 5, 1), "P1", trace: true);

        var first = decision.Trace![0];
        Assert.Equal("ValidCertificateWithMental", first.RuleName);
        Assert.Equal(RuleOutcome.Failed, first.Outcome);
        Assert.Equal([new("CertificateValid", "true"), new KeyValuePair<string, string>("HasMental", "false")], first.FactsRead);
        var poor = decision.Trace[1];
        Assert.Equal(RuleOutcome.Passed, poor.Outcome);
        Assert.Equal(3, poor.Children.Count);
        Assert.Contains(new KeyValuePair<string, string>("IncludeMarginal", "false"), poor.Children[0].ParametersRead);
        Assert.Equal([new("TreatedThisYear", "false"), new KeyValuePair<string, string>("TreatedLastYear", "true")], decision.Trace[2].FactsRead);
    }

    [Fact]
    public void Evaluate_RuntimeFailure_IsAnErrorDecisionNeverEligible()
    {
        // Rule "Ratio" divides by (Age % 7 - 3): zero at age 3.
        var facts = new PersonFacts { Age = 3, IsSevere = true, Dibao = true, Categories = [4], HouseholdSize = 2, CareNeedMonths = 12, Year = 2020, Month = 1 };

        var fast = Catalog.Evaluate(facts, new LocalDate(2020, 1, 15), "DIFF");
        var traced = Catalog.Evaluate(facts, new LocalDate(2020, 1, 15), "DIFF", trace: true);

        Assert.Equal(DecisionOutcome.Error, fast.Outcome);
        Assert.Contains("rule 'Ratio'", fast.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("规则“Ratio”", fast.ErrorMessageZh, StringComparison.Ordinal);
        Assert.True(fast.Totals.IsEmpty);
        Assert.Equal(DecisionOutcome.Error, traced.Outcome);
        Assert.Equal(RuleOutcome.Error, traced.Trace!.Single(t => t.RuleName == "Ratio").Outcome);
    }

    [Fact]
    public void Evaluate_DisabledRules_AreSkippedAndBenefitConditionsApply()
    {
        var facts = new PersonFacts { Age = 5, IsSevere = true, Dibao = true, Categories = [4], HouseholdSize = 2, CareNeedMonths = 12, Year = 2020, Month = 1, HearingAidFittingIndicated = true };

        var decision = Catalog.Evaluate(facts, new LocalDate(2020, 1, 15), "DIFF", trace: true);

        Assert.Equal(DecisionOutcome.Eligible, decision.Outcome);
        Assert.Equal(RuleOutcome.Skipped, decision.Trace!.Single(t => t.RuleName == "Disabled").Outcome);
        Assert.Equal(["Monthly", "Devices"], decision.Benefits.Select(b => b.Id));
        Assert.Equal((191m, 300m), (decision.Totals.PerMonth.Yuan, decision.Totals.InKindValue.Yuan));
        Assert.Equal([Model.BenefitPeriod.PerMonth, Model.BenefitPeriod.InKind], decision.Totals.Amounts.Select(a => a.Period));
        Assert.Equal((Money.Zero, Money.Zero), (decision.Totals.PerYear, decision.Totals.OneOff));
        Assert.Equal([PeriodAmount.PerMonth(Money.FromYuan(191m)), PeriodAmount.InKind(Money.FromYuan(300m))], decision.Benefits.Select(b => b.Amount));
        Assert.Null(decision.Period);
    }

    [Fact]
    public void EvaluateAll_GivesOneDecisionPerProgram()
    {
        var decisions = Catalog.EvaluateAll(Eligible, new LocalDate(2019, 5, 1));

        Assert.Equal(["DIFF", "P1"], decisions.Select(d => d.ProgramId));
    }

    [Fact]
    public void Evaluate_UnknownProgram_NamesTheKnownOnes()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => Catalog.Evaluate(Eligible, new LocalDate(2019, 5, 1), "P99"));

        Assert.Contains("DIFF, P1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EligibilityEvaluator_RealHousehold_DerivesFactsAndNeverShowsIdNumbers()
    {
        var household = PersonFactsTests.Household();
        var evaluator = new EligibilityEvaluator(Catalog, DivisionCode.Parse("340123"));
        var parent = household.Members[0];

        var decision = evaluator.Evaluate(parent, household, new LocalDate(2020, 6, 1), "P1", trace: true);

        Assert.Equal(DecisionOutcome.Eligible, decision.Outcome);
        var texts = new[] { decision.ToString() }
            .Concat(decision.Trace!.Select(t => t.ToString()))
            .Concat(decision.Trace!.SelectMany(t => t.FactsRead.Select(f => f.Value)));
        Assert.All(texts, t => Assert.DoesNotContain(parent.Id.ToUnmaskedString(), t, StringComparison.Ordinal));
        Assert.Equal(2, evaluator.EvaluateAll(parent, household, new LocalDate(2020, 6, 1)).Count);
    }

    [Fact]
    public void EligibilityEvaluator_DateBeforeBirth_IsAnErrorDecisionNotAnException()
    {
        var household = PersonFactsTests.Household();
        var evaluator = new EligibilityEvaluator(Catalog, DivisionCode.Parse("340123"));
        var child = household.Members[1];

        var decisions = evaluator.EvaluateAll(child, household, new LocalDate(2012, 1, 1));

        Assert.All(decisions, d => Assert.Equal(DecisionOutcome.Error, d.Outcome));
        Assert.All(decisions, d => Assert.Contains("before the person's birth date", d.ErrorMessage, StringComparison.Ordinal));
        Assert.All(decisions, d => Assert.DoesNotContain(child.Id.ToUnmaskedString(), d.ErrorMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void PersonFacts_Lists_AreCopiedAtConstruction()
    {
        var codes = new List<int> { 6 };
        var facts = new PersonFacts { Categories = codes };

        codes.Add(2);

        Assert.Equal([6], facts.Categories);
    }

    [Fact]
    public void Evaluate_WithParameterOverrides_UsesThemOnceWithoutChangingTheCatalog()
    {
        var facts = new PersonFacts { CertificateValid = true, HasMental = true, DibaoMarginal = true, TreatedThisYear = true, RegisteredInCounty = true };
        var date = new LocalDate(2019, 6, 1);

        var switchedOn = Catalog.Evaluate(facts, date, "P1", new Dictionary<string, object> { ["IncludeMarginal"] = true, ["AmountPerYear"] = 1500 });
        var asShipped = Catalog.Evaluate(facts, date, "P1");

        Assert.Equal(DecisionOutcome.Eligible, switchedOn.Outcome);
        Assert.Equal(1500m, switchedOn.Totals.PerYear.Yuan);
        Assert.Equal(DecisionOutcome.NotEligible, asShipped.Outcome);
        Assert.Throws<ArgumentException>(() => Catalog.Evaluate(facts, date, "P1", new Dictionary<string, object> { ["IncludeMarginel"] = true }));
        Assert.Throws<ArgumentException>(() => Catalog.Evaluate(facts, date, "P1", new Dictionary<string, object> { ["IncludeMarginal"] = 1 }));
    }
}
