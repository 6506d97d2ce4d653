using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using DpfDomain.Population.Files;
using DpfDomain.Population.Roll;

namespace DpfDomain.Testing;

/// <summary>
/// Writes households as the files a county federation receives: the roll (<c>roll</c>) and one
/// status list per office (<c>civil-affairs</c>, <c>poverty-register</c>, <c>schools</c>,
/// <c>care-needs</c>, <c>health</c>; see <see cref="RollFileKind"/>), in the documented roll layout
/// with Chinese headers, through <see cref="TableFile"/> (so text cells are neutralised against
/// formulas). A <see cref="RollReader"/> reads them back into the same households.
/// </summary>
/// <remarks>
/// <para>Roll files are input files: identity and certificate numbers are written in full. Each
/// member is one roll row; a certificate is written as its current card (number with any B suffix,
/// category, grade, components of a multiple disability, 发证日期 = the first day of the card's
/// validity, and 注销日期/注销原因 when revoked). A child's row lists its parents' identity numbers in
/// 父母身份证号. Household statuses (低保, 建档立卡, …) are written on a list row with the first
/// member's number; hearing facts, which have no date in the model, hold from the certificate's
/// validity start (else the first diagnosis, else birth); psychiatric treatment is one row per run of
/// consecutive years, from 1 January of the first to 31 December of the last.</para>
/// <para>CSV is written in one pass with every file open, so memory stays flat for any number of
/// people, and the same households give the same bytes. A workbook set is written one file at a
/// time, enumerating the households once per file; its cells are reproducible but not its bytes (the
/// zip entries carry the time of writing). A status list without rows is not written as a workbook,
/// and a roll without rows cannot be (a sheet without rows has no header row).</para>
/// </remarks>
public sealed class RollFileWriter
{
    /// <summary>The most data rows a workbook sheet holds.</summary>
    public const int MaximumWorkbookRows = 1_048_575;

    private const double PeoplePerHousehold = 1.6;

    /// <summary>Creates a writer.</summary>
    /// <param name="options">Format and encoding; CSV in UTF-8 with a byte-order mark when null. The writer takes a copy.</param>
    /// <exception cref="ArgumentException">The format or encoding is not defined.</exception>
    public RollFileWriter(RollFileOptions? options = null)
    {
        Format = options?.Format ?? RollFileFormat.Csv;
        Encoding = options?.Encoding ?? RollTextEncoding.Utf8WithBom;
        if (!Enum.IsDefined(Format) || !Enum.IsDefined(Encoding))
        {
            throw new ArgumentException("The format is Csv or Xlsx and the encoding Utf8WithBom or Gb18030.", nameof(options));
        }
    }

    /// <summary>The format written.</summary>
    public RollFileFormat Format { get; }

    /// <summary>The text encoding of CSV files.</summary>
    public RollTextEncoding Encoding { get; }

    /// <summary>The file name of a kind of file in a format, e.g. <c>civil-affairs.csv</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="format">The format.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string FileName(RollFileKind kind, RollFileFormat format)
    {
        var name = kind switch
        {
            RollFileKind.Roll => "roll",
            RollFileKind.CivilAffairs => "civil-affairs",
            RollFileKind.PovertyRegister => "poverty-register",
            RollFileKind.Schools => "schools",
            RollFileKind.CareNeeds => "care-needs",
            RollFileKind.Health => "health",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined file kind."),
        };
        return name + (format == RollFileFormat.Xlsx ? ".xlsx" : ".csv");
    }

    /// <summary>The Chinese column headers of a kind of file, in the order written.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The headers.</returns>
    public static IReadOnlyList<string> Header(RollFileKind kind) => RollRows.Header(kind);

    /// <summary>Writes households, with no bad rows.</summary>
    /// <param name="directory">The directory; created if missing. Existing files of the same names are replaced.</param>
    /// <param name="households">The households, each with a distinct household number and the identity numbers unique across all; enumerated once for CSV, once per file for a workbook set.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="households"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A workbook would have more than <see cref="MaximumWorkbookRows"/> data rows, or a workbook roll would have none.</exception>
    public Task<GeneratedRollManifest> WriteAsync(string directory, IEnumerable<GeneratedHousehold> households, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(directory);
        Guard.Against.Null(households);
        return WriteAsync(directory, () => households, () => BadRowPlan.None, cancellationToken);
    }

    /// <summary>Writes a generated county, with the bad rows its options ask for.</summary>
    /// <param name="directory">The directory; created if missing. Existing files of the same names are replaced.</param>
    /// <param name="county">The county.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="county"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A workbook would have more than <see cref="MaximumWorkbookRows"/> data rows, or a workbook roll would have none.</exception>
    public Task<GeneratedRollManifest> WriteAsync(string directory, CountyRollGenerator county, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(directory);
        Guard.Against.Null(county);
        var expectedHouseholds = (long)Math.Ceiling(county.People / PeoplePerHousehold);
        return WriteAsync(
            directory,
            county.Households,
            () => new BadRowPlan(county.BadRows, expectedHouseholds, county.Seed, county.County, county.AsOf),
            cancellationToken);
    }

