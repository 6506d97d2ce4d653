using DpfDomain.People;
using DpfDomain.Time;
using NodaTime;

namespace DpfDomain.Tests.People;

/// <summary>Arguments a person, a household and an age refuse; facts that hold when any one record holds.</summary>
public sealed class PersonArgumentTests
{
    private static readonly LocalDate Day = new(2024, 1, 1);
    private static readonly Person Someone = PeopleBuilders.Person(PeopleBuilders.Id(1970, 5, 1, 11));

    [Fact]
    public void Household_NullArgumentsOrEntries_AreRefused()
    {
        Assert.Equal("registration", Assert.Throws<ArgumentNullException>(() => new Household(null!, [Someone])).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentNullException>(() => new Household(PeopleBuilders.Registration, null!)).ParamName);
        Assert.Throws<DpfDomainException>(() => new Household(PeopleBuilders.Registration, [Someone, null!]));
        Assert.Throws<DpfDomainException>(() => new Household(PeopleBuilders.Registration, [Someone], povertyStatuses: [null!]));
        Assert.Throws<DpfDomainException>(() => new Household(PeopleBuilders.Registration, [Someone], parentLinks: [null!]));
    }

    [Fact]
    public void Person_NullEntriesAndNullChanges_AreRefused()
    {
        var id = PeopleBuilders.Id(1970, 5, 1, 11);

        Assert.Equal("supports", Assert.Throws<ArgumentException>(() => new Person(id, new PersonName("张三"), supports: [null!])).ParamName);
        Assert.Equal("diagnoses", Assert.Throws<ArgumentException>(() => new Person(id, new PersonName("张三"), diagnoses: [null!])).ParamName);
        Assert.Throws<ArgumentNullException>(() => Someone.WithSupport(null!));
        Assert.Throws<ArgumentNullException>(() => Someone.WithEnrolment(null!));
    }

    [Fact]
    public void HasSupportAndDiagnosis_OneMatchingRecordAmongOthers_IsEnough()
    {
        var person = new Person(
            PeopleBuilders.Id(1970, 5, 1, 11),
            new PersonName("张三"),
            supports: [new Dated<SupportStatus>(SupportStatus.OrphanSupport, Day.PlusYears(-5), Day.PlusYears(-4)), new Dated<SupportStatus>(SupportStatus.OrphanSupport, Day)],
            diagnoses: [new Diagnosis(DiagnosedCondition.Autism, Day.PlusYears(1), true), new Diagnosis(DiagnosedCondition.Autism, Day, true)]);

        Assert.True(person.HasSupportOn(SupportStatus.OrphanSupport, Day));
        Assert.True(person.HasDiagnosis(DiagnosedCondition.Autism, Day));
    }

    [Fact]
    public void Age_DifferentCalendarsOrNegativeYears_AreRefused()
    {
        var julian = new LocalDate(2024, 1, 1, CalendarSystem.Julian);

        Assert.Equal("date", Assert.Throws<ArgumentException>(() => Age.InCompletedYears(new LocalDate(2000, 1, 1), julian)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Age.Anniversary(new LocalDate(2000, 1, 1), -1));
        Assert.Equal(new LocalDate(2000, 1, 1), Age.Anniversary(new LocalDate(2000, 1, 1), 0));
    }
}
