using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Facts;
using NodaTime;

namespace DpfDomain.Rules.Tests.Facts;

/// <summary>
/// Each fact of the vocabulary a rule reads as <c>Person.&lt;Name&gt;</c> says what its
/// description says, and only that: a status sets its own fact and no other, a date boundary
/// counts on the day itself, and the lists and text are bounded and copied.
/// </summary>
public sealed class PersonFactsVocabularyTests
{
    private static readonly DivisionCode County = DivisionCode.Parse("340123");
    private static readonly ResidentIdNumber ManId = ResidentIdNumber.Create(County, new LocalDate(1970, 3, 9), 131);
    private static readonly ResidentIdNumber WomanId = ResidentIdNumber.Create(County, new LocalDate(1972, 8, 21), 132);
    private static readonly LocalDate Date = new(2021, 11, 7);

    [Fact]
    public void DateFacts_AreTheEvaluationDate_AndTheDateNumberIsYyyyMmDd()
    {
        var facts = FactsOf(new Person(ManId, new PersonName("张三")), Date);

        Assert.Equal(2021, facts.Year);
        Assert.Equal(11, facts.Month);
        Assert.Equal(7, facts.Day);
        Assert.Equal(20211107, facts.DateNumber);
        Assert.Equal(51, facts.Age);
    }

    [Fact]
    public void Sex_IsReadFromTheIdentityNumber_OneFactTrueAtATime()
    {
        var man = FactsOf(new Person(ManId, new PersonName("张三")), Date);
        var woman = FactsOf(new Person(WomanId, new PersonName("李梅")), Date);

        Assert.True(man.IsMale);
        Assert.False(man.IsFemale);
        Assert.False(woman.IsMale);
        Assert.True(woman.IsFemale);
    }

    [Theory]
    [InlineData(DisabilityCategory.Visual, 1)]
    [InlineData(DisabilityCategory.Hearing, 2)]
    [InlineData(DisabilityCategory.Speech, 3)]
    [InlineData(DisabilityCategory.Physical, 4)]
    [InlineData(DisabilityCategory.Intellectual, 3)]
    [InlineData(DisabilityCategory.Mental, 2)]
    public void SingleCategoryCertificate_SetsItsOwnCategoryFactOnly(DisabilityCategory category, int grade)
    {
        var facts = FactsOf(WithCertificate(DisabilityProfile.Of(category, grade)), Date);

        Assert.True(facts.HasCertificate);
        Assert.True(facts.CertificateValid);
        Assert.False(facts.CertificateExpired);
        Assert.False(facts.CertificateRevoked);
        Assert.Equal((int)category, facts.Category);
        Assert.Equal(grade, facts.Grade);
        Assert.Equal(grade <= 2, facts.IsSevere);
        Assert.False(facts.IsMultiple);
        Assert.Equal([(int)category], facts.Categories);
        Assert.Equal(
            new[] { category == DisabilityCategory.Visual, category == DisabilityCategory.Hearing, category == DisabilityCategory.Speech, category == DisabilityCategory.Physical, category == DisabilityCategory.Intellectual, category == DisabilityCategory.Mental },
            new[] { facts.HasVisual, facts.HasHearing, facts.HasSpeech, facts.HasPhysical, facts.HasIntellectual, facts.HasMental });
    }

    [Fact]
    public void RevokedCertificate_IsHeldButNotValid()
    {
        var certificate = DisabilityCertificate.Issue(ManId, DisabilityProfile.Of(DisabilityCategory.Visual, 1), new LocalDate(2018, 3, 1), County)
            .Revoke(new LocalDate(2020, 1, 1), RevocationReason.NoLongerQualifies);

        var facts = FactsOf(new Person(ManId, new PersonName("张三"), certificate), Date);

        Assert.True(facts.CertificateRevoked);
        Assert.False(facts.CertificateValid);
        Assert.False(facts.CertificateExpired);
    }

