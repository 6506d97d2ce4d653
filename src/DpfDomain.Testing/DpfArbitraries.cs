using System.Linq;
using DpfDomain.Certificates;
using DpfDomain.Identity;
using DpfDomain.People;
using FsCheck;
using FsCheck.Fluent;

namespace DpfDomain.Testing;

/// <summary>
/// FsCheck generators of valid domain values drawn like a real county's (see
/// <see cref="CountyRollGenerator"/>): identity and certificate numbers, people, households and
/// small generated counties. Register the class with a property, e.g.
/// <c>[Property(Arbitrary = [typeof(DpfArbitraries)])]</c>, or use the generators directly.
/// </summary>
/// <remarks>Values are made from a drawn seed, so a failing case is reproduced by its seed; they are not shrunk.</remarks>
public static class DpfArbitraries
{
    /// <summary>The most people in a county of <see cref="SmallCounties"/>.</summary>
    public const int SmallCountyMaximumPeople = 300;

    /// <summary>The most bad rows of each kind in a county of <see cref="SmallCounties"/>.</summary>
    public const int SmallCountyMaximumBadRowsPerKind = 3;

    private static Gen<int> Seeds => Gen.Choose(0, int.MaxValue - 1);

    /// <summary>Valid identity numbers of people born 1920–2019 anywhere in China.</summary>
    public static Gen<ResidentIdNumber> IdNumbers =>
        Seeds.Select(seed => TestIdentities.RandomIdNumber(SeededRandom.For(seed, SeededRandom.Values, 0)));

    /// <summary>Valid certificate numbers: a holder from <see cref="IdNumbers"/>, a profile with the county's shares (multiple disabilities included), now and then a B suffix.</summary>
    public static Gen<CertificateNumber> CertificateNumbers =>
        from holder in IdNumbers
        from seed in Seeds
        select TestIdentities.RandomCertificateNumber(SeededRandom.For(seed, SeededRandom.Values, 1), holder);

    /// <summary>Households as a county of the default options (340123 on 2019-06-30) has them: one to five members, with certificates, statuses, enrolments and parent links.</summary>
    public static Gen<Household> Households =>
        Seeds.Select(seed =>
            new HouseholdFactory(CountyRollOptions.DefaultCounty, CountyRollOptions.DefaultAsOf, new TestIdentities(CountyRollOptions.DefaultCounty))
                .Create(SeededRandom.For(seed, SeededRandom.Values, 2), 8));

    /// <summary>People: a member of a household of <see cref="Households"/>.</summary>
    public static Gen<Person> People =>
        from household in Households
        from index in Gen.Choose(0, household.Members.Count - 1)
        select household.Members[index];

    /// <summary>Options of small counties: 0–300 people, any seed, the default county and date, and 0–3 bad rows of each kind (none for about half the kinds).</summary>
    public static Gen<CountyRollOptions> SmallCounties =>
        from people in Gen.Choose(0, SmallCountyMaximumPeople)
        from seed in Seeds
        from badRows in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, SmallCountyMaximumBadRowsPerKind))), System.Enum.GetValues<BadRowKind>().Length)
        select Options(people, seed, badRows);

    /// <summary>The arbitrary of <see cref="IdNumbers"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ResidentIdNumber> IdNumberArbitrary() => IdNumbers.ToArbitrary();

    /// <summary>The arbitrary of <see cref="CertificateNumbers"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CertificateNumber> CertificateNumberArbitrary() => CertificateNumbers.ToArbitrary();

    /// <summary>The arbitrary of <see cref="People"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Person> PersonArbitrary() => People.ToArbitrary();

    /// <summary>The arbitrary of <see cref="Households"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Household> HouseholdArbitrary() => Households.ToArbitrary();

    /// <summary>The arbitrary of <see cref="SmallCounties"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CountyRollOptions> SmallCountyArbitrary() => SmallCounties.ToArbitrary();

    private static CountyRollOptions Options(int people, int seed, int[] badRows)
    {
        var options = new CountyRollOptions { People = people, Seed = seed };
        foreach (var (kind, count) in System.Enum.GetValues<BadRowKind>().Zip(badRows))
        {
            options.BadRows[kind] = count;
        }

        return options;
    }
}
