using System.Collections.Generic;
using System.Linq;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// Characters a Chinese input method types in place of the half-width ones JSON and rule
/// expressions need: full-width punctuation, digits, letters and space, Chinese quotation marks
/// and brackets, and mathematical signs (≥ ≤ ≠ × ÷). For each, what it is called and what to type.
/// </summary>
internal static class FullWidth
{
    /// <summary>One look-alike: its name, what to type in JSON (null when JSON has no use for it) and in an expression.</summary>
    /// <param name="Name">What the character is called.</param>
    /// <param name="Json">What to type in JSON, or null.</param>
    /// <param name="Expression">What to type in a rule expression.</param>
    /// <param name="Mathematical">Whether it is a mathematical sign rather than a full-width character.</param>
    internal sealed record LookAlike(BilingualText Name, string? Json, string Expression, bool Mathematical = false);

    /// <summary>The look-alike for a code point, or null when it is none.</summary>
    /// <param name="code">The code point.</param>
    /// <returns>Its name and replacements.</returns>
    public static LookAlike? Of(int code) => code switch
    {
        0xFF0C => Same(code, "comma", "逗号"),
        0x3001 => new(new("enumeration comma", "顿号"), ",", ","),
        0xFF1A => Same(code, "colon", "冒号"),
        0xFF1B => new(new("semicolon", "分号"), ",", ";"),
        0x201C => new(new("left double quotation mark", "中文左双引号"), "\"", "\""),
        0x201D => new(new("right double quotation mark", "中文右双引号"), "\"", "\""),
        0x2018 => new(new("left single quotation mark", "中文左单引号"), "\"", "\""),
        0x2019 => new(new("right single quotation mark", "中文右单引号"), "\"", "\""),
        0xFF02 => Same(code, "double quotation mark", "双引号"),
        0xFF07 => new(new("apostrophe", "单引号"), "\"", "\""),
        0xFF5B or 0xFF5D => Same(code, "brace", "大括号"),
        0xFF3B or 0xFF3D => Same(code, "square bracket", "方括号"),
        0x3010 => new(new("lenticular bracket", "方头括号"), "[", "["),
        0x3011 => new(new("lenticular bracket", "方头括号"), "]", "]"),
        0xFF08 or 0xFF09 => Same(code, "parenthesis", "圆括号"),
        >= 0xFF10 and <= 0xFF19 => Same(code, "digit", "数字"),
        0x3000 => new(new("ideographic space", "全角空格"), " ", " "),
        0x3002 => new(new("Chinese full stop", "句号"), ".", "."),
        0xFF0E => Same(code, "full stop", "点"),
        0xFF0B => Same(code, "plus sign", "加号"),
        0xFF0D => Same(code, "minus sign", "减号"),
        0xFF0A => Same(code, "asterisk", "星号"),
        0xFF0F => Same(code, "slash", "斜杠"),
        0xFF1C => Same(code, "less-than sign", "小于号"),
        0xFF1E => Same(code, "greater-than sign", "大于号"),
        0xFF1D => Same(code, "equals sign", "等号"),
        0xFF01 => Same(code, "exclamation mark", "感叹号"),
        0xFF06 => Same(code, "ampersand", "“与”符号"),
        0xFF5C => Same(code, "vertical bar", "竖线"),
        0xFF05 => Same(code, "percent sign", "百分号"),
        0xFF3F => Same(code, "underscore", "下划线"),
        0xFF1F => Same(code, "question mark", "问号"),
        (>= 0xFF21 and <= 0xFF3A) or (>= 0xFF41 and <= 0xFF5A) => Same(code, "letter", "字母"),
        >= 0xFF01 and <= 0xFF5E => Same(code, "character", "字符"),
        0x2265 or 0x2267 => Math("greater-than-or-equal sign", "大于等于号", ">="),
        0x2264 or 0x2266 => Math("less-than-or-equal sign", "小于等于号", "<="),
        0x2260 => Math("not-equal sign", "不等号", "!="),
        0x00D7 => Math("multiplication sign", "乘号", "*"),
        0x00F7 => Math("division sign", "除号", "/"),
        0x2212 => Math("minus sign", "减号", "-"),
        _ => null,
    };

    /// <summary>The names of several look-alikes typed together: "full-width exclamation mark and full-width equals sign".</summary>
    /// <param name="names">The names, at least one.</param>
    /// <returns>The names joined.</returns>
    public static BilingualText Joined(IReadOnlyList<BilingualText> names) =>
        names.Count == 1 ? names[0] : new(string.Join(" and ", names.Select(n => n.English)), string.Join("和", names.Select(n => n.Chinese)));

    private static LookAlike Same(int code, string english, string chinese)
    {
        var ascii = ((char)(code - 0xFEE0)).ToString();
        return new(new($"full-width {english}", $"全角{chinese}"), ascii, ascii);
    }

    private static LookAlike Math(string english, string chinese, string ascii) => new(new($"mathematical {english}", $"数学符号{chinese}"), null, ascii, Mathematical: true);
}
