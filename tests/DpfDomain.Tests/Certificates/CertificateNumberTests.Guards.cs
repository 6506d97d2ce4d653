using DpfDomain.Certificates;
using DpfDomain.Disabilities;

namespace DpfDomain.Tests.Certificates;

/// <summary>Arguments refused by the number's factory and members, and the uninitialised default.</summary>
public sealed partial class CertificateNumberTests
{
    private static readonly DisabilityProfile MentalTwo = DisabilityProfile.Of(DisabilityCategory.Mental, 2);

    [Fact]
    public void For_UninitialisedHolderNullProfileOrNegativeCount_Throws()
    {
        var holder = Assert.Throws<ArgumentException>(() => CertificateNumber.For(default, MentalTwo));
        var profile = Assert.Throws<ArgumentNullException>(() => CertificateNumber.For(Holder, null!));
        var count = Assert.Throws<ArgumentOutOfRangeException>(() => CertificateNumber.For(Holder, MentalTwo, -1));

        Assert.Equal("holder", holder.ParamName);
        Assert.Equal("profile", profile.ParamName);
        Assert.Equal("reissueCount", count.ParamName);
        Assert.Equal(0, CertificateNumber.For(Holder, MentalTwo, 0).ReissueCount);
    }

    [Fact]
    public void IsConsistentWith_NullProfile_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CertificateNumber.Parse("11010519491231002X62").IsConsistentWith(null!));
    }

    [Fact]
    public void NextReissue_AtTheLargestCount_ThrowsOverflow()
    {
        var last = CertificateNumber.Parse("11010519491231002X62B2147483647");

        Assert.Throws<OverflowException>(() => last.NextReissue());
    }

    [Fact]
    public void Default_EveryPartThrows()
    {
        var number = default(CertificateNumber);

        Assert.Throws<InvalidOperationException>(() => number.Category);
        Assert.Throws<InvalidOperationException>(() => number.Grade);
        Assert.Throws<InvalidOperationException>(() => number.ReissueCount);
        Assert.Throws<InvalidOperationException>(() => number.ToUnmaskedString());
        Assert.Throws<InvalidOperationException>(() => number.NextReissue());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TryParse_Empty_SaysItIsEmpty(string? text)
    {
        var result = CertificateNumber.TryParse(text);

        Assert.False(result.Success);
        Assert.Equal(ParseErrorKind.Empty, result.Error.Kind);
        Assert.Null(result.Error.Position);
    }

    [Fact]
    public void TryParse_LetterAsGrade_NamesCharacter20()
    {
        var result = CertificateNumber.TryParse("11010519491231002X6A");

        Assert.False(result.Success);
        Assert.Equal(ParseErrorKind.Character, result.Error.Kind);
        Assert.Equal(20, result.Error.Position);
    }

    [Fact]
    public void Parse_LengthTooShort_SaysHowManyCharactersItHas()
    {
        var result = CertificateNumber.TryParse("11010519491231002X6");

        Assert.Equal(
            "A certificate number has 20 characters (identity number, category, grade), optionally followed by B1, B2, …; this one has 19.",
            result.Error!.Message);
        Assert.Equal("残疾人证号应为20位（身份证号码、类别、等级），补办证后加B1、B2等；实际为19位。", result.Error.MessageZh);
    }
}
