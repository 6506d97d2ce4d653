using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using DpfDomain.Identity;
using NodaTime;

namespace DpfDomain.Testing;

/// <summary>
/// Generates a county's roll, household by household: certificate holders with the categories,
/// grades and ages of a real county, their household members, and the statuses, school enrolments,
/// care needs, psychiatric treatment, diagnoses and hearing facts that other offices would send.
/// Every program P1–P8 of the reference catalog has people eligible in a county of some thousands.
/// </summary>
/// <remarks>
/// <para><b>Deterministic and streaming.</b> Household <c>i</c> is drawn from its own
/// <see cref="Random"/> seeded from (<see cref="Seed"/>, <c>i</c>), so the same options give the
/// same households, and the first households are the same however far the enumeration goes.
/// <see cref="Households"/> holds one household at a time plus a small table of used identity
/// numbers per birth date (see <see cref="TestIdentities"/>), so ten million people stream in
/// flat memory. Identity numbers are unique within the county.</para>
/// <para><b>Shares</b> (on the run date <see cref="AsOf"/>): about 1.6 people per household; holders
/// by category 肢体 35 %, 听力 20 %, 视力 14 %, 精神 10 %, 智力 9 %, 言语 2 %, 多重 10 % (2–3
/// components) and grade 一级 12 %, 二级 23 %, 三级 30 %, 四级 35 %; holders aged 0–95, most over
/// 45; rural households 65 %; 低保 12 % and 低保边缘 3 % of households; registered poor (建档立卡,
/// from 2021 脱贫人口 or 防止返贫监测对象) 10 %, most of them rural; 特困 about 2 % of people;
/// about 5 % of certificates expired and 2 % revoked, some replaced (B1, B2); children enrolled by
/// age (小学 6–11, 初中 12–14, 高中/中职 15–17, some in college) for the school year containing
/// <see cref="AsOf"/>; 70 % of mental-disability holders treated in the run year or the year before;
/// 60 % of severe holders with a long-term care need of 6–120 months; hearing aids, implants and
/// fitting indications for hearing holders; a few autism and other diagnoses of children.</para>
/// </remarks>
public sealed class CountyRollGenerator
{
    /// <summary>Creates a generator from a copy of the options.</summary>
    /// <param name="options">What to generate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">People or a bad-row count is negative, a bad-row kind is not defined, the county is not county-level, or the run date is outside 2000–2090.</exception>
    public CountyRollGenerator(CountyRollOptions options)
    {
        Guard.Against.Null(options);
        if (options.People < 0)
        {
            throw new ArgumentException("The number of people is 0 or more.", nameof(options));
        }

        if (!options.County.IsInitialised || !options.County.IsCountyLevel)
        {
            throw new ArgumentException("The county is a county-level division code (six digits whose last two are not 00).", nameof(options));
        }

        if (options.AsOf.Year is < 2000 or > 2090)
        {
            throw new ArgumentException("The run date is in the years 2000–2090.", nameof(options));
        }

        if (options.BadRows.Any(b => !Enum.IsDefined(b.Key) || b.Value < 0))
        {
            throw new ArgumentException("Each bad-row count is 0 or more, for a defined kind.", nameof(options));
        }

        People = options.People;
        Seed = options.Seed;
        County = options.County;
        AsOf = options.AsOf;
        BadRows = options.BadRows.Where(b => b.Value > 0).ToImmutableSortedDictionary();
    }

    /// <summary>How many people the roll has.</summary>
    public int People { get; }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The county.</summary>
    public DivisionCode County { get; }

    /// <summary>The run date the county is generated for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>How many bad rows of each kind <see cref="WriteFilesAsync"/> adds to the files (kinds with none left out).</summary>
    public IReadOnlyDictionary<BadRowKind, int> BadRows { get; }

    /// <summary>The household number of the household at a position: H0000001 for the first.</summary>
    /// <param name="index">The 0-based position.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static string HouseholdNumber(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return string.Create(CultureInfo.InvariantCulture, $"H{index + 1:D7}");
    }

    /// <summary>
    /// The households, generated lazily in roll order until <see cref="People"/> people are reached
    /// (the last household is cut to fit). Each enumeration starts again from the first household
    /// and gives the same households.
    /// </summary>
    /// <returns>The households.</returns>
    public IEnumerable<GeneratedHousehold> Households()
    {
        var factory = new HouseholdFactory(County, AsOf, new TestIdentities(County));
        var remaining = People;
        for (var index = 0L; remaining > 0; index++)
        {
            var household = factory.Create(SeededRandom.For(Seed, SeededRandom.Households, index), remaining);
            remaining -= household.Members.Count;
            yield return new GeneratedHousehold(HouseholdNumber(index), household);
        }
    }

    /// <summary>
    /// Writes the county as roll and status-list files (see <see cref="RollFileWriter"/>), with the
    /// bad rows of <see cref="BadRows"/>, and says what was written.
    /// </summary>
    /// <param name="directory">The directory; created if missing. Existing files of the same names are replaced.</param>
    /// <param name="fileOptions">Format and encoding; CSV in UTF-8 with a byte-order mark when null.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>The manifest: files, counts and the problems a reader should report.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is blank.</exception>
    public Task<GeneratedRollManifest> WriteFilesAsync(string directory, RollFileOptions? fileOptions = null, CancellationToken cancellationToken = default) =>
        new RollFileWriter(fileOptions).WriteAsync(directory, this, cancellationToken);

    /// <summary>The options in one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"County {County}: {People} people, seed {Seed}, as of {AsOf:uuuu-MM-dd}{(BadRows.Count > 0 ? ", bad rows " + string.Join(", ", BadRows.Select(b => b.Key + " " + b.Value.ToString(CultureInfo.InvariantCulture))) : string.Empty)}");
}
