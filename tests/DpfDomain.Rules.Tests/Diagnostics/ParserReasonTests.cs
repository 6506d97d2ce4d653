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
