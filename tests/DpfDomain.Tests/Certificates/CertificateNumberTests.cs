using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;

namespace DpfDomain.Tests.Certificates;

public sealed partial class CertificateNumberTests
{
    private static readonly ResidentIdNumber Holder = ResidentIdNumber.Parse("11010519491231002X");

    [DomainProperty]
    public void Parse_AnyNumber_RoundTrips(CertificateNumber number)
    {
        var text = number.ToUnmaskedString();
        var parsed = CertificateNumber.Parse(text);

        Assert.Equal(number, parsed);
        Assert.Equal(text, parsed.ToUnmaskedString());
        Assert.Equal(number.ReissueCount == 0 ? 20 : 21 + number.ReissueCount.ToString(System.Globalization.CultureInfo.InvariantCulture).Length, text.Length);
    }

    [DomainProperty]
    public void For_AnyProfile_IsConsistentWithItAndCodesMultipleAsSeven(ResidentIdNumber holder, DisabilityProfile profile)
    {
        var number = CertificateNumber.For(holder, profile);
        var text = number.ToUnmaskedString();

        Assert.True(number.IsConsistentWith(profile));
        Assert.Equal(profile.IsMultiple, text[18] == '7');
        Assert.Equal(profile.Grade.Level, text[19] - '0');
    }

    [DomainProperty]
    public void ToString_AnyNumber_MasksTheHolder(CertificateNumber number)
    {
        var shown = number.ToString();

        Assert.DoesNotContain(number.Holder.ToUnmaskedString(), shown, StringComparison.Ordinal);
        Assert.StartsWith(number.Holder.Masked, shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OriginalCertificate_DecodesHolderCategoryAndGrade()
    {
        var number = CertificateNumber.Parse("11010519491231002X62");

        Assert.Equal(Holder, number.Holder);
        Assert.Equal(DisabilityCategory.Mental, number.Category);
        Assert.Equal(DisabilityGrade.Two, number.Grade);
        Assert.Equal(0, number.ReissueCount);
        Assert.Equal("110105********002X62", number.ToString());
    }

    [Theory]
    [InlineData("11010519491231002X62B1", 1)]
    [InlineData("11010519491231002X62B2", 2)]
    [InlineData("11010519491231002x62b10", 10)]
    [InlineData("11010519491231002X62B2147483647", int.MaxValue)]
    public void Parse_ReissueSuffix_GivesTheReissueCount(string text, int count)
    {
        var number = CertificateNumber.Parse(text);

        Assert.Equal(count, number.ReissueCount);
        Assert.EndsWith($"B{count}", number.ToUnmaskedString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("11010519491231002X6", ParseErrorKind.Length, null)]
    [InlineData("11010519491231002162", ParseErrorKind.CheckCharacter, 18)]
    [InlineData("11010519491231002X82", ParseErrorKind.Category, 19)]
    [InlineData("11010519491231002X02", ParseErrorKind.Category, 19)]
    [InlineData("11010519491231002X65", ParseErrorKind.Grade, 20)]
    [InlineData("11010519491231002X60", ParseErrorKind.Grade, 20)]
    [InlineData("11010519491231002XA2", ParseErrorKind.Character, 19)]
    [InlineData("11010519491231002X62B", ParseErrorKind.ReissueSuffix, 21)]
    [InlineData("11010519491231002X62B0", ParseErrorKind.ReissueSuffix, 21)]
    [InlineData("11010519491231002X62B01", ParseErrorKind.ReissueSuffix, 21)]
    [InlineData("11010519491231002X62C1", ParseErrorKind.ReissueSuffix, 21)]
    [InlineData("11010519491231002X62B1 ", ParseErrorKind.ReissueSuffix, 21)]
    [InlineData("11010519491231002X62B2147483648", ParseErrorKind.ReissueSuffix, 22)]
    public void TryParse_Invalid_SaysWhy(string text, ParseErrorKind kind, int? position)
    {
        var result = CertificateNumber.TryParse(text);

        Assert.False(result.Success);
        Assert.Equal(kind, result.Error.Kind);
        Assert.Equal(position, result.Error.Position);
        Assert.DoesNotContain("11010519491231002X", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("11010519491231002X62B2147483648", 10)]
    [InlineData("11010519491231002X62B99999999999999999999", 20)]
    public void TryParse_AReissueCountPastTheLimit_NamesTheLimit_NotTheFormat(string text, int digits)
    {
        var result = CertificateNumber.TryParse(text);

        Assert.False(result.Success);
        Assert.Equal(ParseErrorKind.ReissueSuffix, result.Error.Kind);
        Assert.Contains($"{digits} digits", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 2,147,483,647 reissues", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("2,147,483,647次补办", result.Error.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("without leading zeros", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsConsistentWith_MultipleProfile_RequiresCodeSevenAndWorstGrade()
    {
        var profile = DisabilityProfile.Multiple(
            new Disability(DisabilityCategory.Visual, DisabilityGrade.Three),
            new Disability(DisabilityCategory.Hearing, DisabilityGrade.Two));

        Assert.True(CertificateNumber.Parse("11010519491231002X72").IsConsistentWith(profile));
        Assert.False(CertificateNumber.Parse("11010519491231002X73").IsConsistentWith(profile));
        Assert.False(CertificateNumber.Parse("11010519491231002X12").IsConsistentWith(profile));
        Assert.False(CertificateNumber.Parse("11010519491231002X72").IsConsistentWith(DisabilityProfile.Of(DisabilityCategory.Hearing, 2)));
    }

    [Fact]
    public void NextReissue_CountsUp()
    {
        var number = CertificateNumber.Parse("11010519491231002X62").NextReissue().NextReissue();

        Assert.Equal("11010519491231002X62B2", number.ToUnmaskedString());
    }

    [Fact]
    public void Default_IsNotANumber()
    {
        Assert.Throws<InvalidOperationException>(() => default(CertificateNumber).Holder);
        Assert.Equal("(uninitialised certificate number)", default(CertificateNumber).ToString());
    }
}
