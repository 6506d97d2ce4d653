using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using NodaTime;

namespace DpfDomain.Testing;

/// <summary>
/// Valid resident identity numbers and certificate numbers for test data. An instance hands out
/// numbers that are unique among those it has handed out (one instance per generated county); the
/// static members make single numbers from a <see cref="Random"/>.
/// </summary>
/// <remarks>
/// <para>An instance keeps, per birth date and sex, how many sequence codes it has used (at most 500
/// per day and sex, as in GB 11643-1999, where the sequence code's parity gives the sex); a few tens of
/// thousands of small counters for a county of ten million. When a day is full, the number is given
/// the nearest earlier day that still has a free code, so the birth date may move back by a day or
/// so: read the birth date from the number, not from what was asked for.</para>
/// <para>Not thread-safe. The numbers depend only on the order of the calls, so a generator that
/// calls in a fixed order gets the same numbers every time.</para>
/// </remarks>
public sealed class TestIdentities
{
    /// <summary>How many sequence codes there are for one birth date and sex.</summary>
    public const int CodesPerDayAndSex = 500;

    private readonly Dictionary<int, short> _used = [];

    /// <summary>Creates an allocator for people first registered in a division.</summary>
    /// <param name="division">The division code the numbers start with, e.g. the county 340123.</param>
    /// <exception cref="ArgumentException"><paramref name="division"/> is uninitialised.</exception>
    public TestIdentities(DivisionCode division)
    {
        if (!division.IsInitialised)
        {
            throw new ArgumentException("The division code is the uninitialised default value.", nameof(division));
        }

        Division = division;
    }

    /// <summary>The division code every number starts with.</summary>
    public DivisionCode Division { get; }

    /// <summary>How many numbers have been handed out.</summary>
    public long Count { get; private set; }

    /// <summary>
    /// The next unused number for a birth date and sex. The sequence codes of one day are handed out
    /// in a scrambled but fixed order, so they do not all start at 000.
    /// </summary>
    /// <param name="birthDate">The wanted birth date, in years 1800–2099.</param>
    /// <param name="sex">The sex, encoded in the parity of the sequence code.</param>
    /// <returns>A valid number never handed out before by this instance; its birth date is <paramref name="birthDate"/> or, when that day is full, the nearest earlier day with a free code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The birth year is outside 1800–2099, or <paramref name="sex"/> is not defined.</exception>
    /// <exception cref="InvalidOperationException">Every day back to 1800 is full.</exception>
    public ResidentIdNumber Next(LocalDate birthDate, Sex sex)
    {
        if (birthDate.Year is < ResidentIdNumber.MinimumBirthYear or > ResidentIdNumber.MaximumBirthYear)
        {
            throw new ArgumentOutOfRangeException(nameof(birthDate), birthDate, "The birth year must be 1800–2099.");
        }

        if (sex is not (Sex.Male or Sex.Female))
        {
            throw new ArgumentOutOfRangeException(nameof(sex), sex, "The sex is Male or Female.");
        }

        var male = sex == Sex.Male ? 1 : 0;
        for (var day = birthDate; day.Year >= ResidentIdNumber.MinimumBirthYear; day = day.PlusDays(-1))
        {
            var dayNumber = DayNumber(day);
            var key = (dayNumber * 2) + male;
            var used = _used.GetValueOrDefault(key);
            if (used < CodesPerDayAndSex)
            {
                _used[key] = (short)(used + 1);
                Count++;
                var slot = ((used * 37) + (dayNumber % CodesPerDayAndSex)) % CodesPerDayAndSex;
                return ResidentIdNumber.Create(Division, day, (slot * 2) + male);
            }
        }

        throw new InvalidOperationException("Every birth date back to 1800 has used all its sequence codes.");
    }

    /// <summary>A valid number with a birth date between two dates and a random sequence code (not checked for uniqueness).</summary>
    /// <param name="random">The source of randomness; the same state gives the same number.</param>
    /// <param name="division">The division code.</param>
    /// <param name="earliestBirth">The earliest birth date, year 1800 or later.</param>
    /// <param name="latestBirth">The latest birth date, year 2099 or earlier.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="division"/> is uninitialised, or the dates are out of order or out of range.</exception>
    public static ResidentIdNumber RandomIdNumber(Random random, DivisionCode division, LocalDate earliestBirth, LocalDate latestBirth)
    {
        Guard.Against.Null(random);
        if (!division.IsInitialised)
        {
            throw new ArgumentException("The division code is the uninitialised default value.", nameof(division));
        }

        if (latestBirth < earliestBirth || earliestBirth.Year < ResidentIdNumber.MinimumBirthYear || latestBirth.Year > ResidentIdNumber.MaximumBirthYear)
        {
            throw new ArgumentException("The birth dates must be in order, within years 1800–2099.", nameof(latestBirth));
        }

        return ResidentIdNumber.Create(division, random.Day(earliestBirth, latestBirth), random.Next(0, 1000));
    }

    /// <summary>A valid number of someone born 1920–2019 in a random county-level division of a random province (not checked for uniqueness).</summary>
    /// <param name="random">The source of randomness.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public static ResidentIdNumber RandomIdNumber(Random random)
    {
        Guard.Against.Null(random);
        var province = Provinces.Codes[random.Next(Provinces.Codes.Count)];
        var division = DivisionCode.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{province:D2}{random.Between(1, 99):D2}{random.Between(1, 99):D2}"));
        return RandomIdNumber(random, division, new LocalDate(1920, 1, 1), new LocalDate(2019, 12, 31));
    }

    /// <summary>
    /// A disability profile drawn with the shares of a county's certificate holders: category
    /// 肢体 35 %, 听力 20 %, 视力 14 %, 精神 10 %, 智力 9 %, 言语 2 %, 多重 10 % (two or three
    /// components, graded by the most severe); grade 一级 12 %, 二级 23 %, 三级 30 %, 四级 35 %.
    /// </summary>
    /// <param name="random">The source of randomness.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public static DisabilityProfile RandomProfile(Random random)
    {
        Guard.Against.Null(random);
        return Shares.Profile(random);
    }

    /// <summary>The number of a certificate for a holder, with a profile drawn as by <see cref="RandomProfile"/> and, now and then, a replacement suffix (B1 3 %, B2 0.5 %).</summary>
    /// <param name="random">The source of randomness.</param>
    /// <param name="holder">The holder's identity number.</param>
    /// <returns>The certificate number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="holder"/> is uninitialised.</exception>
    public static CertificateNumber RandomCertificateNumber(Random random, ResidentIdNumber holder)
    {
        Guard.Against.Null(random);
        return CertificateNumber.For(holder, Shares.Profile(random), Shares.ReissueCount(random));
    }

    private static int DayNumber(LocalDate date) => Period.Between(new LocalDate(1800, 1, 1), date, PeriodUnits.Days).Days;
}