    [Fact]
    public void NoCertificate_GivesZeroCodesAndNoCategory()
    {
        var facts = FactsOf(new Person(ManId, new PersonName("张三")), Date);

        Assert.False(facts.HasCertificate);
        Assert.False(facts.CertificateValid);
        Assert.Equal(0, facts.Category);
        Assert.Equal(0, facts.Grade);
        Assert.False(facts.IsSevere);
        Assert.False(facts.IsMultiple);
        Assert.Empty(facts.Categories);
        Assert.False(facts.HasVisual || facts.HasHearing || facts.HasSpeech || facts.HasPhysical || facts.HasIntellectual || facts.HasMental);
        Assert.Equal(0, facts.CareNeedMonths);
        Assert.Equal("None", facts.SchoolStage);
        Assert.False(facts.Enrolled);
    }

    [Fact]
    public void Diagnoses_CountOnTheirDay_OnlyFromADesignatedHospital_AutismApart()
    {
        var person = new Person(
            ManId,
            new PersonName("张三"),
            diagnoses:
            [
                new Diagnosis(DiagnosedCondition.Speech, Date, true),
                new Diagnosis(DiagnosedCondition.Visual, Date.PlusDays(-400), true),
                new Diagnosis(DiagnosedCondition.Speech, Date.PlusDays(-30), true),
                new Diagnosis(DiagnosedCondition.Mental, Date.PlusDays(1), true),
                new Diagnosis(DiagnosedCondition.Hearing, Date.PlusDays(-10), false),
                new Diagnosis(DiagnosedCondition.Autism, Date, true),
            ]);

        var facts = FactsOf(person, Date);
        var dayBefore = FactsOf(person, Date.PlusDays(-1));

        Assert.Equal([1, 3], facts.DiagnosedCategories);
        Assert.True(facts.AutismDiagnosed);
        Assert.True(facts.AutismDiagnosedByDesignatedHospital);
        Assert.True(facts.DesignatedHospitalDiagnosis);
        Assert.Equal([1, 3], dayBefore.DiagnosedCategories);
        Assert.False(dayBefore.AutismDiagnosed);
        Assert.False(dayBefore.AutismDiagnosedByDesignatedHospital);
    }

    [Fact]
    public void DesignatedHospitalDiagnosis_NeedsADesignatedHospital_OnOrBeforeTheDate()
    {
        var person = new Person(
            ManId,
            new PersonName("张三"),
            diagnoses: [new Diagnosis(DiagnosedCondition.Autism, Date.PlusDays(-5), false), new Diagnosis(DiagnosedCondition.Physical, Date.PlusDays(1), true)]);

        var facts = FactsOf(person, Date);

        Assert.False(facts.DesignatedHospitalDiagnosis);
        Assert.Empty(facts.DiagnosedCategories);
        Assert.True(facts.AutismDiagnosed);
        Assert.False(facts.AutismDiagnosedByDesignatedHospital);
        Assert.True(FactsOf(person, Date.PlusDays(1)).DesignatedHospitalDiagnosis);
    }

    [Theory]
    [InlineData(SupportStatus.ExtremeHardshipSupport)]
    [InlineData(SupportStatus.OrphanSupport)]
    [InlineData(SupportStatus.WorkInjuryNursingAllowance)]
    [InlineData(SupportStatus.WelfareInstitutionCare)]
    public void SupportStatus_SetsItsOwnFactOnly_WhileItLasts(SupportStatus status)
    {
        var person = new Person(ManId, new PersonName("张三"), supports: [new Dated<SupportStatus>(status, Date, Date.PlusDays(30))]);

        var during = FactsOf(person, Date);
        var before = FactsOf(person, Date.PlusDays(-1));

        Assert.Equal(
            new[] { status == SupportStatus.ExtremeHardshipSupport, status == SupportStatus.OrphanSupport, status == SupportStatus.WorkInjuryNursingAllowance, status == SupportStatus.WelfareInstitutionCare },
            new[] { during.ExtremeHardship, during.OrphanSupport, during.WorkInjuryNursingAllowance, during.WelfareInstitution });
        Assert.False(before.ExtremeHardship || before.OrphanSupport || before.WorkInjuryNursingAllowance || before.WelfareInstitution);
    }

