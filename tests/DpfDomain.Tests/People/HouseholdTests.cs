using DpfDomain.People;
using NodaTime;
using static DpfDomain.Tests.People.PeopleBuilders;

namespace DpfDomain.Tests.People;

public sealed class HouseholdTests
{
    private static readonly LocalDate From = new(2021, 3, 1);
    private static readonly LocalDate Until = new(2022, 6, 30);

    // Parents born 1980/1982, children born 2010/2012.
    private static readonly Person Father = PeopleBuilders.Person(Id(1980, 1, 1, 11), "王大伟");
    private static readonly Person Mother = PeopleBuilders.Person(Id(1982, 2, 2, 22), "李秀英");
    private static readonly Person Child = PeopleBuilders.Person(Id(2010, 5, 1, 33), "王小明");
    private static readonly Person Sibling = PeopleBuilders.Person(Id(2012, 7, 7, 44), "王小红");

    [Fact]
    public void HoldsOn_BoundedPeriod_HoldsFromTheFirstThroughTheLastDayInclusive()
    {
        var dated = new Dated<PovertyStatus>(PovertyStatus.MinimumLivingAllowance, From, Until);

        Assert.False(dated.HoldsOn(From.PlusDays(-1)));
        Assert.True(dated.HoldsOn(From));
        Assert.True(dated.HoldsOn(new LocalDate(2021, 12, 31)));
        Assert.True(dated.HoldsOn(Until));
        Assert.False(dated.HoldsOn(Until.PlusDays(1)));
    }

    [Fact]
    public void HoldsOn_SingleDayPeriod_HoldsOnThatDayOnly()
    {
        var dated = new Dated<PovertyStatus>(PovertyStatus.RegisteredPoor, From, From);

        Assert.False(dated.HoldsOn(From.PlusDays(-1)));
        Assert.True(dated.HoldsOn(From));
        Assert.False(dated.HoldsOn(From.PlusDays(1)));
    }

    [Fact]
    public void HoldsOn_OpenEnded_HoldsFromTheFirstDayForever()
    {
        var dated = new Dated<PovertyStatus>(PovertyStatus.LiftedOutOfPoverty, From);

        Assert.Null(dated.Until);
        Assert.False(dated.HoldsOn(From.PlusDays(-1)));
        Assert.True(dated.HoldsOn(From));
        Assert.True(dated.HoldsOn(new LocalDate(2099, 12, 31)));
    }

