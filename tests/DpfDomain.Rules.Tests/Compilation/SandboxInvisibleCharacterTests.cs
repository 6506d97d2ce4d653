using DpfDomain.Rules.Compilation;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// Characters that do not show as themselves — direction overrides, zero-width marks, control
/// characters, line separators, tags, broken surrogates — are refused anywhere in an expression's
/// text, literals included, before it is parsed: a rule must read as it works ("Trojan source").
/// Tabs, line breaks and every visible character, in any script, are accepted.
/// </summary>
public sealed class SandboxInvisibleCharacterTests
{
    [Theory]
    [InlineData("\u202e", "U+202E")]
    [InlineData("\u2066", "U+2066")]
    [InlineData("\u200b", "U+200B")]
    [InlineData("\u200d", "U+200D")]
    [InlineData("\u200e", "U+200E")]
    [InlineData("\ufeff", "U+FEFF")]
    [InlineData("\u0000", "U+0000")]
    [InlineData("\u0007", "U+0007")]
    [InlineData("\u007f", "U+007F")]
    [InlineData("\u0085", "U+0085")]
    [InlineData("\u2028", "U+2028")]
    [InlineData("\u2029", "U+2029")]
    [InlineData("\U000e0041", "U+E0041")]
    public void AnInvisibleCharacter_IsRefused_InsideOrOutsideALiteral(string character, string code)
    {
        foreach (var (text, position) in new[] { ($"ab{character}c", 3), ($"\"{character}\"", 2), ($"'x{character}'", 3) })
        {
            var violation = Assert.Single(ExpressionSandbox.CheckText(text));

            Assert.Equal($"The expression has an invisible character, {code}, at character {position}: direction overrides, zero-width marks and control characters make a rule read differently from what it does.", violation.Message);
            Assert.Equal($"表达式第 {position} 个字符是不可见字符 {code}：方向控制符、零宽字符和控制字符会使规则看起来与实际执行的不同。", violation.MessageZh);
            Assert.Equal("Delete it; if it cannot be found, retype the expression.", violation.Hint);
            Assert.Equal("请删除该字符；如找不到，请重新输入表达式。", violation.HintZh);
            Assert.False(violation.TooLarge);
        }
    }

    [Fact]
    public void HalfASurrogatePair_IsRefused()
    {
        // Built here, not as theory data: a broken pair does not survive the test runner's serialisation of arguments.
        foreach (var (text, code, position) in new[]
                 {
                     ("a" + '\ud800' + "b", "U+D800", 2),
                     ("a" + '\udc00' + "b", "U+DC00", 2),
                     ("ab" + '\ud83d', "U+D83D", 3),
                     ("a" + '\ude00' + '\ud83d', "U+DE00", 2),
                 })
        {
            Assert.Contains($"{code}, at character {position}:", Assert.Single(ExpressionSandbox.CheckText(text)).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Person.Age > 1\t&&\r\nPerson.Dibao")]
    [InlineData("Person.SchoolStage == \"小学\"")]
    [InlineData("Person.SchoolStage == \"\U0001F600\"")]
    [InlineData("Person.SchoolStage == \"\U0001F600\U0001F600\"")]
    [InlineData("Person.Age\u00a0> 1\u3000&& true")]
    [InlineData("Person.SchoolStage == \"Prim\u0430ry\"")]
    public void VisibleCharacters_TabsAndLineBreaks_AreAccepted(string text)
    {
        Assert.Empty(ExpressionSandbox.CheckText(text));
    }

    [Fact]
    public void ThePosition_CountsCharactersAsWritten_AndTheFirstInvisibleCharacterIsReported()
    {
        var violation = Assert.Single(ExpressionSandbox.CheckText("\"\U0001F600\u200b\u202e\""));

        Assert.Contains("U+200B, at character 4", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLengthLimit_IsCheckedFirst_ThenInvisibleCharacters_ThenBrackets()
    {
        var tooLong = new string('(', SandboxLimits.MaxExpressionLength) + "\u202e";
        var deepAndInvisible = new string('(', 100) + "\u202e";

        Assert.StartsWith("The expression is 2001 characters long", Assert.Single(ExpressionSandbox.CheckText(tooLong)).Message, StringComparison.Ordinal);
        Assert.Contains("U+202E", Assert.Single(ExpressionSandbox.CheckText(deepAndInvisible)).Message, StringComparison.Ordinal);
    }
}
