using DpfDomain.Identity;
using DpfDomain.People;
using NodaTime;
using static DpfDomain.Tests.People.PeopleBuilders;

namespace DpfDomain.Tests.People;

public sealed class PersonTests
{
    private static readonly ResidentIdNumber ChildId = Id(2010, 5, 1, 123);
    private static readonly ResidentIdNumber OtherId = Id(1980, 1, 1, 456);

    [Fact]
    public void Constructor_AnotherHoldersCertificate_ThrowsWithoutUnmaskedNumbers()
    {
        var certificate = Certificate(OtherId, new LocalDate(2019, 3, 15));

        var exception = Assert.Throws<DpfDomainException>(() => new Person(ChildId, new PersonName("张三"), certificate));

        Assert.NotEmpty(exception.MessageZh);
        foreach (var id in new[] { ChildId, OtherId })
        {
            Assert.DoesNotContain(id.ToUnmaskedString(), exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(id.ToUnmaskedString(), exception.MessageZh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WithCertificate_AnotherHoldersCertificate_Throws()
    {
        var person = PeopleBuilders.Person(ChildId);

        Assert.Throws<DpfDomainException>(() => person.WithCertificate(Certificate(OtherId, new LocalDate(2019, 3, 15))));
    }

    [Fact]
    public void WithCertificate_OwnCertificate_IsKeptAndOtherFactsAreUnchanged()
    {
        var certificate = Certificate(ChildId, new LocalDate(2019, 3, 15));
        var person = new Person(ChildId, new PersonName("张三"), psychiatricTreatmentYears: [2018], careNeed: new CareNeed(new LocalDate(2019, 1, 1), 12));

        var changed = person.WithCertificate(certificate);

        Assert.Same(certificate, changed.Certificate);
        Assert.Null(person.Certificate);
        Assert.True(changed.HadPsychiatricTreatmentIn(2018));
        Assert.True(changed.NeedsLongTermCare);
        Assert.Null(changed.WithCertificate(null).Certificate);
    }

    [Fact]
    public void Constructor_UninitialisedIdOrName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Person(default, new PersonName("张三")));
        Assert.Throws<ArgumentException>(() => new Person(ChildId, default));
    }

    [Fact]
    public void BirthDateAndSex_FromIdentityNumber_MatchItsDigits()
    {
        var male = PeopleBuilders.Person(ChildId);
        var female = PeopleBuilders.Person(Id(2011, 12, 31, 124));

        Assert.Equal(new LocalDate(2010, 5, 1), male.BirthDate);
        Assert.Equal(Sex.Male, male.Sex);
        Assert.Equal(new LocalDate(2011, 12, 31), female.BirthDate);
        Assert.Equal(Sex.Female, female.Sex);
    }

    [Fact]
    public void AgeOn_AroundTheBirthday_IncreasesOnTheBirthdayItself()
    {
        var person = PeopleBuilders.Person(ChildId);

        Assert.Equal(0, person.AgeOn(new LocalDate(2010, 5, 1)));
        Assert.Equal(9, person.AgeOn(new LocalDate(2020, 4, 30)));
        Assert.Equal(10, person.AgeOn(new LocalDate(2020, 5, 1)));
        Assert.Equal(10, person.AgeOn(new LocalDate(2021, 4, 30)));
    }

    [Fact]
    public void AgeOn_LeapDayBirth_HasBirthdayOn28FebruaryInCommonYears()
    {
        var person = PeopleBuilders.Person(Id(2016, 2, 29, 123));

        Assert.Equal(0, person.AgeOn(new LocalDate(2017, 2, 27)));
        Assert.Equal(1, person.AgeOn(new LocalDate(2017, 2, 28)));
        Assert.Equal(3, person.AgeOn(new LocalDate(2020, 2, 28)));
        Assert.Equal(4, person.AgeOn(new LocalDate(2020, 2, 29)));
    }

    [Fact]
    public void AgeOn_BeforeBirth_Throws()
    {
        var person = PeopleBuilders.Person(ChildId);

        Assert.Throws<ArgumentOutOfRangeException>(() => person.AgeOn(new LocalDate(2010, 4, 30)));
    }

    [Fact]
    public void SchoolStageOn_Enrolments_GiveTheStageWithinEachPeriodAndNullOutside()
    {
        var person = new Person(
            ChildId,
            new PersonName("张三"),
            enrolments:
            [
                new Dated<SchoolStage>(SchoolStage.Primary, new LocalDate(2016, 9, 1), new LocalDate(2022, 6, 30)),
                new Dated<SchoolStage>(SchoolStage.JuniorSecondary, new LocalDate(2022, 9, 1)),
            ]);

        Assert.Null(person.SchoolStageOn(new LocalDate(2016, 8, 31)));
        Assert.Equal(SchoolStage.Primary, person.SchoolStageOn(new LocalDate(2016, 9, 1)));
        Assert.Equal(SchoolStage.Primary, person.SchoolStageOn(new LocalDate(2022, 6, 30)));
        Assert.Null(person.SchoolStageOn(new LocalDate(2022, 7, 15)));
        Assert.Equal(SchoolStage.JuniorSecondary, person.SchoolStageOn(new LocalDate(2022, 9, 1)));
        Assert.Equal(SchoolStage.JuniorSecondary, person.SchoolStageOn(new LocalDate(2030, 1, 1)));
    }

    [Fact]
    public void SchoolStageOn_NoEnrolments_IsNull()
    {
        Assert.Null(PeopleBuilders.Person(ChildId).SchoolStageOn(new LocalDate(2020, 1, 1)));
    }

    [Fact]
    public void WithEnrolment_AddedEnrolment_IsUsed()
    {
        var person = PeopleBuilders.Person(ChildId)
            .WithEnrolment(new Dated<SchoolStage>(SchoolStage.SecondaryVocational, new LocalDate(2025, 9, 1)));

        Assert.Equal(SchoolStage.SecondaryVocational, person.SchoolStageOn(new LocalDate(2026, 1, 1)));
        Assert.Single(person.Enrolments);
    }

    [Fact]
    public void HasSupportOn_SupportPeriod_HoldsWithinItForThatSupportOnly()
    {
        var person = PeopleBuilders.Person(ChildId)
            .WithSupport(new Dated<SupportStatus>(SupportStatus.ExtremeHardshipSupport, new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)));

        Assert.False(person.HasSupportOn(SupportStatus.ExtremeHardshipSupport, new LocalDate(2019, 12, 31)));
        Assert.True(person.HasSupportOn(SupportStatus.ExtremeHardshipSupport, new LocalDate(2020, 1, 1)));
        Assert.True(person.HasSupportOn(SupportStatus.ExtremeHardshipSupport, new LocalDate(2020, 12, 31)));
        Assert.False(person.HasSupportOn(SupportStatus.ExtremeHardshipSupport, new LocalDate(2021, 1, 1)));
        Assert.False(person.HasSupportOn(SupportStatus.OrphanSupport, new LocalDate(2020, 6, 1)));
    }

    [Fact]
    public void HadPsychiatricTreatmentIn_RecordedYears_IsTrueForThoseYearsOnly()
    {
        var person = new Person(ChildId, new PersonName("张三"), psychiatricTreatmentYears: [2021, 2019, 2021]);

        Assert.True(person.HadPsychiatricTreatmentIn(2019));
        Assert.False(person.HadPsychiatricTreatmentIn(2020));
        Assert.True(person.HadPsychiatricTreatmentIn(2021));
        Assert.Equal([2019, 2021], person.PsychiatricTreatmentYears);
    }

    [Fact]
    public void HasDiagnosis_OnOrAfterTheDiagnosisDate_IsTrue()
    {
        var diagnosedOn = new LocalDate(2015, 6, 1);
        var person = new Person(ChildId, new PersonName("张三"), diagnoses: [new Diagnosis(DiagnosedCondition.Autism, diagnosedOn, byDesignatedHospital: true)]);

        Assert.False(person.HasDiagnosis(DiagnosedCondition.Autism, diagnosedOn.PlusDays(-1)));
        Assert.True(person.HasDiagnosis(DiagnosedCondition.Autism, diagnosedOn));
        Assert.True(person.HasDiagnosis(DiagnosedCondition.Autism, diagnosedOn, byDesignatedHospitalOnly: true));
        Assert.True(person.HasDiagnosis(DiagnosedCondition.Autism, new LocalDate(2025, 1, 1), byDesignatedHospitalOnly: true));
        Assert.False(person.HasDiagnosis(DiagnosedCondition.Intellectual, diagnosedOn));
    }

    [Fact]
    public void HasDiagnosis_NotByDesignatedHospital_CountsOnlyWhenAnyHospitalIsAccepted()
    {
        var diagnosedOn = new LocalDate(2015, 6, 1);
        var person = new Person(ChildId, new PersonName("张三"), diagnoses: [new Diagnosis(DiagnosedCondition.Autism, diagnosedOn, byDesignatedHospital: false)]);

        Assert.True(person.HasDiagnosis(DiagnosedCondition.Autism, diagnosedOn));
        Assert.True(person.HasDiagnosis(DiagnosedCondition.Autism, diagnosedOn, byDesignatedHospitalOnly: false));
        Assert.False(person.HasDiagnosis(DiagnosedCondition.Autism, diagnosedOn, byDesignatedHospitalOnly: true));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(24, true)]
    public void NeedsLongTermCare_ExpectedMonths_IsLongTermFromSixMonths(int months, bool expected)
    {
        var person = new Person(ChildId, new PersonName("张三"), careNeed: new CareNeed(new LocalDate(2024, 1, 1), months));

        Assert.Equal(expected, person.NeedsLongTermCare);
        Assert.Equal(expected, person.CareNeed!.IsLongTerm);
    }

    [Fact]
    public void NeedsLongTermCare_NoCareNeed_IsFalse()
    {
        Assert.False(PeopleBuilders.Person(ChildId).NeedsLongTermCare);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1201)]
    public void CareNeed_MonthsOutOfRange_Throws(int months)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CareNeed(new LocalDate(2024, 1, 1), months));
    }

    [Theory]
    [InlineData("张三丰", "张**")]
    [InlineData("张三", "张*")]
    [InlineData("李", "*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("\U00020BB7", "*")]
    [InlineData("\U00020BB7三", "\U00020BB7*")]
    [InlineData("王\U00020BB7", "王*")]
    public void PersonName_Masked_KeepsOnlyTheFirstCharacterOfLongerNames(string name, string masked)
    {
        var personName = new PersonName(name);

        Assert.Equal(masked, personName.Masked);
        Assert.Equal(masked, personName.ToString());
        Assert.Equal(name, personName.ToUnmaskedString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" 张三")]
    [InlineData("张三 ")]
    [InlineData("张\n三")]
    public void PersonName_InvalidText_Throws(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => new PersonName(name));
    }

    [Fact]
    public void PersonName_LongerThan64Characters_Throws()
    {
        Assert.Equal(64, new PersonName(new string('张', 64)).ToUnmaskedString().Length);
        Assert.Throws<ArgumentException>(() => new PersonName(new string('张', 65)));
    }

    [Fact]
    public void PersonName_Default_IsNotAName()
    {
        var name = default(PersonName);

        Assert.False(name.IsInitialised);
        Assert.Throws<InvalidOperationException>(() => name.ToUnmaskedString());
    }

    [Fact]
    public void ToString_Person_ShowsOnlyMaskedNameAndNumber()
    {
        var person = PeopleBuilders.Person(ChildId, "张三丰");

        var text = person.ToString();

        Assert.DoesNotContain("张三丰", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ChildId.ToUnmaskedString(), text, StringComparison.Ordinal);
        Assert.Contains(ChildId.Masked, text, StringComparison.Ordinal);
        Assert.Contains("张**", text, StringComparison.Ordinal);
    }
}
