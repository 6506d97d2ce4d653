using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using DpfDomain.Population.Files;

namespace DpfDomain.Population.Roll;

/// <summary>
/// Reads a county's roll (花名册) and the status lists of other offices, joined on the identity
/// number, as a stream of households in roll order. Memory holds the status lists (about 25 bytes a
/// row), one household, and a 12-byte slot per person accepted (to find duplicates) and per household
/// (to find one whose rows are not adjacent) — not the roll. Every bad row is reported
/// with file, row, column and reason and counted; no row is lost: people read = accepted + rejected.
/// </summary>
/// <remarks>
/// A household's rows must be adjacent (sort the roll by 户号); a household number that comes back
/// after another household's rows is rejected with that reason. Read once; not thread-safe.
/// </remarks>
public sealed class RollReader
{
    /// <summary>The most members a household may have; further rows with its 户号 are rejected (a 户号 shared by a whole village is not a household number).</summary>
    public const int MaximumHouseholdMembers = 50;

    /// <summary>The rows read before the compact tables are sized for the whole roll.</summary>
    private const int RowsBeforeSizing = 1 << 16;

    private readonly RollSource _roll;
    private readonly IReadOnlyList<RollSource> _lists;
    private readonly RollReadOptions _options;
    private readonly ProblemSink _problems;
    private int _started;

    /// <summary>Creates a reader; nothing is read until <see cref="ReadAsync"/> is enumerated.</summary>
    /// <param name="roll">The roll.</param>
    /// <param name="lists">The status lists (any number, each holding any statuses).</param>
    /// <param name="options">The county, the run date and what to do with problems.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or a list is.</exception>
    public RollReader(RollSource roll, IEnumerable<RollSource> lists, RollReadOptions options)
    {
        Guard.Against.Null(roll);
        Guard.Against.Null(lists);
        Guard.Against.Null(options);
        _roll = roll;
        _lists = [.. lists];
        if (_lists.Any(l => l is null))
        {
            throw new ArgumentNullException(nameof(lists), "A status list is null.");
        }

        _options = options;
        Report = new RollReadReport(Math.Max(0, options.MaximumProblemsKept));
        _problems = new ProblemSink(Report, options.OnProblem);
    }

    /// <summary>What was read and rejected; complete once <see cref="ReadAsync"/> has been enumerated to the end.</summary>
    public RollReadReport Report { get; }

