using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// The reasons the expression parser (System.Linq.Dynamic.Core, under RulesEngine) and the
/// expression-tree factories give, which are English only, said in Chinese: each known sentence
/// of the parser with its values put back, type names in words (数字, 文本, 是/否, 日期). A reason
/// not in the table is said as a plain Chinese sentence without the English, which stays in the
/// English message.
/// </summary>
internal static class ParserReasons
{
    private static readonly (Regex Pattern, Func<Match, string> Chinese)[] Table =
    [
        (Exactly(@"Syntax error '(?<x>.+)'"), m => $"此处不应出现“{m.Groups["x"].Value}”"),
        (Exactly("Syntax error"), _ => "此处写法有误"),
        (Exactly("Expression expected"), _ => "此处缺少内容：运算符后面或括号里应有一个值或条件"),
        (Exactly(@"'(?<x>[^']+)' expected"), m => $"此处缺少“{m.Groups["x"].Value}”"),
        (Exactly(@"'\)' or ',' expected"), _ => "此处缺少右括号“)”或逗号“,”"),
        (Exactly(@"'\)' or operator expected"), _ => "此处缺少右括号“)”或运算符（如 &&、||、>=）"),
        (Exactly(@"'\]' or ',' expected"), _ => "此处缺少“]”或逗号“,”"),
        (Exactly(@"'\(' or Identifier expected"), _ => "此处缺少“(”或名称"),
        (Exactly(@"'\.' or '\(' expected"), _ => "此处缺少“.”或“(”"),
        (Exactly(@"'\.' or '\(' or string literal expected"), _ => "此处缺少“.”、“(”或带引号的文本"),
        (Exactly("Identifier expected"), _ => "此处缺少名称（如 Person.Age 中的 Age）"),
        (Exactly("Digit expected"), _ => "此处缺少数字"),
        (Exactly("Unterminated string literal"), _ => "文本缺少结尾的引号"),
        (Exactly(@"Unexpected end of string with unclosed string at position (?<p>\d+) near '(?<x>.*)'"), m => $"文本在第 {Column(m)} 个字符附近缺少结尾的引号"),
        (Exactly(@"Unexpected unrecognized escape sequence at position (?<p>\d+) near '(?<x>.*)'"), m => $"第 {Column(m)} 个字符附近的反斜杠转义无法识别"),
        (Exactly("Character literal must contain exactly one character"), _ => "单引号中只能有一个字符；文本请用双引号"),
        (Exactly(@"Invalid (integer|real|binary integer) literal '(?<x>.+)'"), m => $"“{m.Groups["x"].Value}”不是正确的数字"),
        (Exactly(@"Invalid integer literal qualifier '(?<x>.+)'"), m => $"数字后面的“{m.Groups["x"].Value}”无法识别"),
        (Exactly(@"Unknown identifier '(?<x>.+)'"), m => $"没有名为“{m.Groups["x"].Value}”的对象"),
        (Exactly(@"No property or field '(?<x>.+)' exists in type '(?<t>.+)'"), m => $"{TypeWord(m.Groups["t"].Value)}没有“{m.Groups["x"].Value}”"),
        (Exactly(@"No applicable method '(?<x>.+)' exists in type '(?<t>.+)'"), m => $"{TypeWord(m.Groups["t"].Value)}没有可用的方法“{m.Groups["x"].Value}”（或参数不对）"),
        (Exactly(@"Method '(?<x>.+)' on type '(?<t>.+)' is not accessible"), m => $"{TypeWord(m.Groups["t"].Value)}的方法“{m.Groups["x"].Value}”不允许使用"),
        (Exactly(@"Type '(?<t>.+)' not found"), m => $"没有类型“{m.Groups["t"].Value}”"),
        (Exactly(@"Operator '(?<o>.+)' incompatible with operand types '(?<a>.+)' and '(?<b>.+)'"), m => $"运算符“{m.Groups["o"].Value}”不能用于{TypeWord(m.Groups["a"].Value)}和{TypeWord(m.Groups["b"].Value)}"),
        (Exactly(@"Operator '(?<o>.+)' incompatible with operand type '(?<a>.+)'"), m => $"运算符“{m.Groups["o"].Value}”不能用于{TypeWord(m.Groups["a"].Value)}"),
        (Exactly(@"Types '(?<a>.+)' and '(?<b>.+)' are incompatible"), m => $"{TypeWord(m.Groups["a"].Value)}和{TypeWord(m.Groups["b"].Value)}不能放在一起比较或选择"),
        (Exactly(@"Expression of type '(?<t>.+)' expected"), m => $"此处应为{TypeWord(m.Groups["t"].Value)}"),
        (Exactly(@"The first expression must be of type 'Boolean'"), _ => "问号前面应为是/否条件"),
        (Exactly(@"A value of type '(?<a>.+)' cannot be converted to type '(?<b>.+)'"), m => $"{TypeWord(m.Groups["a"].Value)}不能转换为{TypeWord(m.Groups["b"].Value)}"),
        (Exactly(@"Array index must be an integer expression"), _ => "方括号中的序号应为整数"),
        (Exactly(@"Using the new operator is not allowed via the ParsingConfig"), _ => "规则集不允许新建对象（new）"),
        (Exactly(@"The binary operator (?<o>\w+) is not defined for the types '(?<a>.+)' and '(?<b>.+)'"), m => $"{OperatorWord(m.Groups["o"].Value)}不能用于{TypeWord(m.Groups["a"].Value)}和{TypeWord(m.Groups["b"].Value)}"),
        (Exactly(@"The unary operator (?<o>\w+) is not defined for the type '(?<a>.+)'"), m => $"{OperatorWord(m.Groups["o"].Value)}不能用于{TypeWord(m.Groups["a"].Value)}"),
        (Exactly(@"No coercion operator is defined between types '(?<a>.+)' and '(?<b>.+)'"), m => $"{TypeWord(m.Groups["a"].Value)}不能转换为{TypeWord(m.Groups["b"].Value)}"),
        (Exactly(@"Expression of type '(?<a>.+)' cannot be used for (parameter|return) type '(?<b>.+)'"), m => $"此处需要{TypeWord(m.Groups["b"].Value)}，填的是{TypeWord(m.Groups["a"].Value)}"),
        (Exactly(@"(?<x>.*) is not a valid value for (?<t>[\w.`]+)(\. \(Parameter '[^']*'\))?"), m => $"带引号的“{m.Groups["x"].Value}”是文本，不能当作{TypeWord(m.Groups["t"].Value)}"),
    ];

