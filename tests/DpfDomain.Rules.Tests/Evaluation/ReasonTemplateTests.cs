using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Tests.Support;
using NodaTime;

namespace DpfDomain.Rules.Tests.Evaluation;

/// <summary>
/// Failure reasons name parameters in braces and show the values in force, so a county that
/// changes a parameter never shows the reference catalog's number.
/// </summary>
public sealed class ReasonTemplateTests
{
    private static readonly PersonFacts Child = new() { Year = 2019, Month = 6, Age = 10, CertificateValid = true };

    private static string Rule(string reason, string reasonZh) =>
        $$"""      { "RuleName": "Main", "Expression": "Person.Age >= Parameters.MinAge", "ErrorMessage": {{RuleSetText.Quote(reason)}}, "Properties": { "ErrorMessageZh": {{RuleSetText.Quote(reasonZh)}} } }""";

    [Fact]
    public void AReason_ShowsTheParameterValuesInForce_OnTheEvaluationDate()
    {
        var catalog = RuleSetText.Load(RuleSetText.Build(rules: Rule("Younger than {MinAge}; amount {AmountPerYear}; extension {IncludeMarginal}; braces {{x}}.", "未满{MinAge}周岁；金额{AmountPerYear}；扩面{IncludeMarginal}。")));

        var in2019 = Assert.Single(catalog.Evaluate(Child, new LocalDate(2019, 6, 1), "P1").FailedRules);
        var in2022 = Assert.Single(catalog.Evaluate(new PersonFacts { Year = 2022, Month = 6, Age = 10, CertificateValid = true }, new LocalDate(2022, 6, 1), "P1").FailedRules);

        Assert.Equal("Younger than 16; amount 1,000; extension off; braces {x}.", in2019.Reason);
        Assert.Equal("未满16周岁；金额1,000；扩面关闭。", in2019.ReasonZh);
        Assert.Equal("Younger than 16; amount 1,200; extension off; braces {x}.", in2022.Reason);
    }

    [Fact]
    public void AReason_FollowsAChangedParameter()
    {
        var catalog = ReferenceCatalog.Load();
        static PersonFacts Child(int age) => new() { Year = 2019, Month = 6, Age = age, CertificateValid = true, HasPhysical = true, Categories = [4], Category = 4, Grade = 2, RegisteredInCounty = true };
        var date = new LocalDate(2019, 6, 30);

        var standard = catalog.Evaluate(Child(12), date, "P2").FailedRules.Single(f => f.RuleName == "AgeInRange");
        var widened = catalog.Evaluate(Child(13), date, "P2", new Dictionary<string, object> { ["MaxAge"] = 12m }).FailedRules.Single(f => f.RuleName == "AgeInRange");

        Assert.Contains("(0 to 10)", standard.Reason, StringComparison.Ordinal);
        Assert.Contains("0至10周岁", standard.ReasonZh, StringComparison.Ordinal);
        Assert.Contains("(0 to 12)", widened.Reason, StringComparison.Ordinal);
        Assert.Contains("0至12周岁", widened.ReasonZh, StringComparison.Ordinal);
        Assert.DoesNotContain("reference catalog", standard.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Younger than {MaxAge}.", "which is not a parameter")]
    [InlineData("Younger than {MinAge.", "never closed")]
    [InlineData("Younger than MinAge}.", "without a '{' before it")]
    public void AReason_NamingAnUnknownParameterOrWithAnUnmatchedBrace_IsRefusedAtItsPosition(string reason, string says)
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.Build(rules: Rule(reason, "未满。"))));

        Assert.Equal(DiagnosticCode.UnknownName, diagnostic.Code);
        Assert.Equal(RuleSetText.RuleLine, diagnostic.Line);
        Assert.Contains(says, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("原因", diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void AReasonWithoutParameters_IsTheSameObjectEveryTime()
    {
        var catalog = RuleSetText.Load(RuleSetText.Build(rules: Rule("Too young.", "未满。")));

        var first = Assert.Single(catalog.Evaluate(Child, new LocalDate(2019, 6, 1), "P1").FailedRules);
        var second = Assert.Single(catalog.Evaluate(Child, new LocalDate(2019, 6, 1), "P1").FailedRules);

        Assert.Same(first, second);
        Assert.Equal("Too young.", first.Reason);
    }
}
