using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using NodaTime;

namespace DpfDomain.Tests.People;

/// <summary>Builders of people, certificates and households for the example tests.</summary>
internal static class PeopleBuilders
{
    /// <summary>A county-level division (肥东县, Anhui).</summary>
    public static DivisionCode County { get; } = DivisionCode.Parse("340123");

    /// <summary>A rural registration in <see cref="County"/>.</summary>
    public static HouseholdRegistration Registration { get; } = new(County, HukouType.Rural);

    /// <summary>An identity number registered in <see cref="County"/>.</summary>
    public static ResidentIdNumber Id(int year, int month, int day, int sequence) =>
        ResidentIdNumber.Create(County, new LocalDate(year, month, day), sequence);

    /// <summary>A 10-year mental grade 2 certificate issued in <see cref="County"/>.</summary>
    public static DisabilityCertificate Certificate(ResidentIdNumber holder, LocalDate issueDate) =>
        DisabilityCertificate.Issue(holder, DisabilityProfile.Of(DisabilityCategory.Mental, 2), issueDate, County);

    /// <summary>A person with a name and, optionally, a certificate.</summary>
    public static Person Person(ResidentIdNumber id, string name = "张三", DisabilityCertificate? certificate = null) =>
        new(id, new PersonName(name), certificate);
}