    [Fact]
    public void Constructor_LastDayBeforeFirstDay_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Dated<PovertyStatus>(PovertyStatus.RegisteredPoor, From, From.PlusDays(-1)));
    }

    [Fact]
    public void Constructor_UndefinedStatus_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Dated<PovertyStatus>((PovertyStatus)99, From));
    }

    [Theory]
    [InlineData(PovertyStatus.RegisteredPoor)]
    [InlineData(PovertyStatus.LiftedOutOfPoverty)]
    [InlineData(PovertyStatus.MonitoredForRelapse)]
    public void IsRegisteredPoorOn_AnyOfTheThreeNames_IsTrueWithinThePeriodOnly(PovertyStatus status)
    {
        var household = new Household(Registration, [Child], [new Dated<PovertyStatus>(status, From, Until)]);

        Assert.True(household.IsRegisteredPoorOn(From));
        Assert.True(household.IsRegisteredPoorOn(Until));
        Assert.False(household.IsRegisteredPoorOn(From.PlusDays(-1)));
        Assert.False(household.IsRegisteredPoorOn(Until.PlusDays(1)));
        Assert.True(household.HasPovertyStatusOn(status, From));
    }

    [Theory]
    [InlineData(PovertyStatus.MinimumLivingAllowance)]
    [InlineData(PovertyStatus.MarginalMinimumLivingAllowance)]
    public void IsRegisteredPoorOn_MinimumLivingAllowanceOnly_IsFalse(PovertyStatus status)
    {
        var household = new Household(Registration, [Child], [new Dated<PovertyStatus>(status, From)]);

        Assert.True(household.HasPovertyStatusOn(status, From));
        Assert.False(household.IsRegisteredPoorOn(From));
        Assert.False(household.HasPovertyStatusOn(PovertyStatus.RegisteredPoor, From));
    }

    [Fact]
    public void IsRegisteredPoorOn_NoStatuses_IsFalse()
    {
        var household = new Household(Registration, [Child]);

        Assert.False(household.IsRegisteredPoorOn(From));
        Assert.Empty(household.PovertyStatuses);
    }

    [Fact]
    public void HasParentWithValidCertificate_ParentCertificateValid_IsTrue()
    {
        var father = Father.WithCertificate(Certificate(Father.Id, new LocalDate(2019, 3, 15)));
        var household = new Household(Registration, [father, Mother, Child], parentLinks: [new ParentChildLink(father.Id, Child.Id)]);

        Assert.True(household.HasParentWithValidCertificate(Child.Id, new LocalDate(2019, 3, 15)));
        Assert.True(household.HasParentWithValidCertificate(Child.Id, new LocalDate(2029, 3, 14)));
    }

    [Fact]
    public void HasParentWithValidCertificate_ParentCertificateExpiredOrNotYetIssued_IsFalse()
    {
        var father = Father.WithCertificate(Certificate(Father.Id, new LocalDate(2019, 3, 15)));
        var household = new Household(Registration, [father, Child], parentLinks: [new ParentChildLink(father.Id, Child.Id)]);

        Assert.False(household.HasParentWithValidCertificate(Child.Id, new LocalDate(2029, 3, 15)));
        Assert.False(household.HasParentWithValidCertificate(Child.Id, new LocalDate(2019, 3, 14)));
    }

    [Fact]
    public void HasParentWithValidCertificate_OnlyMotherHasValidCertificate_IsTrue()
    {
        var mother = Mother.WithCertificate(Certificate(Mother.Id, new LocalDate(2020, 1, 1)));
        var household = new Household(
            Registration,
            [Father, mother, Child],
            parentLinks: [new ParentChildLink(Father.Id, Child.Id), new ParentChildLink(mother.Id, Child.Id)]);

        Assert.True(household.HasParentWithValidCertificate(Child.Id, new LocalDate(2024, 1, 1)));
    }

    [Fact]
    public void HasParentWithValidCertificate_NoParentLinks_IsFalse()
    {
        var father = Father.WithCertificate(Certificate(Father.Id, new LocalDate(2019, 3, 15)));
        var household = new Household(Registration, [father, Child]);

        Assert.False(household.HasParentWithValidCertificate(Child.Id, new LocalDate(2020, 1, 1)));
    }

    [Fact]
    public void HasParentWithValidCertificate_OnlySiblingHasValidCertificate_IsFalse()
    {
        var sibling = Sibling.WithCertificate(Certificate(Sibling.Id, new LocalDate(2019, 3, 15)));
        var household = new Household(
            Registration,
            [Father, Mother, Child, sibling],
            parentLinks:
            [
                new ParentChildLink(Father.Id, Child.Id),
                new ParentChildLink(Mother.Id, Child.Id),
                new ParentChildLink(Father.Id, sibling.Id),
                new ParentChildLink(Mother.Id, sibling.Id),
            ]);

        Assert.True(sibling.Certificate!.IsValidOn(new LocalDate(2020, 1, 1)));
        Assert.False(household.HasParentWithValidCertificate(Child.Id, new LocalDate(2020, 1, 1)));
    }

    [Fact]
    public void HasParentWithValidCertificate_ChildHasTheCertificate_DoesNotCountForTheParent()
    {
        var child = Child.WithCertificate(Certificate(Child.Id, new LocalDate(2019, 3, 15)));
        var household = new Household(Registration, [Father, child], parentLinks: [new ParentChildLink(Father.Id, child.Id)]);

        Assert.False(household.HasParentWithValidCertificate(Father.Id, new LocalDate(2020, 1, 1)));
        Assert.False(household.HasParentWithValidCertificate(child.Id, new LocalDate(2020, 1, 1)));
    }

    [Fact]
    public void ParentsOfAndChildrenOf_RecordedLinks_ReturnLinkedMembersInOrder()
    {
        var household = new Household(
            Registration,
            [Father, Mother, Child, Sibling],
            parentLinks:
            [
                new ParentChildLink(Father.Id, Child.Id),
                new ParentChildLink(Mother.Id, Child.Id),
                new ParentChildLink(Mother.Id, Sibling.Id),
            ]);

        Assert.Equal([Father.Id, Mother.Id], household.ParentsOf(Child.Id).Select(p => p.Id));
        Assert.Equal([Mother.Id], household.ParentsOf(Sibling.Id).Select(p => p.Id));
        Assert.Empty(household.ParentsOf(Father.Id));
        Assert.Equal([Child.Id], household.ChildrenOf(Father.Id).Select(p => p.Id));
        Assert.Equal([Child.Id, Sibling.Id], household.ChildrenOf(Mother.Id).Select(p => p.Id));
        Assert.Empty(household.ChildrenOf(Child.Id));
    }

    [Fact]
    public void ParentLinks_RepeatedLink_IsRecordedOnce()
    {
        var household = new Household(
            Registration,
            [Father, Child],
            parentLinks: [new ParentChildLink(Father.Id, Child.Id), new ParentChildLink(Father.Id, Child.Id)]);

        Assert.Single(household.ParentLinks);
        Assert.Single(household.ParentsOf(Child.Id));
    }

    [Fact]
    public void Find_MemberOrNonMember_ReturnsMemberOrNull()
    {
        var household = new Household(Registration, [Father, Child]);

        Assert.Same(Child, household.Find(Child.Id));
        Assert.Null(household.Find(Mother.Id));
        Assert.Equal([Father, Child], household.Members);
        Assert.Equal(Registration, household.Registration);
    }

    [Fact]
    public void Constructor_NoMembers_Throws()
    {
        var exception = Assert.Throws<DpfDomainException>(() => new Household(Registration, []));

        Assert.NotEmpty(exception.MessageZh);
    }

    [Fact]
    public void Constructor_DuplicateMember_ThrowsWithoutTheUnmaskedNumber()
    {
        var exception = Assert.Throws<DpfDomainException>(() => new Household(Registration, [Child, Father, Child]));

        AssertNoUnmaskedNumber(exception, Child);
    }

    [Fact]
    public void Constructor_DuplicateIdentityNumberWithDifferentName_Throws()
    {
        var impostor = PeopleBuilders.Person(Child.Id, "赵六");

        Assert.Throws<DpfDomainException>(() => new Household(Registration, [Child, impostor]));
    }

    [Fact]
    public void Constructor_LinkToNonMember_Throws()
    {
        var exception = Assert.Throws<DpfDomainException>(() =>
            new Household(Registration, [Child], parentLinks: [new ParentChildLink(Father.Id, Child.Id)]));

        AssertNoUnmaskedNumber(exception, Father);
        AssertNoUnmaskedNumber(exception, Child);
    }

    [Fact]
    public void Constructor_LinkFromMemberToNonMemberChild_Throws()
    {
        Assert.Throws<DpfDomainException>(() =>
            new Household(Registration, [Father], parentLinks: [new ParentChildLink(Father.Id, Child.Id)]));
    }

    [Fact]
    public void Constructor_ThreeParents_Throws()
    {
        var third = PeopleBuilders.Person(Id(1960, 8, 8, 55), "王老汉");

        var exception = Assert.Throws<DpfDomainException>(() => new Household(
            Registration,
            [Father, Mother, third, Child],
            parentLinks:
            [
                new ParentChildLink(Father.Id, Child.Id),
                new ParentChildLink(Mother.Id, Child.Id),
                new ParentChildLink(third.Id, Child.Id),
            ]));

        AssertNoUnmaskedNumber(exception, Child);
    }

    [Fact]
    public void Constructor_TwoParents_IsAccepted()
    {
        var household = new Household(
            Registration,
            [Father, Mother, Child],
            parentLinks: [new ParentChildLink(Father.Id, Child.Id), new ParentChildLink(Mother.Id, Child.Id)]);

        Assert.Equal(2, household.ParentsOf(Child.Id).Count);
    }

    private static void AssertNoUnmaskedNumber(DpfDomainException exception, Person person)
    {
        var full = person.Id.ToUnmaskedString();
        Assert.DoesNotContain(full, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(full, exception.MessageZh, StringComparison.Ordinal);
        Assert.NotEmpty(exception.MessageZh);
    }
}
