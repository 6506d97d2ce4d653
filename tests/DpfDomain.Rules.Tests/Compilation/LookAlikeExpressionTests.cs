using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>Full-width characters and mathematical signs in rule expressions: each named, with what to type, at the character itself.</summary>
public sealed class LookAlikeExpressionTests
{
    [Fact]
    public void FullWidthOperatorsAndAMathematicalSign_AreEachReportedAtTheirCharacter_WithTheHalfWidthTextToType()
    {
        const string Expression = "Person.Age ＞ 16 ＆＆ Person.Age ≤ 60";

        var diagnostics = RuleSetText.Validate(RuleSetText.WithExpression(Expression));

        Assert.Equal(
            [
                (DiagnosticCode.ExpressionSyntax, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + Expression.IndexOf('＞', StringComparison.Ordinal), "“＞”是全角大于号，表达式只认半角的 > 。"),
                (DiagnosticCode.ExpressionSyntax, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + Expression.IndexOf('＆', StringComparison.Ordinal), "“＆＆”是全角“与”符号，表达式只认半角的 && 。"),
                (DiagnosticCode.ExpressionSyntax, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + Expression.IndexOf('≤', StringComparison.Ordinal), "“≤”是数学符号小于等于号，表达式只认半角的 <= 。"),
            ],
            diagnostics.Select(d => (d.Code, d.Line, d.Column, d.MessageZh)));
        Assert.Equal("请改为半角的 <= （切换到英文半角输入状态再输入）；全角字符只能出现在双引号内的文字中。", diagnostics[2].HintZh);
        Assert.All(diagnostics, d => Assert.DoesNotContain("Syntax error", d.Message + d.MessageZh, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Person.Age ！＝ 16", "！＝", "“！＝”是全角感叹号和全角等号，表达式只认半角的 != 。")]
    [InlineData("Person.Age ＝＝ 16", "＝＝", "“＝＝”是全角等号，表达式只认半角的 == 。")]
    [InlineData("Person.Age ≥ 16", "≥", "“≥”是数学符号大于等于号，表达式只认半角的 >= 。")]
    [InlineData("Person.Age ≠ 16", "≠", "“≠”是数学符号不等号，表达式只认半角的 != 。")]
    [InlineData("Person.Age > １６", "１６", "“１６”是全角数字，表达式只认半角的 16 。")]
    [InlineData("（Person.Age > 16)", "（", "“（”是全角圆括号，表达式只认半角的 ( 。")]
    [InlineData("Person.Age > 16 ｜｜ Person.Dibao", "｜｜", "“｜｜”是全角竖线，表达式只认半角的 || 。")]
    [InlineData("Person.Age > 16\u3000&& Person.Dibao", "\u3000", "“\u3000”是全角空格，表达式只认半角的   。")]
    public void OneLookAlike_IsReportedAtItsCharacter(string expression, string typed, string messageZh)
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression(expression)));

        Assert.Equal(
            (DiagnosticCode.ExpressionSyntax, RuleSetText.RuleLine, RuleSetText.ExpressionColumn + expression.IndexOf(typed, StringComparison.Ordinal), messageZh),
            (diagnostic.Code, diagnostic.Line, diagnostic.Column, diagnostic.MessageZh));
    }

    [Fact]
    public void ChineseQuotationMarks_AroundText_AreBothReported()
    {
        const string Expression = "Person.Age > 16 && “精神” == \"x\"";

        var diagnostics = RuleSetText.Validate(RuleSetText.WithExpression(Expression));

        Assert.Equal(
            [RuleSetText.ExpressionColumn + Expression.IndexOf('“', StringComparison.Ordinal), RuleSetText.ExpressionColumn + Expression.IndexOf('”', StringComparison.Ordinal)],
            diagnostics.Select(d => d.Column));
        Assert.All(diagnostics, d => Assert.EndsWith("表达式只认半角的 \" 。", d.MessageZh, StringComparison.Ordinal));
    }

    [Fact]
    public void FullWidthCharactersInsideText_AreText()
    {
        Assert.Empty(RuleSetText.Validate(RuleSetText.WithExpression("Person.Age > 16 && \"，（＞）\" == \"，（＞）\"")));
    }

    [Fact]
    public void ExpressionWithAnEscapeBeforeTheLookAlike_IsPositionedAtTheCharacterInTheFile()
    {
        // In the file the expression reads: "\"a\" == \"a\" ＆＆ Person.Dibao" — each \" is two characters of the line, one of the expression.
        var json = RuleSetText.WithExpression("\"a\" == \"a\" ＆＆ Person.Dibao");

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        var line = json.Split('\n')[RuleSetText.RuleLine - 1];
        Assert.Equal(line.IndexOf('＆', StringComparison.Ordinal) + 1, diagnostic.Column);
    }
}
