using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DpfDomain.Tests;

/// <summary>The FsCheck generators of the domain values, registered by <see cref="DomainPropertyAttribute"/>.</summary>
public static class Arbitraries
{
    public static Gen<DivisionCode> DivisionCodes =>
        from province in Gen.Elements(Provinces.Codes.ToArray())
        from prefecture in Gen.Choose(1, 99)
        from county in Gen.Choose(1, 99)
        select DivisionCode.Parse($"{province:D2}{prefecture:D2}{county:D2}");

    public static Gen<LocalDate> DatesBetween(int firstYear, int lastYear) =>
        from year in Gen.Choose(firstYear, lastYear)
        from dayOfYear in Gen.Choose(1, CalendarSystem.Iso.GetDaysInYear(year))
        select new LocalDate(year, 1, 1).PlusDays(dayOfYear - 1);

    /// <summary>Birth dates, with 29 February over-represented.</summary>
    public static Gen<LocalDate> BirthDates =>
        Gen.Frequency(
            (9, DatesBetween(1900, 2025)),
            (1, Gen.Elements(1904, 1948, 1972, 1996, 2000, 2016, 2024).Select(y => new LocalDate(y, 2, 29))));

    public static Gen<ResidentIdNumber> IdNumbers =>
        from division in DivisionCodes
        from birth in BirthDates
        from sequence in Gen.Choose(0, 999)
        select ResidentIdNumber.Create(division, birth, sequence);

    public static Gen<Disability> SingleDisabilities =>
        from category in Gen.Choose(1, 6)
        from grade in Gen.Choose(1, 4)
        select new Disability((DisabilityCategory)category, new DisabilityGrade(grade));

    public static Gen<DisabilityProfile> MultipleProfiles =>
        from categories in Gen.SubListOf(DisabilityCategoryInfo.Components.ToArray()).Where(l => l.Count >= 2)
        from grades in Gen.ArrayOf(Gen.Choose(1, 4), categories.Count)
        select DisabilityProfile.Multiple(categories.Select((c, i) => new Disability(c, new DisabilityGrade(grades[i]))));

    public static Gen<DisabilityProfile> Profiles =>
        Gen.OneOf(SingleDisabilities.Select(DisabilityProfile.Of), MultipleProfiles);

    public static Gen<CertificateNumber> CertificateNumbers =>
        from holder in IdNumbers
        from profile in Profiles
        from reissue in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 12)), (1, Gen.Choose(13, int.MaxValue)))
        select CertificateNumber.For(holder, profile, reissue);

    public static Arbitrary<ResidentIdNumber> ResidentIdNumberArbitrary() => IdNumbers.ToArbitrary();

    public static Arbitrary<DisabilityProfile> DisabilityProfileArbitrary() => Profiles.ToArbitrary();

    public static Arbitrary<CertificateNumber> CertificateNumberArbitrary() => CertificateNumbers.ToArbitrary();

    public static Arbitrary<LocalDate> LocalDateArbitrary() => DatesBetween(1900, 2100).ToArbitrary();

    public static Arbitrary<DivisionCode> DivisionCodeArbitrary() => DivisionCodes.ToArbitrary();
}