    private static readonly Dictionary<string, string> TypeWords = new(StringComparer.Ordinal)
    {
        ["Boolean"] = "是/否值",
        ["String"] = "文本",
        ["Char"] = "单个字符",
        ["Int32"] = "整数",
        ["Int64"] = "整数",
        ["Decimal"] = "数字",
        ["Double"] = "小数",
        ["LocalDate"] = "日期",
        ["DateTime"] = "日期时间",
        ["Object"] = "任意值",
    };

    private static readonly Dictionary<string, string> OperatorWords = new(StringComparer.Ordinal)
    {
        ["Add"] = "加法“+”",
        ["Subtract"] = "减法“-”",
        ["Multiply"] = "乘法“*”",
        ["Divide"] = "除法“/”",
        ["Modulo"] = "取余“%”",
        ["Equal"] = "比较“==”",
        ["NotEqual"] = "比较“!=”",
        ["GreaterThan"] = "比较“>”",
        ["GreaterThanOrEqual"] = "比较“>=”",
        ["LessThan"] = "比较“<”",
        ["LessThanOrEqual"] = "比较“<=”",
        ["AndAlso"] = "“&&”",
        ["OrElse"] = "“||”",
        ["And"] = "“&”",
        ["Or"] = "“|”",
        ["Not"] = "“!”",
        ["Negate"] = "负号“-”",
    };

    /// <summary>A parser's reason, in English as given (without a final full stop) and in Chinese.</summary>
    /// <param name="reason">The parser's English sentence.</param>
    /// <returns>The reason in both languages.</returns>
    public static BilingualText Translate(string reason)
    {
        var english = reason.Trim().TrimEnd('.');
        foreach (var (pattern, chinese) in Table)
        {
            Match match;
            try
            {
                match = pattern.Match(english);
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }

            if (match.Success)
            {
                return new BilingualText(english, chinese(match));
            }
        }

        return new BilingualText(english, "表达式的写法无法识别");
    }

    /// <summary>A type as the parser names it (<c>Decimal</c>, <c>System.String</c>, <c>Nullable`1</c>…) in words.</summary>
    private static string TypeWord(string type)
    {
        var name = type[(type.LastIndexOf('.') + 1)..].TrimEnd('?');
        return TypeWords.TryGetValue(name, out var word) ? word : $"类型 {name} 的值";
    }

    private static string OperatorWord(string name) => OperatorWords.TryGetValue(name, out var word) ? word : $"运算 {name}";

    /// <summary>A parser position (0-based) as a 1-based character count.</summary>
    private static int Column(Match match) => int.TryParse(match.Groups["p"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p + 1 : 1;

    private static Regex Exactly(string pattern) => new("^" + pattern + "$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
}
