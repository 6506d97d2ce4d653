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