    [Theory]
    [InlineData(PovertyStatus.MinimumLivingAllowance)]
    [InlineData(PovertyStatus.MarginalMinimumLivingAllowance)]
    [InlineData(PovertyStatus.RegisteredPoor)]
    [InlineData(PovertyStatus.LiftedOutOfPoverty)]
    [InlineData(PovertyStatus.MonitoredForRelapse)]
    public void PovertyStatus_SetsItsOwnFactOnly_AndTheRegisteredOnesCountAsAny(PovertyStatus status)
    {
        var person = new Person(ManId, new PersonName("张三"));
        var household = new Household(new HouseholdRegistration(County, HukouType.Urban), [person], [new Dated<PovertyStatus>(status, Date)]);

        var facts = PersonFacts.From(person, household, Date, County);

        Assert.Equal(
            new[] { status == PovertyStatus.MinimumLivingAllowance, status == PovertyStatus.MarginalMinimumLivingAllowance, status == PovertyStatus.RegisteredPoor, status == PovertyStatus.LiftedOutOfPoverty, status == PovertyStatus.MonitoredForRelapse },
            new[] { facts.Dibao, facts.DibaoMarginal, facts.RegisteredPoor, facts.LiftedOutOfPoverty, facts.MonitoredForRelapse });
        Assert.Equal(status is PovertyStatus.RegisteredPoor or PovertyStatus.LiftedOutOfPoverty or PovertyStatus.MonitoredForRelapse, facts.AnyRegisteredPoverty);
        Assert.False(facts.IsRural);
        Assert.True(facts.RegisteredInCounty);
        Assert.Equal(1, facts.HouseholdSize);
    }

    [Theory]
    [InlineData(true, false, false, false)]
    [InlineData(false, true, false, false)]
    [InlineData(false, false, true, false)]
    [InlineData(false, false, false, true)]
    public void HearingFacts_AreCopiedOneByOne(bool wearsAid, bool implant, bool aidIndicated, bool implantIndicated)
    {
        var person = new Person(ManId, new PersonName("张三"), hearing: new HearingFacts(wearsAid, implant, aidIndicated, implantIndicated));

        var facts = FactsOf(person, Date);

        Assert.Equal(
            new[] { wearsAid, implant, aidIndicated, implantIndicated },
            new[] { facts.WearsHearingAid, facts.HasCochlearImplant, facts.HearingAidFittingIndicated, facts.CochlearImplantIndicated });
    }

    [Theory]
    [InlineData(SchoolStage.Preschool, false, false, false)]
    [InlineData(SchoolStage.Primary, true, false, false)]
    [InlineData(SchoolStage.JuniorSecondary, true, false, false)]
    [InlineData(SchoolStage.GeneralSeniorSecondary, false, true, false)]
    [InlineData(SchoolStage.SecondaryVocational, false, true, false)]
    [InlineData(SchoolStage.FullTimeHigherEducation, false, false, true)]
    public void SchoolStage_IsNamed_AndSetsItsEducationLevel(SchoolStage stage, bool compulsory, bool seniorSecondary, bool higher)
    {
        var person = new Person(ManId, new PersonName("张三"), enrolments: [new Dated<SchoolStage>(stage, Date.PlusDays(-60), Date.PlusDays(60))]);

        var facts = FactsOf(person, Date);

        Assert.True(facts.Enrolled);
        Assert.Equal(stage.ToString(), facts.SchoolStage);
        Assert.Equal(compulsory, facts.InCompulsoryEducation);
        Assert.Equal(seniorSecondary, facts.InSeniorSecondary);
        Assert.Equal(higher, facts.InHigherEducation);
    }

    [Fact]
    public void Treatment_IsCountedForTheEvaluationYearAndTheOneBefore()
    {
        var person = new Person(ManId, new PersonName("张三"), psychiatricTreatmentYears: [2021]);

        var thisYear = FactsOf(person, Date);
        var nextYear = FactsOf(person, new LocalDate(2022, 1, 1));
        var twoYearsOn = FactsOf(person, new LocalDate(2023, 1, 1));

        Assert.True(thisYear.TreatedThisYear);
        Assert.False(thisYear.TreatedLastYear);
        Assert.False(nextYear.TreatedThisYear);
        Assert.True(nextYear.TreatedLastYear);
        Assert.False(twoYearsOn.TreatedThisYear || twoYearsOn.TreatedLastYear);
    }

