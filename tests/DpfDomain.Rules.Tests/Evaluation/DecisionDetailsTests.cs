using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Model;
using DpfDomain.Rules.Tests.Support;
using NodaTime;

namespace DpfDomain.Rules.Tests.Evaluation;

/// <summary>
/// What a decision shows beyond its outcome: the days a version is in force (both ends
/// included), the benefit lines whose condition holds and their single period, the trace of a
/// skipped rule and of an "any of" whose rules are all switched off, and the values a trace
/// writes.
/// </summary>
public sealed class DecisionDetailsTests
{
    private static readonly LocalDate Date = new(2019, 6, 1);

    [Fact]
    public void Version_IsInForceFromItsFirstToItsLastDay_BothIncluded()
    {
        var catalog = RuleSetText.Load(RuleSetText.Build(program:
            """
                "Id": "P1",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": "2019.1",
                "EffectiveFrom": "2019-01-01",
                "EffectiveUntil": "2019-12-31"
            """));
        var facts = new PersonFacts { CertificateValid = true };

        var outcomes = new[] { new LocalDate(2018, 12, 31), new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31), new LocalDate(2020, 1, 1) }
            .Select(date => catalog.Evaluate(facts, date, "P1").Outcome);

        Assert.Equal([DecisionOutcome.NotInForce, DecisionOutcome.Eligible, DecisionOutcome.Eligible, DecisionOutcome.NotInForce], outcomes);
        var version = Assert.Single(catalog.VersionsOf("P1"));
        Assert.Equal("P1 2019.1 (2019-01-01..2019-12-31)", version.ToString());
        Assert.Equal("P1 2020-01-01: not in force", catalog.Evaluate(facts, new LocalDate(2020, 1, 1), "P1").ToString());
        Assert.Null(catalog.Evaluate(facts, new LocalDate(2020, 1, 1), "P1").Version);
    }

    [Fact]
    public void BenefitLines_AreThoseWhoseConditionHolds_AndPeriodIsSetOnlyForASingleLine()
    {
        var catalog = RuleSetText.Load(RuleSetText.Build(benefits:
            """
                { "Id": "Subsidy", "Amount": "Parameters.AmountPerYear", "Period": "PerYear", "Condition": "Person.IsSevere" },
                { "Id": "Care", "Amount": "80", "Period": "PerMonth" }
            """));

        var one = catalog.Evaluate(new PersonFacts { CertificateValid = true }, Date, "P1");
        var both = catalog.Evaluate(new PersonFacts { CertificateValid = true, IsSevere = true }, Date, "P1");
        var none = catalog.Evaluate(new PersonFacts(), Date, "P1");

        Assert.Equal(["Care"], one.Benefits.Select(b => b.Id));
        Assert.Equal(BenefitPeriod.PerMonth, one.Period);
        Assert.Equal(["Subsidy", "Care"], both.Benefits.Select(b => b.Id));
        Assert.Null(both.Period);
        Assert.Equal("P1 2019-06-01: eligible, ¥80.00 per month; ¥1,000.00 per year", both.ToString());
        Assert.Empty(none.Benefits);
        Assert.Null(none.Period);
        Assert.Equal("P1 2019-06-01: not eligible (Main: Fails.)", none.ToString());
    }

    [Fact]
    public void SwitchedOffRule_IsSkippedInTheTrace_AndDecidesNothing()
    {
        var catalog = RuleSetText.Load(RuleSetText.Build(rules:
            """
                  { "RuleName": "Off", "Enabled": false, "Expression": "false", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } },
                  { "RuleName": "Main", "Expression": "Person.CertificateValid", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }
            """));

        var decision = catalog.Evaluate(new PersonFacts { CertificateValid = true }, Date, "P1", trace: true);

        Assert.Equal(DecisionOutcome.Eligible, decision.Outcome);
        Assert.Equal([RuleOutcome.Skipped, RuleOutcome.Passed], decision.Trace!.Select(t => t.Outcome));
        Assert.Equal(DecisionOutcome.Eligible, catalog.Evaluate(new PersonFacts { CertificateValid = true }, Date, "P1").Outcome);
    }

    [Theory]
    [InlineData("Or")]
    [InlineData("And")]
    public void GroupWhoseRulesAreAllSwitchedOff_Fails(string op)
    {
        var catalog = RuleSetText.Load(RuleSetText.Build(rules:
            "      { \"RuleName\": \"Group\", \"Operator\": \"" + op + "\", \"ErrorMessage\": \"Fails.\", \"Properties\": { \"ErrorMessageZh\": \"不符合。\" }, \"Rules\": [ { \"RuleName\": \"A\", \"Enabled\": false, \"Expression\": \"true\", \"ErrorMessage\": \"Fails.\", \"Properties\": { \"ErrorMessageZh\": \"不符合。\" } } ] }"));

        var traced = catalog.Evaluate(new PersonFacts(), Date, "P1", trace: true);
        var fast = catalog.Evaluate(new PersonFacts(), Date, "P1");

        Assert.Equal(DecisionOutcome.NotEligible, traced.Outcome);
        Assert.Equal(DecisionOutcome.NotEligible, fast.Outcome);
        Assert.Equal(RuleOutcome.Failed, traced.Trace![0].Outcome);
        Assert.Equal(RuleOutcome.Skipped, traced.Trace[0].Children[0].Outcome);
    }

    [Fact]
    public void Trace_WritesListsTextAndNumbersInvariantly()
    {
        var catalog = RuleSetText.Load(RuleSetText.WithExpression("Person.Categories.Contains(2) && Person.SchoolStage == \"Primary\" && Person.Age >= Parameters.MinAge && !Parameters.IncludeMarginal"));

        var decision = catalog.Evaluate(new PersonFacts { Categories = [2, 5], SchoolStage = "Primary", Age = 17 }, Date, "P1", trace: true);

        Assert.Equal(DecisionOutcome.Eligible, decision.Outcome);
        var trace = Assert.Single(decision.Trace!);
        Assert.Equal(
            [new("Age", "17"), new("Categories", "[2, 5]"), new KeyValuePair<string, string>("SchoolStage", "\"Primary\"")],
            trace.FactsRead);
        Assert.Equal([new("IncludeMarginal", "false"), new KeyValuePair<string, string>("MinAge", "16")], trace.ParametersRead);
    }
}
