using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// How a refused expression is explained: the words quoted from it, the names offered instead,
/// and the character pointed at.
/// </summary>
public sealed class ExpressionExplanationTests
{
    [Theory]
    [InlineData("Person.Age > new System.Text.StringBuilder().Length", "new System.Text.StringBuilder")]
    [InlineData("new System.Collections.Generic.Dictionary<string, int>().Count > 0", "new System.Collections.Generic.Dictionar")]
    public void CreatingAnObject_QuotesWhatIsCreated_UpToFortyCharacters(string expression, string quoted)
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression(expression)));

        Assert.Equal(DiagnosticCode.SandboxViolation, diagnostic.Code);
        Assert.Contains($"({quoted} …)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(RuleSetText.ExpressionColumn + expression.IndexOf("new", StringComparison.Ordinal), diagnostic.Column);
    }

    [Fact]
    public void AnUnknownParameter_ListsTheParametersInOrder()
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression("Person.Age >= Parameters.Zzz")));

        Assert.Equal(DiagnosticCode.UnknownName, diagnostic.Code);
        Assert.Contains("AmountPerYear, IncludeMarginal, MinAge", diagnostic.Message + diagnostic.Hint, StringComparison.Ordinal);
        Assert.Equal(RuleSetText.ExpressionColumn + 25, diagnostic.Column);
    }

    [Fact]
    public void AnUnknownFact_IsNotCalledAParameter_AndSuggestsTheFact()
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression("Parameters.MinAge <= Person.Agge")));

        Assert.Equal(DiagnosticCode.UnknownName, diagnostic.Code);
        Assert.Contains("Person", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'Age'", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Equal(RuleSetText.ExpressionColumn + 28, diagnostic.Column);
    }

    [Fact]
    public void AFactWrittenInChinese_SuggestsTheFactWhoseMeaningHasTheWord()
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression("Person.年龄 >= 16")));

        Assert.Equal((DiagnosticCode.UnknownName, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + 7), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Equal(("'年龄' is not one of the Person facts.", "“年龄”不是 Person 的事实项之一。"), (diagnostic.Message, diagnostic.MessageZh));
        Assert.Equal("Did you mean Person.Age (Age in completed years on the evaluation date)? Fact names are written in English; dpf facts lists them all with their meanings.", diagnostic.Hint);
        Assert.Equal("是否应为 Person.Age（评估日的周岁年龄）？事实名称要用英文书写，运行 dpf facts 可查看全部事实及其含义。", diagnostic.HintZh);
    }

    [Fact]
    public void AFactWrittenInChinese_WithSeveralMeaningsHavingTheWord_SuggestsThemAll_AndAWordInNoneSuggestsNothing()
    {
        var several = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression("Person.人工耳蜗")));
        var none = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression("Person.工资 > 0")));

        Assert.Equal("是否应为 Person.HasCochlearImplant（植入人工耳蜗）或 Person.CochlearImplantIndicated（有人工耳蜗植入指征）？事实名称要用英文书写，运行 dpf facts 可查看全部事实及其含义。", several.HintZh);
        Assert.Equal("请运行 dpf facts 查看可用的事实名称。", none.HintZh);
    }

    [Fact]
    public void AParameterWrittenInChinese_SuggestsTheParameterWhoseMeaningHasTheWord()
    {
        var parameters = RuleSetText.DefaultParameters.Replace(
            "{ \"Name\": \"MinAge\", \"Unit\": \"Years\",",
            "{ \"Name\": \"MinAge\", \"Description\": { \"zh-CN\": \"最低年龄（周岁）\", \"en\": \"The lowest age (completed years).\" }, \"Unit\": \"Years\",",
            StringComparison.Ordinal);

        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.Build(parameters: parameters, rules: RuleSetText.Rule("Person.Age >= Parameters.最低年龄"))));

        Assert.Equal((DiagnosticCode.UnknownName, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + 25), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Equal("Did you mean Parameters.MinAge (The lowest age)? Parameter names are written in English.", diagnostic.Hint);
        Assert.Equal("是否应为 Parameters.MinAge（最低年龄）？参数名称要用英文书写。", diagnostic.HintZh);
    }

    [Fact]
    public void ANumberWhereAConditionIsNeeded_IsATypeProblem()
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression("Person.Age + 1")));

        Assert.Equal(DiagnosticCode.ExpressionType, diagnostic.Code);
    }
}
