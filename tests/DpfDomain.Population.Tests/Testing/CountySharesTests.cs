using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.People;
using DpfDomain.Testing;

namespace DpfDomain.Population.Tests.Testing;

/// <summary>The shares a generated county is documented to have, on 20,000 people (about 14,000 holders): each within a few points.</summary>
public sealed class CountySharesTests
{
    private static readonly Lazy<List<Household>> County = new(() =>
        [.. new CountyRollGenerator(new CountyRollOptions { People = 20_000, Seed = 2019 }).Households().Select(h => h.Household)]);

    private static readonly NodaTime.LocalDate AsOf = CountyRollOptions.DefaultAsOf;

    private static List<Person> People => [.. County.Value.SelectMany(h => h.Members)];

    private static List<DisabilityCertificate> Certificates => [.. People.Where(p => p.Certificate is not null).Select(p => p.Certificate!)];

    [Fact]
    public void PeoplePerHousehold_IsAbout1Point6() =>
        Assert.InRange(20_000.0 / County.Value.Count, 1.5, 1.7);

    [Theory]
    [InlineData(DisabilityCategory.Physical, 35)]
    [InlineData(DisabilityCategory.Hearing, 20)]
    [InlineData(DisabilityCategory.Visual, 14)]
    [InlineData(DisabilityCategory.Mental, 10)]
    [InlineData(DisabilityCategory.Intellectual, 9)]
    [InlineData(DisabilityCategory.Speech, 2)]
    [InlineData(DisabilityCategory.Multiple, 10)]
    public void HoldersByCategory(DisabilityCategory category, double percent) =>
        AssertShare(Certificates.Count(c => c.Profile.Category == category), Certificates.Count, percent, 2);

    [Theory]
    [InlineData(1, 12)]
    [InlineData(2, 23)]
    [InlineData(3, 30)]
    [InlineData(4, 35)]
    public void HoldersByGrade(int grade, double percent) =>
        AssertShare(Certificates.Count(c => c.Profile.Grade.Level == grade), Certificates.Count, percent, 2);

    [Fact]
    public void MultipleDisabilities_HaveTwoOrThreeComponents_AndTheNumbersGradeIsTheMostSevere()
    {
        var multiple = Certificates.Where(c => c.Profile.IsMultiple).ToList();

        Assert.All(multiple, c => Assert.InRange(c.Profile.Components.Count, 2, 3));
        Assert.All(multiple, c => Assert.Equal(c.Profile.Components.Min(d => d.Grade), c.Number.Grade));
        Assert.Contains(multiple, c => c.Profile.Components.Count == 3);
    }

    [Fact]
    public void Certificates_AboutFivePercentExpiredTwoPercentRevoked()
    {
        AssertShare(Certificates.Count(c => c.StatusOn(AsOf) == CertificateStatus.Expired), Certificates.Count, 5, 1.5);
        AssertShare(Certificates.Count(c => c.StatusOn(AsOf) == CertificateStatus.Revoked), Certificates.Count, 2, 1);
        Assert.All(Certificates.Where(c => c.StatusOn(AsOf) == CertificateStatus.Expired), c => Assert.True(c.ValidFrom <= AsOf.PlusYears(-10)));
    }

    [Fact]
    public void Households_RuralAndPoverty()
    {
        var households = County.Value;

        AssertShare(households.Count(h => h.Registration.IsRural), households.Count, 65, 3);
        AssertShare(households.Count(h => h.HasPovertyStatusOn(PovertyStatus.MinimumLivingAllowance, AsOf)), households.Count, 12, 2);
        AssertShare(households.Count(h => h.HasPovertyStatusOn(PovertyStatus.MarginalMinimumLivingAllowance, AsOf)), households.Count, 3, 1.2);
        AssertShare(households.Count(h => h.IsRegisteredPoorOn(AsOf)), households.Count, 10, 2);
        Assert.True(households.Where(h => h.IsRegisteredPoorOn(AsOf)).Count(h => h.Registration.IsRural) > 0.8 * households.Count(h => h.IsRegisteredPoorOn(AsOf)));
    }

    [Fact]
    public void People_AboutTwoPercentInExtremeHardshipSupport() =>
        AssertShare(People.Count(p => p.HasSupportOn(SupportStatus.ExtremeHardshipSupport, AsOf)), People.Count, 2, 0.8);

    [Fact]
    public void Holders_AgedZeroToNinetyFive_MostOverFortyFive()
    {
        var ages = People.Where(p => p.Certificate is not null).Select(p => p.AgeOn(AsOf)).ToList();

        Assert.InRange(ages.Min(), 0, 1);
        Assert.InRange(ages.Max(), 94, 96);
        AssertShare(ages.Count(a => a >= 45), ages.Count, 72, 5);
        AssertShare(ages.Count(a => a < 18), ages.Count, 7, 3);
    }

    [Fact]
    public void MentalHolders_AboutSeventyPercentTreatedThisYearOrLast()
    {
        var mental = People.Where(p => p.Certificate?.Profile.Includes(DisabilityCategory.Mental) == true).ToList();

        AssertShare(mental.Count(p => p.HadPsychiatricTreatmentIn(AsOf.Year) || p.HadPsychiatricTreatmentIn(AsOf.Year - 1)), mental.Count, 70, 4);
    }

    [Fact]
    public void SevereHolders_AboutSixtyPercentNeedLongTermCare()
    {
        var severe = People.Where(p => p.Certificate?.Profile.IsSevere == true && p.Certificate.RevocationReason != RevocationReason.Death).ToList();

        AssertShare(severe.Count(p => p.NeedsLongTermCare), severe.Count, 60, 3);
    }

    [Fact]
    public void HearingHolders_HaveAidsImplantsAndIndications()
    {
        var hearing = People.Where(p => p.Certificate?.Profile.Includes(DisabilityCategory.Hearing) == true && p.Certificate.RevocationReason != RevocationReason.Death).ToList();

        AssertShare(hearing.Count(p => p.Hearing.WearsHearingAid), hearing.Count, 31, 5);
        AssertShare(hearing.Count(p => p.Hearing.HearingAidFittingIndicated), hearing.Count, 40, 5);
        Assert.Contains(hearing, p => p.Hearing.HasCochlearImplant && p.AgeOn(AsOf) <= 14);
        Assert.DoesNotContain(People, p => p.Hearing.HasCochlearImplant && p.Hearing.WearsHearingAid);
    }

    private static void AssertShare(int count, int total, double percent, double tolerance)
    {
        var actual = 100.0 * count / total;
        Assert.True(Math.Abs(actual - percent) <= tolerance, $"{actual:F2} % is not within {tolerance} points of {percent} %.");
    }
}
