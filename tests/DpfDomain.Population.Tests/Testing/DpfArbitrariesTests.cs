using DpfDomain.Certificates;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Testing;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Population.Tests.Testing;

public sealed class DpfArbitrariesTests
{
    [Property(Arbitrary = [typeof(DpfArbitraries)], MaxTest = 300, QuietOnSuccess = true)]
    public bool IdNumbers_AreValid(ResidentIdNumber id) =>
        ResidentIdNumber.Parse(id.ToUnmaskedString()) == id && id.BirthDate.Year is >= 1920 and <= 2019;

    [Property(Arbitrary = [typeof(DpfArbitraries)], MaxTest = 300, QuietOnSuccess = true)]
    public bool CertificateNumbers_AreValid(CertificateNumber number) =>
        CertificateNumber.Parse(number.ToUnmaskedString()) == number;

    [Property(Arbitrary = [typeof(DpfArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
    public void Households_AreConsistent(Household household)
    {
        Assert.InRange(household.Members.Count, 1, 8);
        Assert.Equal(CountyRollOptions.DefaultCounty, household.Registration.County);
        Assert.All(household.Members, p => Assert.True(p.Certificate is null || p.Certificate.Holder == p.Id));
        Assert.Contains(household.Members, p => p.Certificate is not null);
        Assert.All(household.ParentLinks, l => Assert.True(household.Find(l.Parent)!.BirthDate < household.Find(l.Child)!.BirthDate));
    }

    [Property(Arbitrary = [typeof(DpfArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
    public bool People_AreBornBeforeTheRunDate(Person person) => person.BirthDate <= CountyRollOptions.DefaultAsOf;

    [Property(Arbitrary = [typeof(DpfArbitraries)], MaxTest = 200, QuietOnSuccess = true)]
    public void SmallCounties_AreWithinTheirLimits(CountyRollOptions options)
    {
        Assert.InRange(options.People, 0, DpfArbitraries.SmallCountyMaximumPeople);
        Assert.Equal(Enum.GetValues<BadRowKind>().Length, options.BadRows.Count);
        Assert.All(options.BadRows.Values, count => Assert.InRange(count, 0, DpfArbitraries.SmallCountyMaximumBadRowsPerKind));
    }

    [Fact]
    public void Generators_VaryAndCoverTheShapes()
    {
        var households = Gen.Sample(DpfArbitraries.Households, 300);
        var counties = Gen.Sample(DpfArbitraries.SmallCounties, 100);

        Assert.True(households.Select(h => h.Members[0].Id).Distinct().Count() > 290);
        Assert.Contains(households, h => h.Members.Count == 1);
        Assert.Contains(households, h => h.ParentLinks.Count > 0);
        Assert.Contains(counties, c => c.People < 100);
        Assert.Contains(counties, c => c.People > 200);
        Assert.Contains(counties, c => c.BadRows.Values.Any(v => v == 0));
        Assert.Contains(counties, c => c.BadRows.Values.Any(v => v > 0));
        Assert.True(counties.Select(c => c.Seed).Distinct().Count() > 95);
    }
}
