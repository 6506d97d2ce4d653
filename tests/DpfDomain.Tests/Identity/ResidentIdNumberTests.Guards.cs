using DpfDomain.Identity;
using NodaTime;

namespace DpfDomain.Tests.Identity;

/// <summary>Birth-year limits, refused arguments, how a bad character is shown, hashing.</summary>
public sealed partial class ResidentIdNumberTests
{
    private static readonly DivisionCode Dongcheng = DivisionCode.Parse("110105");

    [Theory]
    [InlineData(1800, 1, 1)]
    [InlineData(2099, 12, 31)]
    public void CreateAndParse_FirstAndLastBirthYear_AreAccepted(int year, int month, int day)
    {
        var id = ResidentIdNumber.Create(Dongcheng, new LocalDate(year, month, day), 2);

        Assert.Equal(new LocalDate(year, month, day), ResidentIdNumber.Parse(id.ToUnmaskedString()).BirthDate);
    }

    [Theory]
    [InlineData(1799)]
    [InlineData(2100)]
    public void Create_BirthYearOutsideTheLimits_Throws(int year)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => ResidentIdNumber.Create(Dongcheng, new LocalDate(year, 6, 1), 2));

        Assert.Equal("birthDate", exception.ParamName);
    }

    [Theory]
    [InlineData("11010517991231002")]
    [InlineData("11010521000101002")]
    public void TryParse_BirthYearOutsideTheLimits_IsABirthDateProblem(string body)
    {
        var result = ResidentIdNumber.TryParse(body + ResidentIdNumber.ComputeCheckCharacter(body));

        Assert.Equal(ParseErrorKind.BirthDate, result.Error!.Kind);
    }

    [Fact]
    public void Create_UninitialisedDivisionOrNegativeSequence_Throws()
    {
        Assert.Equal("division", Assert.Throws<ArgumentException>(() => ResidentIdNumber.Create(default, new LocalDate(1980, 1, 1), 2)).ParamName);
        Assert.Equal("sequenceCode", Assert.Throws<ArgumentOutOfRangeException>(() => ResidentIdNumber.Create(Dongcheng, new LocalDate(1980, 1, 1), -1)).ParamName);
    }

    [Theory]
    [InlineData("1101051949\t231002X", "Character 11 is U+0009; only a digit 0–9 is allowed there.", "第11位字符U+0009无效，此处只能是数字0–9。")]
    [InlineData("1101051949 231002X", "Character 11 is U+0020; only a digit 0–9 is allowed there.", "第11位字符U+0020无效，此处只能是数字0–9。")]
    [InlineData("1101051949A231002X", "Character 11 is 'A'; only a digit 0–9 is allowed there.", "第11位字符“A”无效，此处只能是数字0–9。")]
    public void TryParse_BadCharacter_ShowsInvisibleOnesByCodePoint(string text, string message, string messageZh)
    {
        var error = ResidentIdNumber.TryParse(text).Error!;

        Assert.Equal(message, error.Message);
        Assert.Equal(messageZh, error.MessageZh);
    }

    [Fact]
    public void GetHashCode_DefaultIsZeroAndDifferentNumbersDiffer()
    {
        var a = ResidentIdNumber.Parse("11010519491231002X");
        var b = ResidentIdNumber.Parse("440524188001010014");

        Assert.Equal(0, default(ResidentIdNumber).GetHashCode());
        Assert.NotEqual(a.GetHashCode(), b.GetHashCode());
        Assert.True(default(ResidentIdNumber) == default(ResidentIdNumber));
    }
}
