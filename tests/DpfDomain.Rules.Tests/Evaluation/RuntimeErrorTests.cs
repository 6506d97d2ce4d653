using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Tests.Support;
using NodaTime;

namespace DpfDomain.Rules.Tests.Evaluation;

public sealed class RuntimeErrorTests
{
    private static readonly LocalDate Date = new(2019, 6, 1);

    [Fact]
    public void NestedRuntimeError_NamesTheNestedRuleOnBothPaths_InFixedWords()
    {
        var catalog = RuleSetText.Load(RuleSetText.Build(rules:
            """      { "RuleName": "Any", "Operator": "Or", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" }, "Rules": [ { "RuleName": "A", "Expression": "Person.Categories.Max() > 0", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }, { "RuleName": "B", "Expression": "true", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } } ] }"""));

        var fast = catalog.Evaluate(new PersonFacts(), Date, "P1");
        var traced = catalog.Evaluate(new PersonFacts(), Date, "P1", trace: true);

        Assert.Equal(DecisionOutcome.Error, fast.Outcome);
        Assert.Equal("Program P1 2019.1: rule 'Any' could not be evaluated: in nested rule 'A': a list is empty where a value was needed (First, Min, Max, Average of no items).", fast.ErrorMessage);
        Assert.Equal("项目 P1 2019.1：规则“Any”计算出错：嵌套规则“A”：列表为空却需要取值（对空列表求 First、Min、Max、Average 等）。", fast.ErrorMessageZh);
        Assert.Equal(fast.ErrorMessage, traced.ErrorMessage);
        Assert.Equal(RuleOutcome.Error, traced.Trace![0].Children[0].Outcome);
    }

    [Fact]
    public void RuntimeError_NeverRepeatsTheExceptionText()
    {
        var catalog = RuleSetText.Load(RuleSetText.WithExpression("Convert.ToInt32(Person.SchoolStage) > 0"));

        var decision = catalog.Evaluate(new PersonFacts { SchoolStage = "Primary" }, Date, "P1", trace: true);

        Assert.Equal(DecisionOutcome.Error, decision.Outcome);
        Assert.DoesNotContain("Primary", decision.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("a text could not be read as a number", decision.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void WholeNumberOverflow_IsAnErrorNotAWrappedAmount()
    {
        var catalog = RuleSetText.Load(RuleSetText.Build(benefits: """    { "Id": "Subsidy", "Amount": "Person.Age * 100000000", "Period": "OneOff" }"""));

        var decision = catalog.Evaluate(new PersonFacts { Age = 50, CertificateValid = true }, Date, "P1");

        Assert.Equal(DecisionOutcome.Error, decision.Outcome);
        Assert.Contains("a number is too large", decision.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeAmount_IsAnErrorNeverAPayment()
    {
        var catalog = RuleSetText.Load(RuleSetText.Build(benefits: """    { "Id": "Subsidy", "Amount": "-5m", "Period": "OneOff" }"""));

        var decision = catalog.Evaluate(new PersonFacts { CertificateValid = true }, Date, "P1");

        Assert.Equal(DecisionOutcome.Error, decision.Outcome);
        Assert.True(decision.Totals.IsEmpty);
        Assert.Contains("the amount of benefit 'Subsidy' is negative", decision.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void IntegerDivision_ThroughAGlobalParam_IsRefusedInAnAmount()
    {
        var json = RuleSetText.Build(benefits: """    { "Id": "Subsidy", "Amount": "g", "Period": "OneOff" }""")
            .Replace("\"WorkflowName\": \"P1\",", "\"WorkflowName\": \"P1\", \"GlobalParams\": [ { \"Name\": \"g\", \"Expression\": \"Person.HouseholdSize * 1000 / 12\" } ],", StringComparison.Ordinal);

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(DiagnosticCode.AmountType, diagnostic.Code);
        Assert.Contains("divides whole numbers", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoIntegerDivisions_InOneAmount_AreStillRefused()
    {
        var json = RuleSetText.Build(benefits: """    { "Id": "Subsidy", "Amount": "Person.HouseholdSize / 2 + Person.Age / 3", "Period": "OneOff" }""");

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(DiagnosticCode.AmountType, diagnostic.Code);
        Assert.Contains("divides whole numbers", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Person.Age - 2147483647 - 10 < 0")]
    [InlineData("-Person.Age > 0")]
    [InlineData("Person.Age + 2147483647 > 0")]
    public void WholeNumberOverflow_InACondition_IsAnErrorOnBothPaths(string expression)
    {
        var catalog = RuleSetText.Load(RuleSetText.WithExpression(expression));
        var facts = new PersonFacts { Age = expression.StartsWith('-') ? int.MinValue : expression.Contains(" - ", StringComparison.Ordinal) ? -5 : 5 };

        var fast = catalog.Evaluate(facts, Date, "P1");
        var traced = catalog.Evaluate(facts, Date, "P1", trace: true);

        Assert.Equal(DecisionOutcome.Error, fast.Outcome);
        Assert.Equal(DecisionOutcome.Error, traced.Outcome);
        Assert.Contains("a number is too large", fast.ErrorMessage, StringComparison.Ordinal);
    }
}
