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

    [Theory]
    [InlineData(11, "北京市")]
    [InlineData(12, "天津市")]
    [InlineData(13, "河北省")]
    [InlineData(14, "山西省")]
    [InlineData(15, "内蒙古自治区")]
    [InlineData(21, "辽宁省")]
    [InlineData(22, "吉林省")]
    [InlineData(23, "黑龙江省")]
    [InlineData(31, "上海市")]
    [InlineData(32, "江苏省")]
    [InlineData(33, "浙江省")]
    [InlineData(34, "安徽省")]
    [InlineData(35, "福建省")]
    [InlineData(36, "江西省")]
    [InlineData(37, "山东省")]
    [InlineData(41, "河南省")]
    [InlineData(42, "湖北省")]
    [InlineData(43, "湖南省")]
    [InlineData(44, "广东省")]
    [InlineData(45, "广西壮族自治区")]
    [InlineData(46, "海南省")]
    [InlineData(50, "重庆市")]
    [InlineData(51, "四川省")]
    [InlineData(52, "贵州省")]
    [InlineData(53, "云南省")]
    [InlineData(54, "西藏自治区")]
    [InlineData(61, "陕西省")]
    [InlineData(62, "甘肃省")]
    [InlineData(63, "青海省")]
    [InlineData(64, "宁夏回族自治区")]
    [InlineData(65, "新疆维吾尔自治区")]
    [InlineData(71, "台湾省")]
    [InlineData(81, "香港特别行政区")]
    [InlineData(82, "澳门特别行政区")]
    public void Provinces_EachCode_HasItsGbT2260Name(int code, string name)
    {
        Assert.Equal(name, Provinces.ChineseName(code));
        Assert.Equal(name, DivisionCode.Parse($"{code}0101").ProvinceName);
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
