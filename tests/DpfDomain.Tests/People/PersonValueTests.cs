using DpfDomain.Identity;
using DpfDomain.People;
using NodaTime;

namespace DpfDomain.Tests.People;

/// <summary>The small values a person and a household are made of: their checks, equality and wording.</summary>
public sealed class PersonValueTests
{
    private static readonly DivisionCode County = PeopleBuilders.County;
    private static readonly ResidentIdNumber Parent = PeopleBuilders.Id(1970, 5, 1, 11);
    private static readonly ResidentIdNumber Child = PeopleBuilders.Id(2010, 5, 1, 12);

    [Fact]
    public void HearingFacts_KeepEachFactAndNoneHasNone()
    {
        var facts = new HearingFacts(wearsHearingAid: true, hasCochlearImplant: false, hearingAidFittingIndicated: true, cochlearImplantIndicated: false);
        var implant = new HearingFacts(false, true, false, true);

        Assert.True(facts.WearsHearingAid);
        Assert.False(facts.HasCochlearImplant);
        Assert.True(facts.HearingAidFittingIndicated);
        Assert.False(facts.CochlearImplantIndicated);
        Assert.True(implant.HasCochlearImplant);
        Assert.True(implant.CochlearImplantIndicated);
        Assert.False(HearingFacts.None.WearsHearingAid);
        Assert.False(HearingFacts.None.HasCochlearImplant);
        Assert.False(HearingFacts.None.HearingAidFittingIndicated);
        Assert.False(HearingFacts.None.CochlearImplantIndicated);
        Assert.Same(HearingFacts.None, PeopleBuilders.Person(Parent).Hearing);
        Assert.Same(facts, new Person(Parent, new PersonName("张三"), hearing: facts).Hearing);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(1200, true)]
    public void CareNeed_ZeroTo1200Months_IsLongTermFromSixMonths(int months, bool longTerm)
    {
        Assert.Equal(longTerm, new CareNeed(new LocalDate(2024, 1, 1), months).IsLongTerm);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1201)]
    public void CareNeed_MonthsOutOfRange_Throws(int months)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CareNeed(new LocalDate(2024, 1, 1), months));
    }

    [Fact]
    public void Diagnosis_UndefinedConditionThrowsAndTheWordingNamesTheHospital()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Diagnosis((DiagnosedCondition)7, new LocalDate(2024, 1, 1), false));
        Assert.Equal("Autism diagnosed 2024-01-02 by a designated hospital", new Diagnosis(DiagnosedCondition.Autism, new LocalDate(2024, 1, 2), true).ToString());
        Assert.Equal("Autism diagnosed 2024-01-02", new Diagnosis(DiagnosedCondition.Autism, new LocalDate(2024, 1, 2), false).ToString());
    }

    [Fact]
    public void HouseholdRegistration_NotACountyOrUndefinedType_Throws()
    {
        Assert.Equal("county", Assert.Throws<ArgumentException>(() => new HouseholdRegistration(default, HukouType.Rural)).ParamName);
        Assert.Equal("county", Assert.Throws<ArgumentException>(() => new HouseholdRegistration(DivisionCode.Parse("340100"), HukouType.Rural)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new HouseholdRegistration(County, (HukouType)0));
    }

    [Fact]
    public void HouseholdRegistration_EqualByCountyAndType()
    {
        var rural = new HouseholdRegistration(County, HukouType.Rural);

        Assert.True(rural.IsRural);
        Assert.False(new HouseholdRegistration(County, HukouType.Urban).IsRural);
        Assert.True(rural.Equals(new HouseholdRegistration(County, HukouType.Rural)));
        Assert.Equal(rural.GetHashCode(), new HouseholdRegistration(County, HukouType.Rural).GetHashCode());
        Assert.False(rural.Equals(new HouseholdRegistration(County, HukouType.Urban)));
        Assert.False(rural.Equals(new HouseholdRegistration(DivisionCode.Parse("340124"), HukouType.Rural)));
        Assert.False(rural.Equals(null));
        Assert.False(rural.Equals((object)"340123"));
    }

    [Fact]
    public void ParentChildLink_UninitialisedOrSamePerson_ThrowsNamingTheArgument()
    {
        Assert.Equal("parent", Assert.Throws<ArgumentException>(() => new ParentChildLink(default, Child)).ParamName);
        Assert.Equal("child", Assert.Throws<ArgumentException>(() => new ParentChildLink(Parent, default)).ParamName);
        Assert.Equal("child", Assert.Throws<ArgumentException>(() => new ParentChildLink(Parent, Parent)).ParamName);
    }

    [Fact]
    public void ParentChildLink_EqualByParentAndChild()
    {
        var link = new ParentChildLink(Parent, Child);
        var other = PeopleBuilders.Id(1972, 5, 1, 13);

        Assert.True(link.Equals(new ParentChildLink(Parent, Child)));
        Assert.Equal(link.GetHashCode(), new ParentChildLink(Parent, Child).GetHashCode());
        Assert.False(link.Equals(new ParentChildLink(other, Child)));
        Assert.False(link.Equals(new ParentChildLink(Parent, other)));
        Assert.False(link.Equals(new ParentChildLink(Child, Parent)));
        Assert.False(link.Equals(null));
    }

    [Fact]
    public void PersonName_EqualityHashAndDefault()
    {
        var name = new PersonName("张三");

        Assert.True(name == new PersonName("张三"));
        Assert.False(name != new PersonName("张三"));
        Assert.True(name != new PersonName("李四"));
        Assert.Equal(name.GetHashCode(), new PersonName("张三").GetHashCode());
        Assert.NotEqual(name.GetHashCode(), new PersonName("李四").GetHashCode());
        Assert.Equal(0, default(PersonName).GetHashCode());
        Assert.Equal("(no name)", default(PersonName).Masked);
        Assert.False(default(PersonName).IsInitialised);
    }
}