    private async Task<GeneratedRollManifest> WriteAsync(string directory, Func<IEnumerable<GeneratedHousehold>> households, Func<BadRowPlan> plan, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var tally = Format == RollFileFormat.Csv
            ? await WriteCsvAsync(directory, households(), plan(), cancellationToken).ConfigureAwait(false)
            : await WriteWorkbooksAsync(directory, households, plan, cancellationToken).ConfigureAwait(false);
        return new GeneratedRollManifest(directory, Format, Encoding, tally.Files, tally.Rows, tally.GoodPeople, tally.Households, tally.GoodListRows, tally.BadRows);
    }

    private async Task<Tally> WriteCsvAsync(string directory, IEnumerable<GeneratedHousehold> households, BadRowPlan plan, CancellationToken cancellationToken)
    {
        var encoding = Encoding == RollTextEncoding.Gb18030 ? Gb18030() : null;
        var tally = new Tally();
        var streams = new List<FileStream>();
        var writers = new Dictionary<RollFileKind, CsvTableWriter>();
        try
        {
            foreach (var kind in Enum.GetValues<RollFileKind>())
            {
                var path = Path.Combine(directory, FileName(kind, RollFileFormat.Csv));
                var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                streams.Add(stream);
                writers[kind] = TableFile.OpenCsv(stream, Header(kind), encoding);
                tally.Files[kind] = path;
            }

            foreach (var (file, cells) in Rows(households, plan, tally))
            {
                var writer = writers[file];
                writer.WriteRow(cells);
                if (tally.Rows[file] % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            foreach (var writer in writers.Values)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }

            foreach (var stream in streams)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }

        return tally;
    }

    private static async Task<Tally> WriteWorkbooksAsync(string directory, Func<IEnumerable<GeneratedHousehold>> households, Func<BadRowPlan> plan, CancellationToken cancellationToken)
    {
        // The roll first: its pass counts every file, so that empty status lists (which a workbook cannot hold with a header alone) are left out.
        var tally = new Tally();
        foreach (var kind in Enum.GetValues<RollFileKind>())
        {
            var path = Path.Combine(directory, FileName(kind, RollFileFormat.Xlsx));
            if (kind != RollFileKind.Roll && tally.Rows.GetValueOrDefault(kind) == 0)
            {
                File.Delete(path);
                continue;
            }

            var pass = kind == RollFileKind.Roll ? tally : new Tally();
            var rows = Rows(households(), plan(), pass).Where(r => r.File == kind).Select((r, i) => i < MaximumWorkbookRows
                ? r.Cells
                : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The {FileName(kind, RollFileFormat.Xlsx)} sheet would have more than {MaximumWorkbookRows:N0} data rows; write CSV instead.")));
            await TableFile.WriteAsync(path, Header(kind), rows, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (kind == RollFileKind.Roll && tally.Rows[kind] == 0)
            {
                File.Delete(path);
                throw new InvalidOperationException("A roll without rows cannot be written as a workbook (a sheet without rows has no header row); write CSV instead.");
            }

            tally.Files[kind] = path;
        }

        return tally;
    }

    /// <summary>Every row of every file, household by household, with the bad rows of the plan in their places.</summary>
    private static IEnumerable<(RollFileKind File, object?[] Cells)> Rows(IEnumerable<GeneratedHousehold> households, BadRowPlan plan, Tally tally)
    {
        BadRowPlan.Placed? previous = null;
        var index = -1L;
        using var enumerator = households.GetEnumerator();
        var more = enumerator.MoveNext();
        while (more)
        {
            var household = enumerator.Current ?? throw new ArgumentException("A household is null.", nameof(households));
            index++;
            var rollRows = RollRows.RollRowsOf(household);
            foreach (var row in rollRows)
            {
                tally.Count(RollFileKind.Roll);
                yield return (RollFileKind.Roll, row);
            }

            foreach (var row in RollRows.ListRowsOf(household.Household))
            {
                tally.Count(row.File);
                tally.GoodListRows++;
                yield return row;
            }

            tally.GoodPeople += household.Household.Members.Count;
            tally.Households++;
            var current = new BadRowPlan.Placed(household.HouseholdNo, household.Household.Registration.Type, rollRows);
            more = enumerator.MoveNext();
            foreach (var bad in plan.After(index, current, previous, last: !more, tally.BadRows))
            {
                tally.Count(bad.File);
                yield return bad;
            }

            previous = current;
        }

        if (index < 0)
        {
            foreach (var bad in plan.After(0, null, null, last: true, tally.BadRows))
            {
                tally.Count(bad.File);
                yield return bad;
            }
        }
    }

    private static System.Text.Encoding Gb18030()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding("GB18030");
    }

    /// <summary>What a pass over the households wrote.</summary>
    private sealed class Tally
    {
        internal Dictionary<RollFileKind, string> Files { get; } = [];

        internal Dictionary<RollFileKind, long> Rows { get; } = Enum.GetValues<RollFileKind>().ToDictionary(k => k, _ => 0L);

        internal Dictionary<BadRowKind, int> BadRows { get; } = [];

        internal long GoodPeople { get; set; }

        internal long Households { get; set; }

        internal long GoodListRows { get; set; }

        internal void Count(RollFileKind file) => Rows[file]++;
    }
}
