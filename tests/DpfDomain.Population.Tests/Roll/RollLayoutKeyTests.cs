using DpfDomain.People;
using DpfDomain.Population.Roll;

namespace DpfDomain.Population.Tests.Roll;

public sealed class RollLayoutKeyTests
{
    /// <summary>The comparison form as first written: every character through the invariant culture's lower case.</summary>
    private static string Reference(string text)
    {
        var chars = new List<char>();
        foreach (var c in text)
        {
            var half = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (!char.IsWhiteSpace(half) && half != '_' && half != '\u3000')
            {
                chars.Add(char.ToLowerInvariant(half));
            }
        }

        return new string([.. chars]);
    }

    [Fact]
    public void EveryCharacter_IsComparedAsTheCultureTablesWouldCompareIt()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = ((char)c).ToString();
            Assert.Equal(Reference(text), RollLayout.Key(text));
            Assert.Equal(Reference("A" + text + "农"), RollLayout.Key("A" + text + "农"));
        }
    }

    [Theory]
    [InlineData("非农业")]
    [InlineData("农业")]
    [InlineData("精神二级")]
    [InlineData("340123")]
    public void TextAlreadyInKeyForm_IsReturnedAsItIs(string text) => Assert.Same(text, RollLayout.Key(text));

    [Theory]
    [InlineData("农业", "Rural")]
    [InlineData("非农业", "Urban")]
    [InlineData("ＵＲＢＡＮ", "Urban")]
    [InlineData("1", "Rural")]
    [InlineData("城镇", "Urban")]
    [InlineData("农 业", "Rural")]
    [InlineData("xx", null)]
    public void HukouWords_AreRead(string text, string? expected) =>
        Assert.Equal(expected is null ? null : Enum.Parse<HukouType>(expected), RollLayout.HukouFor(text));
}
