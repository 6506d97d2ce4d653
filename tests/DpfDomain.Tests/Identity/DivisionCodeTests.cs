using DpfDomain.Identity;

namespace DpfDomain.Tests.Identity;

public sealed class DivisionCodeTests
{
    [Fact]
    public void Parse_CountyCode_DecodesProvince()
    {
        var code = DivisionCode.Parse("340123");

        Assert.Equal(34, code.ProvinceCode);
        Assert.Equal("安徽省", code.ProvinceName);
        Assert.True(code.IsCountyLevel);
        Assert.Equal("340123", code.ToString());
    }

    [Theory]
    [InlineData("340100", false)]
    [InlineData("340101", true)]
    public void IsCountyLevel_DependsOnTheLastTwoDigits(string text, bool expected)
    {
        Assert.Equal(expected, DivisionCode.Parse(text).IsCountyLevel);
    }

    [Theory]
    [InlineData("", ParseErrorKind.Empty)]
    [InlineData("34012", ParseErrorKind.Length)]
    [InlineData("34012a", ParseErrorKind.Character)]
    [InlineData("990123", ParseErrorKind.Province)]
    public void TryParse_Invalid_SaysWhy(string text, ParseErrorKind kind)
    {
        var result = DivisionCode.TryParse(text);

        Assert.False(result.Success);
        Assert.Equal(kind, result.Error.Kind);
    }

    [Fact]
    public void Provinces_ListTheThirtyFourProvinceLevelCodes()
    {
        int[] expected = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82];

        Assert.Equal(expected, Provinces.Codes);
        Assert.All(Enumerable.Range(0, 100).Where(c => !expected.Contains(c)), c => Assert.False(Provinces.IsValid(c)));
    }
}

/// <summary>Values, equality and the uninitialised default of division codes.</summary>
public sealed class DivisionCodeValueTests
{
    [Fact]
    public void Equality_SameDigits_IsEqual()
    {
        var code = DivisionCode.Parse("340123");

        Assert.True(code == DivisionCode.Parse("340123"));
        Assert.False(code != DivisionCode.Parse("340123"));
        Assert.True(code != DivisionCode.Parse("340124"));
        Assert.Equal(code.GetHashCode(), DivisionCode.Parse("340123").GetHashCode());
        Assert.False(code.Equals((object)"340123"));
    }

    [Fact]
    public void Default_IsNotACode()
    {
        var code = default(DivisionCode);

        Assert.False(code.IsInitialised);
        Assert.Throws<InvalidOperationException>(() => code.Code);
        Assert.Throws<InvalidOperationException>(() => code.Value);
        Assert.Equal("(uninitialised division code)", code.ToString());
    }

    [Fact]
    public void TryParse_LetterOrUnknownProvince_NamesThePositionAndTheProvince()
    {
        var letter = DivisionCode.TryParse("34012a");
        var province = DivisionCode.TryParse("990123");
        var whiteSpace = DivisionCode.TryParse("   ");

        Assert.Equal(6, letter.Error!.Position);
        Assert.StartsWith("The province code (characters 1–2) is 99,", province.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(ParseErrorKind.Empty, whiteSpace.Error!.Kind);
    }
}