    /// <summary>Reads the status lists, then streams the roll's households.</summary>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The households with at least one accepted member, in roll order.</returns>
    /// <exception cref="TabularFileException">A file cannot be read at all (see its message).</exception>
    /// <exception cref="InvalidOperationException">The reader has already been enumerated.</exception>
    public async IAsyncEnumerable<RollHousehold> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            throw new InvalidOperationException("A roll reader reads once; create another to read again.");
        }

        var statuses = await LoadListsAsync(cancellationToken).ConfigureAwait(false);
        var reader = TabularReader.For(_roll.Name, _roll.Open);
        HeaderMap<RollColumn>? map = null;
        RollRowParser? parser = null;
        var assembler = new HouseholdAssembler(_roll.Name, statuses, _options.AsOf, _problems);

        // One compact entry per accepted person (first row, for duplicates) and per finished household (last row).
        var firstRowOf = new KeyRowTable();
        var finished = new KeyRowTable();
        var pending = new List<PendingMember>();
        var problems = new List<RollProblem>();
        string? current = null;
        var households = 0;
        foreach (var row in reader.Read(header => (map, parser) = Start(header), cancellationToken))
        {
            if (++Report.PeopleRead == RowsBeforeSizing && reader.FractionRead is double fraction and > 0 and < 1)
            {
                // A first part of the roll tells roughly how many people and households the whole holds.
                firstRowOf.Reserve(Estimate(Report.PeopleRead, fraction));
                finished.Reserve(Estimate(households, fraction));
            }

            problems.Clear();
            var member = parser!.Parse(row, problems);
            var columns = map!;
            var householdNo = columns.Cell(row.Cells, RollColumn.HouseholdNo);
            if (householdNo is not null && householdNo != current)
            {
                if (current is not null)
                {
                    finished.Set(HouseholdKey(current), pending.Count > 0 ? pending[^1].Row : row.Row - 1);
                    households++;
                    if (assembler.Assemble(current, pending) is { } household)
                    {
                        yield return household;
                    }

                    pending = [];
                }

                current = finished.ContainsKey(HouseholdKey(householdNo)) ? null : householdNo;
            }

            if (member is not null && householdNo is not null && finished.TryGetValue(HouseholdKey(householdNo), out var endedAt))
            {
                problems.Add(new RollProblem(_roll.Name, row.Row, columns.HeaderOf(RollColumn.HouseholdNo), RollProblemCode.HouseholdInconsistent, $"Household {CellText.MaskedHouseholdNo(householdNo)} already ended on an earlier row ({endedAt}); a household's rows must be adjacent — sort the roll by 户号.", $"户号 {CellText.MaskedHouseholdNo(householdNo)} 的成员在前面（第 {endedAt} 行）已经结束；同一户的行必须相邻——请按户号排序。"));
            }
            else if (member is not null && firstRowOf.TryGetValue(member.Key, out var firstRow))
            {
                problems.Add(new RollProblem(_roll.Name, row.Row, columns.HeaderOf(RollColumn.IdNumber), RollProblemCode.DuplicatePerson, $"{member.Id} is already on row {firstRow}.", $"{member.Id} 已出现在第 {firstRow} 行。"));
            }
            else if (member is not null && pending.Count >= MaximumHouseholdMembers)
            {
                problems.Add(new RollProblem(_roll.Name, row.Row, columns.HeaderOf(RollColumn.HouseholdNo), RollProblemCode.HouseholdInconsistent, $"The household already has {MaximumHouseholdMembers} members; a 户号 shared by this many people is not a household number.", $"该户已有 {MaximumHouseholdMembers} 名成员；这么多人共用的户号不是家庭户号。"));
            }
            else if (member is not null && pending.Count > 0 && (pending[0].Hukou != member.Hukou || pending[0].Registration != member.Registration))
            {
                problems.Add(new RollProblem(_roll.Name, row.Row, columns.HeaderOf(RollColumn.HukouType), RollProblemCode.HouseholdInconsistent, $"The registration (户口性质, 户籍地代码) differs from that of the household's first member on row {pending[0].Row}.", $"户口性质或户籍地代码与本户第一位成员（第 {pending[0].Row} 行）不同。"));
            }

            if (problems.Count > 0)
            {
                _problems.RejectPerson(problems);
                continue;
            }

            firstRowOf.Set(member!.Key, row.Row);
            pending.Add(member);
        }

        if (current is not null && assembler.Assemble(current, pending) is { } last)
        {
            yield return last;
        }

        Report.Encoding(_roll.Name, reader.EncodingName);
        RejectUnappliedListRows(statuses);
    }

    /// <summary>
    /// The lists load side by side, each into its own sink; their rows and problems are then taken in the
    /// order the lists were given, so the report is the same as one list after another. Each list's rows
    /// stay where they were loaded; only their keys are let go once indexed.
    /// </summary>
    private async Task<StatusIndex> LoadListsAsync(CancellationToken cancellationToken)
    {
        var loaders = _lists.Select((_, i) => new StatusListLoader(ProblemSink.Recording(), _options.AsOf, i)).ToList();
        await Task.WhenAll(_lists.Select((list, i) => Task.Run(() => loaders[i].Load(list, cancellationToken), cancellationToken))).ConfigureAwait(false);
        foreach (var loader in loaders)
        {
            _problems.Absorb(loader.Problems);
        }

        return new StatusIndex([.. _lists.Select(l => l.Name)], [.. loaders.Select(l => (l.Entries, l.Keys))]);
    }

    /// <summary>How many there will be in all, with a little to spare, when there are this many after a fraction of the file.</summary>
    private static int Estimate(int sofar, double fraction) => (int)Math.Min(int.MaxValue / 2, sofar / fraction * 1.02);

    /// <summary>A household number as a 64-bit FNV-1a hash: small to keep for every household, with collisions vanishingly rare (about 10⁻⁸ for a million households).</summary>
    private static long HouseholdKey(string householdNo)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in householdNo)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }

    private (HeaderMap<RollColumn>, RollRowParser) Start(IReadOnlyList<string> header)
    {
        var map = HeaderMap<RollColumn>.From(header, RollLayout.RollColumnFor, RollLayout.ChineseHeader);
        var missing = map.Missing(RollLayout.RequiredRollColumns).ToList();
        if (!map.Has(RollColumn.IdNumber) && !map.Has(RollColumn.CertificateNumber))
        {
            missing.Add(RollColumn.IdNumber);
        }

        if (map.Has(RollColumn.CertificateNumber) && !map.Has(RollColumn.IssuedOn))
        {
            missing.Add(RollColumn.IssuedOn);
        }

        if (missing.Count > 0)
        {
            throw new TabularFileException(
                _roll.Name,
                1,
                $"The roll has no column {string.Join(", ", missing.Select(c => $"{RollLayout.ChineseHeader(c)} / {RollLayout.EnglishHeader(c)}"))}; the first row must be the header (see the roll-file layout).",
                $"花名册缺少以下列：{string.Join("、", missing.Select(c => $"“{RollLayout.ChineseHeader(c)}”"))}；第一行必须是表头（见花名册文件格式说明）。");
        }

        _problems.Unknown(_roll.Name, map.Unknown, RollLayout.AllRollHeaders);
        _problems.Repeated(_roll.Name, map.Repeated);
        return (map, new RollRowParser(_roll.Name, map, _options));
    }

    private void RejectUnappliedListRows(StatusIndex entries)
    {
        for (var position = 0; position < entries.Count; position++)
        {
            var entry = entries[position];
            if (entries.IsApplied(position))
            {
                Report.ListRowsApplied++;
            }
            else
            {
                _problems.RejectListRow([new RollProblem(entries.FileOf(entry), entry.Row, RollLayout.ChineseHeader(StatusListColumn.IdNumber), RollProblemCode.NotOnRoll, "This person is not on the roll, or their roll row was rejected.", "此人不在花名册上，或其花名册行已被拒绝。")]);
            }
        }
    }
}
