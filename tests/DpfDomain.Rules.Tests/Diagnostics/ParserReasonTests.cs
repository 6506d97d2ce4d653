using System.Text.RegularExpressions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Diagnostics;

/// <summary>The expression parser's English reasons are said in Chinese in the Chinese message, with the values put back and types in words.</summary>
public sealed partial class ParserReasonTests
{
    [Theory]
    [InlineData("Person.Age >= ", "无法解析表达式：此处缺少内容：运算符后面或括号里应有一个值或条件。")]
    [InlineData("(Person.Age >= 16", "无法解析表达式：此处缺少右括号“)”或运算符（如 &&、||、>=）。")]
    [InlineData("Person.Age >= 16 && \"abc", "无法解析表达式：文本缺少结尾的引号。")]
    [InlineData("Person.Age >= 16 16", "无法解析表达式：此处写法有误。")]
    public void AnUnreadableExpression_IsExplainedInChinese(string expression, string expected)
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression(expression)));

        Assert.Equal(expected, diagnostic.MessageZh);
        Assert.DoesNotMatch(ParserEnglish(), diagnostic.MessageZh);
    }

    [Theory]
    [InlineData("Person.Age > true", "表达式中的值类型不匹配：运算符“>”不能用于整数和是/否值。")]
    [InlineData("Person.Age + \"岁\" == 16", "表达式中的值类型不匹配：比较“==”不能用于文本和整数。")]
    public void OperandsThatDoNotGoTogether_AreATypeProblem_SaidInChinese(string expression, string expected)
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression(expression)));

        Assert.Equal((DiagnosticCode.ExpressionType, expected), (diagnostic.Code, diagnostic.MessageZh));
    }

    [Theory]
    [InlineData("Person.Age >= \"十六\"", 14, "表达式中的值类型不匹配：带引号的“十六”是文本，不能当作整数。", "The values in the expression do not go together: 十六 is not a valid value for Int32.")]
    [InlineData("Person.Age >= 16 && Person.Age + \"岁\" == 16", 37, "表达式中的值类型不匹配：比较“==”不能用于文本和整数。", "The values in the expression do not go together: The binary operator Equal is not defined for the types 'System.String' and 'System.Int32'.")]
    [InlineData("Person.Age > true", 11, "表达式中的值类型不匹配：运算符“>”不能用于整数和是/否值。", "The values in the expression do not go together: Operator '>' incompatible with operand types 'Int32' and 'Boolean'.")]
    public void OperandsThatDoNotGoTogether_AreNamedAtTheValueOrOperator_WithWhatToCompareInstead(string expression, int offset, string chinese, string english)
    {
        var json = RuleSetText.WithExpression(expression);

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        var column = RuleSetText.ExpressionColumn + RuleSetText.Quote(expression[..offset]).Length - 2;
        Assert.Equal((DiagnosticCode.ExpressionType, RuleSetText.RuleLine, column), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Equal((english, chinese), (diagnostic.Message, diagnostic.MessageZh));
        Assert.Equal(
            "Compare a number fact with a number written without quotes (Person.Age >= 16), text with text in quotes (Person.SchoolStage == \"Primary\"), and a yes/no fact with true or false (Person.IsMale == true).",
            diagnostic.Hint);
        Assert.Equal(
            "数字事实只与不加引号的数字比较（如 Person.Age >= 16），文本只与带引号的文本比较（如 Person.SchoolStage == \"Primary\"），是/否事实只与 true 或 false 比较（如 Person.IsMale == true）。",
            diagnostic.HintZh);
    }

    [Theory]
    [InlineData("十六 is not a valid value for Int32. (Parameter 'value')", "十六 is not a valid value for Int32. (Parameter 'value')", "带引号的“十六”是文本，不能当作整数")]
    [InlineData("是 is not a valid value for Boolean.", "是 is not a valid value for Boolean", "带引号的“是”是文本，不能当作是/否值")]
    public void ATypeConvertersRefusal_IsSaidInChinese(string reason, string english, string chinese)
    {
        var text = ParserReasons.Translate(reason);

        Assert.Equal((english, chinese), (text.English, text.Chinese));
    }

    [Theory]
    [InlineData("Syntax error '＞'", "此处不应出现“＞”")]
    [InlineData("')' or ',' expected", "此处缺少右括号“)”或逗号“,”")]
    [InlineData("Operator '+' incompatible with operand types 'Decimal' and 'Boolean'", "运算符“+”不能用于数字和是/否值")]
    [InlineData("No property or field 'Agee' exists in type 'PersonFacts'", "类型 PersonFacts 的值没有“Agee”")]
    [InlineData("The binary operator GreaterThan is not defined for the types 'System.String' and 'System.Int32'.", "比较“>”不能用于文本和整数")]
    [InlineData("Unexpected end of string with unclosed string at position 12 near 'abc'.", "文本在第 13 个字符附近缺少结尾的引号")]
    [InlineData("Something the parser never said before.", "表达式的写法无法识别")]
    public void AReason_IsTranslated_AndTheEnglishKeptWithoutItsFullStop(string reason, string chinese)
    {
        var text = ParserReasons.Translate(reason);

        Assert.Equal((reason.TrimEnd('.'), chinese), (text.English, text.Chinese));
    }

    /// <summary>Words of the parser's sentences that must not reach a Chinese message.</summary>
    [GeneratedRegex(@"\b(expected|Syntax|error|incompatible|exists|Unterminated|literal|Operator|operand|defined|Expression)\b")]
    private static partial Regex ParserEnglish();
}