    [Fact]
    public void ParentCertificate_CountsOnlyWhileValid()
    {
        var childId = ResidentIdNumber.Create(County, new LocalDate(2010, 4, 4), 140);
        var parent = new Person(ManId, new PersonName("张三"), DisabilityCertificate.Issue(ManId, DisabilityProfile.Of(DisabilityCategory.Physical, 3), new LocalDate(2018, 3, 1), County).Revoke(new LocalDate(2021, 1, 1), RevocationReason.NoLongerQualifies));
        var child = new Person(childId, new PersonName("张小"));
        var household = new Household(new HouseholdRegistration(County, HukouType.Rural), [parent, child], parentLinks: [new ParentChildLink(ManId, childId)]);

        var before = PersonFacts.From(child, household, new LocalDate(2020, 6, 1), County);
        var after = PersonFacts.From(child, household, Date, County);

        Assert.Equal(1, after.ParentsInHousehold);
        Assert.True(before.ParentHasValidCertificate);
        Assert.False(after.ParentHasValidCertificate);
        Assert.Equal(0, PersonFacts.From(parent, household, Date, County).ParentsInHousehold);
    }

    [Fact]
    public void CodeLists_HoldUpToTheLimit_AndAreCopied()
    {
        var codes = Enumerable.Range(1, PersonFacts.MaxCodes).ToList();

        var facts = new PersonFacts { Categories = codes, DiagnosedCategories = codes };
        codes[0] = 99;

        Assert.Equal(Enumerable.Range(1, PersonFacts.MaxCodes), facts.Categories);
        Assert.Equal(Enumerable.Range(1, PersonFacts.MaxCodes), facts.DiagnosedCategories);
        Assert.Empty(new PersonFacts { Categories = null! }.Categories);
        Assert.Empty(new PersonFacts().DiagnosedCategories);
    }

    [Fact]
    public void CodeLists_LongerThanTheLimit_AreRefused_NamingTheList()
    {
        var codes = Enumerable.Range(1, PersonFacts.MaxCodes + 1).ToArray();

        var categories = Assert.Throws<ArgumentException>(() => new PersonFacts { Categories = codes });
        var diagnosed = Assert.Throws<ArgumentException>(() => new PersonFacts { DiagnosedCategories = codes });

        Assert.Contains("17", categories.Message, StringComparison.Ordinal);
        Assert.Equal("value", categories.ParamName);
        Assert.Contains("16", diagnosed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SchoolStageText_HoldsUpToTheLimit_AndIsNeverNull()
    {
        var longest = new string('a', PersonFacts.MaxTextLength);

        Assert.Equal(longest, new PersonFacts { SchoolStage = longest }.SchoolStage);
        Assert.Equal("None", new PersonFacts().SchoolStage);
        var tooLong = Assert.Throws<ArgumentException>(() => new PersonFacts { SchoolStage = longest + "a" });
        Assert.Contains("65", tooLong.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new PersonFacts { SchoolStage = null! });
    }

    [Fact]
    public void From_NullPersonOrHousehold_IsRefusedAsAMissingArgument()
    {
        var person = new Person(ManId, new PersonName("张三"));
        var household = new Household(new HouseholdRegistration(County, HukouType.Rural), [person]);

        Assert.Throws<ArgumentNullException>(() => PersonFacts.From(null!, household, Date, County));
        Assert.Throws<ArgumentNullException>(() => PersonFacts.From(person, null!, Date, County));
    }

    private static PersonFacts FactsOf(Person person, LocalDate date) =>
        PersonFacts.From(person, new Household(new HouseholdRegistration(County, HukouType.Rural), [person]), date, County);

    private static Person WithCertificate(DisabilityProfile profile) =>
        new(ManId, new PersonName("张三"), DisabilityCertificate.Issue(ManId, profile, new LocalDate(2018, 3, 1), County));
}
