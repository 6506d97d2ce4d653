using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Facts;
using NodaTime;

namespace DpfDomain.Rules.Tests.Facts;

public sealed class PersonFactsTests
{
    private static readonly DivisionCode County = DivisionCode.Parse("340123");
    private static readonly ResidentIdNumber ParentId = ResidentIdNumber.Create(County, new LocalDate(1980, 5, 1), 123);
    private static readonly ResidentIdNumber ChildId = ResidentIdNumber.Create(County, new LocalDate(2012, 2, 29), 124);

    [Fact]
    public void From_Child_DerivesAgeSchoolParentsAndPoverty()
    {
        var household = Household();
        var child = household.Find(ChildId)!;

        var facts = PersonFacts.From(child, household, new LocalDate(2022, 2, 28), County);

        Assert.Equal(10, facts.Age);
        Assert.Equal(2022, facts.Year);
        Assert.Equal(2, facts.Month);
        Assert.True(facts.IsFemale);
        Assert.False(facts.HasCertificate);
        Assert.Equal("Primary", facts.SchoolStage);
        Assert.True(facts.InCompulsoryEducation);
        Assert.Equal(1, facts.ParentsInHousehold);
        Assert.True(facts.ParentHasValidCertificate);
        Assert.True(facts.LiftedOutOfPoverty);
        Assert.True(facts.AnyRegisteredPoverty);
        Assert.False(facts.RegisteredPoor);
        Assert.True(facts.RegisteredInCounty);
        Assert.True(facts.IsRural);
        Assert.Equal(2, facts.HouseholdSize);
        Assert.Equal([2], facts.DiagnosedCategories);
        Assert.True(facts.AutismDiagnosed);
    }

    [Fact]
    public void From_Parent_DerivesCertificateAndSupportFacts()
    {
        var household = Household();
        var parent = household.Find(ParentId)!;

        var facts = PersonFacts.From(parent, household, new LocalDate(2020, 6, 1), DivisionCode.Parse("340124"));

        Assert.True(facts.HasCertificate);
        Assert.True(facts.CertificateValid);
        Assert.Equal(7, facts.Category);
        Assert.Equal(2, facts.Grade);
        Assert.True(facts.IsSevere);
        Assert.True(facts.IsMultiple);
        Assert.Equal([4, 6], facts.Categories);
        Assert.True(facts.HasMental);
        Assert.True(facts.HasPhysical);
        Assert.False(facts.HasVisual);
        Assert.True(facts.TreatedLastYear);
        Assert.False(facts.TreatedThisYear);
        Assert.Equal(8, facts.CareNeedMonths);
        Assert.True(facts.WorkInjuryNursingAllowance);
        Assert.False(facts.RegisteredInCounty);
        Assert.True(facts.RegisteredPoor);
    }

    [Fact]
    public void From_CertificateLifecycle_IsReadOnTheEvaluationDate()
    {
        var household = Household();
        var parent = household.Find(ParentId)!;

        var expired = PersonFacts.From(parent, household, new LocalDate(2028, 3, 1), County);
        var before = PersonFacts.From(parent, household, new LocalDate(2018, 2, 28), County);

        Assert.True(expired.CertificateExpired);
        Assert.False(expired.CertificateValid);
        Assert.True(expired.HasCertificate);
        Assert.False(before.HasCertificate);
        Assert.Equal(0, before.Grade);
        Assert.Empty(before.Categories);
    }

    [Fact]
    public void From_PersonOutsideTheHousehold_Throws()
    {
        var stranger = new Person(ResidentIdNumber.Create(County, new LocalDate(1990, 1, 1), 1), new PersonName("李四"));

        Assert.Throws<ArgumentException>(() => PersonFacts.From(stranger, Household(), new LocalDate(2020, 1, 1), County));
    }

    internal static Household Household()
    {
        var profile = DisabilityProfile.Multiple(new Disability(DisabilityCategory.Physical, DisabilityGrade.Three), new Disability(DisabilityCategory.Mental, DisabilityGrade.Two));
        var parent = new Person(
            ParentId,
            new PersonName("王大明"),
            DisabilityCertificate.Issue(ParentId, profile, new LocalDate(2018, 3, 1), County),
            supports: [new Dated<SupportStatus>(SupportStatus.WorkInjuryNursingAllowance, new LocalDate(2019, 1, 1))],
            careNeed: new CareNeed(new LocalDate(2019, 1, 1), 8),
            psychiatricTreatmentYears: [2019]);
        var child = new Person(
            ChildId,
            new PersonName("王小红"),
            diagnoses: [new Diagnosis(DiagnosedCondition.Hearing, new LocalDate(2015, 1, 1), true), new Diagnosis(DiagnosedCondition.Autism, new LocalDate(2016, 1, 1), false)],
            enrolments: [new Dated<SchoolStage>(SchoolStage.Primary, new LocalDate(2018, 9, 1), new LocalDate(2024, 6, 30))]);
        return new Household(
            new HouseholdRegistration(County, HukouType.Rural),
            [parent, child],
            [new Dated<PovertyStatus>(PovertyStatus.RegisteredPoor, new LocalDate(2016, 1, 1), new LocalDate(2020, 12, 31)), new Dated<PovertyStatus>(PovertyStatus.LiftedOutOfPoverty, new LocalDate(2021, 1, 1))],
            [new ParentChildLink(ParentId, ChildId)]);
    }
}
