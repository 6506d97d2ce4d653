using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Testing;
using NodaTime;

namespace DpfDomain.Population.Tests.Testing;

public sealed class CountyRollGeneratorTests
{
    private static readonly LocalDate AsOf = CountyRollOptions.DefaultAsOf;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(777)]
    public void Households_HaveExactlyThePeopleAskedFor(int people)
    {
        var households = new CountyRollGenerator(new CountyRollOptions { People = people, Seed = people }).Households().ToList();

        Assert.Equal(people, households.Sum(h => h.Household.Members.Count));
        Assert.All(households, h => Assert.NotEmpty(h.Household.Members));
    }

    [Fact]
    public void Households_TwentyThousandPeople_HaveUniqueIdentityCertificateAndHouseholdNumbers()
    {
        var households = new CountyRollGenerator(new CountyRollOptions { People = 20_000, Seed = 3 }).Households().ToList();
        var people = households.SelectMany(h => h.Household.Members).ToList();

        Assert.Equal(people.Count, people.Select(p => p.Id).Distinct().Count());
        var certificates = people.Where(p => p.Certificate is not null).Select(p => p.Certificate!.Number).ToList();
        Assert.Equal(certificates.Count, certificates.Distinct().Count());
        Assert.Equal(households.Select((_, i) => CountyRollGenerator.HouseholdNumber(i)), households.Select(h => h.HouseholdNo));
        Assert.Equal("H0000001", households[0].HouseholdNo);
        Assert.All(people, p => Assert.Equal(CountyRollOptions.DefaultCounty, p.Id.Division));
    }

    [Fact]
    public void Households_SameOptions_SameHouseholds_AndTheFirstOnesDoNotDependOnHowFarTheEnumerationGoes()
    {
        var generator = new CountyRollGenerator(new CountyRollOptions { People = 3_000, Seed = 12 });

        var all = generator.Households().Select(h => HouseholdFingerprint.Of(h.Household)).ToList();
        var again = new CountyRollGenerator(new CountyRollOptions { People = 3_000, Seed = 12 }).Households().Select(h => HouseholdFingerprint.Of(h.Household)).ToList();
        var first = generator.Households().Take(40).Select(h => HouseholdFingerprint.Of(h.Household)).ToList();
        var ofASmallerCounty = new CountyRollGenerator(new CountyRollOptions { People = 500, Seed = 12 }).Households().Take(40).Select(h => HouseholdFingerprint.Of(h.Household)).ToList();

        Assert.Equal(all, again);
        Assert.Equal(all.Take(40), first);
        Assert.Equal(first, ofASmallerCounty);
    }

    [Fact]
    public void Households_OtherSeed_OtherHouseholds()
    {
        var one = new CountyRollGenerator(new CountyRollOptions { People = 200, Seed = 1 }).Households().Select(h => HouseholdFingerprint.Of(h.Household));
        var other = new CountyRollGenerator(new CountyRollOptions { People = 200, Seed = 2 }).Households().Select(h => HouseholdFingerprint.Of(h.Household));

        Assert.Empty(one.Intersect(other));
    }

    [Fact]
    public void Households_AreRealistic_OnTheRunDate()
    {
        var households = new CountyRollGenerator(new CountyRollOptions { People = 20_000, Seed = 5 }).Households().Select(h => h.Household).ToList();
        var people = households.SelectMany(h => h.Members).ToList();

        Assert.All(people, p => Assert.InRange(p.AgeOn(AsOf), 0, 96));
        Assert.All(people.Where(p => p.Certificate is not null), p => Assert.InRange(p.Certificate!.ValidFrom, p.BirthDate, AsOf));
        Assert.All(households.SelectMany(h => h.ParentLinks.Select(l => (Parent: h.Find(l.Parent)!, Child: h.Find(l.Child)!))), link =>
            Assert.InRange(link.Parent.AgeOn(AsOf) - link.Child.AgeOn(AsOf), 19, 43));
        foreach (var student in people.Where(p => p.SchoolStageOn(AsOf) is not null))
        {
            var age = student.AgeOn(AsOf);
            var (low, high) = student.SchoolStageOn(AsOf) switch
            {
                SchoolStage.Preschool => (3, 5),
                SchoolStage.Primary => (6, 11),
                SchoolStage.JuniorSecondary => (12, 14),
                SchoolStage.GeneralSeniorSecondary or SchoolStage.SecondaryVocational => (15, 17),
                _ => (18, 21),
            };
            Assert.InRange(age, low, high);
            Assert.Equal(new LocalDate(2018, 9, 1), student.Enrolments.Single().From);
        }

        Assert.All(people.Where(p => p.CareNeed is not null), p => Assert.True(p.CareNeed!.AssessedOn <= AsOf && p.CareNeed.ExpectedMonths is >= 6 and <= 120 && p.Certificate!.Profile.IsSevere));
        Assert.Contains(people, p => p.Certificate?.Number.ReissueCount == 1);
        Assert.Contains(people, p => p.Certificate?.RevocationReason == Certificates.RevocationReason.Death);
        Assert.Contains(people, p => p.Certificate?.RevocationReason == Certificates.RevocationReason.NoLongerQualifies);
        Assert.Contains(people, p => p.Certificate is null && p.HasDiagnosis(DiagnosedCondition.Autism, AsOf, byDesignatedHospitalOnly: true));
        Assert.Contains(people, p => p.HasSupportOn(SupportStatus.OrphanSupport, AsOf) && p.HasSupportOn(SupportStatus.WelfareInstitutionCare, AsOf));
        Assert.Contains(people, p => p.HasSupportOn(SupportStatus.WorkInjuryNursingAllowance, AsOf));
        Assert.Contains(households, h => h.PovertyStatuses.Any(s => s.Until < AsOf));
    }

    [Fact]
    public void Households_After2020_RegisteredPoorHouseholdsAreRecordedUnderTheirNewNames()
    {
        var asOf = new LocalDate(2023, 6, 30);
        var households = new CountyRollGenerator(new CountyRollOptions { People = 5_000, Seed = 9, AsOf = asOf }).Households().Select(h => h.Household).ToList();

        Assert.Contains(households, h => h.HasPovertyStatusOn(PovertyStatus.LiftedOutOfPoverty, asOf));
        Assert.Contains(households, h => h.HasPovertyStatusOn(PovertyStatus.MonitoredForRelapse, asOf));
        Assert.DoesNotContain(households, h => h.HasPovertyStatusOn(PovertyStatus.RegisteredPoor, asOf));
        Assert.Equal(new LocalDate(2022, 9, 1), households.SelectMany(h => h.Members).First(p => p.Enrolments.Count > 0).Enrolments[0].From);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new CountyRollGenerator(null!));
        Assert.Throws<ArgumentException>(() => new CountyRollGenerator(new CountyRollOptions { People = -1 }));
        Assert.Throws<ArgumentException>(() => new CountyRollGenerator(new CountyRollOptions { County = DivisionCode.Parse("340100") }));
        Assert.Throws<ArgumentException>(() => new CountyRollGenerator(new CountyRollOptions { AsOf = new LocalDate(1990, 1, 1) }));
        Assert.Throws<ArgumentException>(() => new CountyRollGenerator(new CountyRollOptions().WithBadRows(BadRowKind.DuplicatePerson, -1)));
    }

    [Fact]
    public void Constructor_TakesACopyOfTheOptions()
    {
        var options = new CountyRollOptions { People = 10 }.WithBadRows(BadRowKind.ImpossibleDate, 2);
        var generator = new CountyRollGenerator(options);

        options.People = 20;
        options.BadRows[BadRowKind.ImpossibleDate] = 5;

        Assert.Equal(10, generator.People);
        Assert.Equal(2, generator.BadRows[BadRowKind.ImpossibleDate]);
        Assert.Equal("County 340123: 10 people, seed 1, as of 2019-06-30, bad rows ImpossibleDate 2", generator.ToString());
    }
}
