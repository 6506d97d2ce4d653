using System.Globalization;
using System.Linq.Expressions;
using DpfDomain.Rules.Compilation;
using static DpfDomain.Rules.Tests.Support.SandboxTrees;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// The sandbox's check of a number's <c>ToString(format)</c>: a short literal, a precision of at
/// most two digits up to <see cref="SandboxLimits.MaxFormatPrecision"/>, and a standard letter the
/// number's type accepts — checked on hand-built calls, for each letter and each number type.
/// </summary>
public sealed class SandboxFormatTests
{
    /// <summary>The number types, each with the standard letters the sandbox accepts for it.</summary>
    public static TheoryData<Type, string> Letters => new()
    {
        { typeof(int), "BCDEFGNPX" },
        { typeof(long), "BCDEFGNPX" },
        { typeof(short), "BCDEFGNPX" },
        { typeof(byte), "BCDEFGNPX" },
        { typeof(decimal), "CEFGNP" },
        { typeof(double), "CEFGNPR" },
        { typeof(float), "CEFGNPR" },
    };

    [Theory]
    [MemberData(nameof(Letters))]
    public void EachStandardLetter_IsAcceptedExactlyForTheTypesThatFormatWithIt(Type number, string accepted)
    {
        foreach (var letter in Enumerable.Range('A', 26).Select(c => (char)c))
        {
            foreach (var format in new[] { $"{letter}", $"{letter}2", $"{char.ToLowerInvariant(letter)}", $"{char.ToLowerInvariant(letter)}28" })
            {
                var refused = FormatViolations(number, format).Count > 0;

                Assert.True(refused != accepted.Contains(letter, StringComparison.Ordinal), $"{number.Name} \"{format}\" was {(refused ? "refused" : "accepted")}.");
                if (!refused)
                {
                    // Never accepted when .NET would throw on evaluation.
                    _ = ((IFormattable)Convert.ChangeType(7, number, CultureInfo.InvariantCulture)).ToString(format, CultureInfo.InvariantCulture);
                }
            }
        }
    }

    [Theory]
    [InlineData("D28", true)]
    [InlineData("D29", false)]
    [InlineData("D99", false)]
    [InlineData("D0", true)]
    [InlineData("D00", true)]
    [InlineData("D001", false)]
    [InlineData("D100", false)]
    [InlineData("D999999999", false)]
    [InlineData("D99999999999999", false)]
    [InlineData("D60000", false)]
    [InlineData("N2", true)]
    [InlineData("D", true)]
    [InlineData("0.00", true)]
    [InlineData("0000", true)]
    [InlineData("#,##0.00;(#,##0.00)", false)]
    [InlineData("0000000000000000", true)]
    [InlineData("00000000000000000", false)]
    [InlineData("D000000000000001", false)]
    [InlineData("E+0", true)]
    [InlineData("D99x", true)]
    [InlineData("x9y", true)]
    [InlineData("", false)]
    public void APrecisionOrLength_BeyondTheLimits_IsRefused(string format, bool allowed)
    {
        var violations = FormatViolations(typeof(int), format);

        if (allowed)
        {
            Assert.Empty(violations);
        }
        else
        {
            var violation = Assert.Single(violations);
            var echo = format.Count(char.IsAsciiDigit) >= 15 ? format[..6] + new string('*', format.Length - 10) + format[^4..] : format;
            Assert.StartsWith($"The number format \"{echo}\" is not allowed", violation.Message, StringComparison.Ordinal);
            Assert.StartsWith($"数字格式“{echo}”不允许", violation.MessageZh, StringComparison.Ordinal);
            Assert.True(violation.TooLarge);
        }
    }

    [Fact]
    public void AFormatThatIsNotALiteral_IsRefused()
    {
        var call = Instance(Int(5), nameof(int.ToString), Instance(Text("D2"), nameof(string.Trim)));

        var violation = Assert.Single(Check(call));

        Assert.Equal(
            "The number format \"(not a literal)\" is not allowed: a format must be written as text in quotes, at most 16 characters, with a precision of at most 28 and a letter the number accepts.",
            violation.Message);
        Assert.Equal("数字格式“(not a literal)”不允许：格式必须是带引号的文本，最多 16 个字符，精度不超过 28，且格式字母适用于该数字类型。", violation.MessageZh);
        Assert.Equal("Write e.g. ToString(\"F2\") (two decimals), ToString(\"D6\") (six digits) or ToString(\"0.00\").", violation.Hint);
        Assert.Equal("例如写 ToString(\"F2\")（两位小数）、ToString(\"D6\")（六位数字）或 ToString(\"0.00\")。", violation.HintZh);
    }

    [Fact]
    public void AFormatEchoedInTheMessage_IsMaskedAndShowsInvisibleCharacters()
    {
        // 17 characters, 16 of them digits: too long, and shaped like an identity number.
        var violation = Assert.Single(FormatViolations(typeof(long), "0\u202e" + new string('0', 15)));

        Assert.Contains("\\u202E", violation.Message, StringComparison.Ordinal);
        Assert.Contains("*******", violation.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202e", violation.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202e", violation.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyANumbersToStringWithOneTextArgument_IsCheckedAsAFormat()
    {
        // string.ToString() and Convert.ToString(text) take no format; a number's ToString(IFormatProvider) is refused for its culture, not as a format.
        Assert.Empty(Check(ObjectMethod(Text("D99"), nameof(ToString))));
        Assert.Empty(Check(Static(typeof(Convert), nameof(Convert.ToString), Text("D99"))));
        var withCulture = Assert.Single(Check(Instance(Int(5), nameof(int.ToString), Expression.Constant(null, typeof(IFormatProvider)))));
        Assert.Contains("Int32.ToString", withCulture.Message, StringComparison.Ordinal);
        Assert.Contains("language settings", withCulture.Message, StringComparison.Ordinal);
        Assert.Single(Check(Instance(Int(5), nameof(int.ToString), Text("D99"), Expression.Constant(null, typeof(IFormatProvider)))));
    }

    private static IReadOnlyList<SandboxViolation> FormatViolations(Type number, string format) =>
        Check(Instance(Expression.Constant(Convert.ChangeType(7, number, CultureInfo.InvariantCulture), number), nameof(ToString), Text(format)));
}
