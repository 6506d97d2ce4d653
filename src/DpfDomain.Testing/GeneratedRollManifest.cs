using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using DpfDomain.Population.Roll;

namespace DpfDomain.Testing;

/// <summary>
/// What <see cref="RollFileWriter"/> wrote: the files, how many rows of each kind, and what a
/// <see cref="RollReader"/> must report when it reads them — people read = <see cref="PeopleWritten"/>,
/// accepted = <see cref="GoodPeople"/>, rejected = <see cref="BadRollRows"/> with
/// <see cref="ExpectedRejectedPeopleByCode"/>; list rows applied = <see cref="GoodListRows"/>,
/// rejected = <see cref="BadListRows"/> with <see cref="ExpectedRejectedListRowsByCode"/>; and
/// <see cref="Households"/> households. Immutable.
/// </summary>
public sealed class GeneratedRollManifest
{
    internal GeneratedRollManifest(
        string directory,
        RollFileFormat format,
        RollTextEncoding encoding,
        IReadOnlyDictionary<RollFileKind, string> files,
        IReadOnlyDictionary<RollFileKind, long> rowsByFile,
        long goodPeople,
        long households,
        long goodListRows,
        IReadOnlyDictionary<BadRowKind, int> badRows)
    {
        Directory = directory;
        Format = format;
        Encoding = encoding;
        Files = files.ToImmutableSortedDictionary();
        RowsByFile = rowsByFile.ToImmutableSortedDictionary();
        GoodPeople = goodPeople;
        Households = households;
        GoodListRows = goodListRows;
        BadRows = badRows.Where(b => b.Value > 0).ToImmutableSortedDictionary();
    }

    /// <summary>The directory the files are in.</summary>
    public string Directory { get; }

    /// <summary>The format written.</summary>
    public RollFileFormat Format { get; }

    /// <summary>The text encoding of CSV files.</summary>
    public RollTextEncoding Encoding { get; }

    /// <summary>The paths of the files written, by kind. An empty status list is left out of a workbook set (a sheet without rows has no header).</summary>
    public IReadOnlyDictionary<RollFileKind, string> Files { get; }

    /// <summary>The roll's path.</summary>
    public string RollPath => Files[RollFileKind.Roll];

    /// <summary>The status lists' paths, in <see cref="RollFileKind"/> order.</summary>
    public IReadOnlyList<string> ListPaths => [.. Files.Where(f => f.Key != RollFileKind.Roll).Select(f => f.Value)];

    /// <summary>Data rows written to each file, good and bad (the header not counted).</summary>
    public IReadOnlyDictionary<RollFileKind, long> RowsByFile { get; }

    /// <summary>Data rows of the roll, one per person: good people and bad rows.</summary>
    public long PeopleWritten => RowsByFile.GetValueOrDefault(RollFileKind.Roll);

    /// <summary>The people of the households written; a reader accepts exactly these.</summary>
    public long GoodPeople { get; }

    /// <summary>The households written; a reader hands out exactly these.</summary>
    public long Households { get; }

    /// <summary>Data rows of all status lists, good and bad.</summary>
    public long ListRowsWritten => RowsByFile.Where(r => r.Key != RollFileKind.Roll).Sum(r => r.Value);

    /// <summary>Status-list rows of the households written; a reader applies exactly these.</summary>
    public long GoodListRows { get; }

    /// <summary>The bad rows written, by kind (kinds with none left out). Fewer than requested only when the county has too few households to place them (see <see cref="BadRowKind"/>).</summary>
    public IReadOnlyDictionary<BadRowKind, int> BadRows { get; }

    /// <summary>Bad rows written to the roll.</summary>
    public int BadRollRows => BadRows.Where(b => b.Key != BadRowKind.ListRowNotOnRoll).Sum(b => b.Value);

    /// <summary>Bad rows written to the status lists.</summary>
    public int BadListRows => BadRows.GetValueOrDefault(BadRowKind.ListRowNotOnRoll);

    /// <summary>The rejected roll rows a reader reports, by the code of its first reason.</summary>
    public IReadOnlyDictionary<RollProblemCode, int> ExpectedRejectedPeopleByCode =>
        BadRows.Where(b => b.Key != BadRowKind.ListRowNotOnRoll)
            .GroupBy(b => ExpectedCode(b.Key))
            .ToImmutableSortedDictionary(g => g.Key, g => g.Sum(b => b.Value));

    /// <summary>The rejected status-list rows a reader reports, by code.</summary>
    public IReadOnlyDictionary<RollProblemCode, int> ExpectedRejectedListRowsByCode =>
        BadListRows == 0
            ? ImmutableSortedDictionary<RollProblemCode, int>.Empty
            : ImmutableSortedDictionary<RollProblemCode, int>.Empty.Add(RollProblemCode.NotOnRoll, BadListRows);

    /// <summary>The code a reader gives a bad row of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static RollProblemCode ExpectedCode(BadRowKind kind) => kind switch
    {
        BadRowKind.InvalidIdCheckCharacter => RollProblemCode.InvalidIdNumber,
        BadRowKind.InvalidCertificateNumber => RollProblemCode.InvalidCertificateNumber,
        BadRowKind.ImpossibleDate => RollProblemCode.InvalidDate,
        BadRowKind.UnknownCategoryWord => RollProblemCode.InvalidCategoryOrGrade,
        BadRowKind.CertificateDoesNotMatchId => RollProblemCode.CertificateDoesNotMatchId,
        BadRowKind.DuplicatePerson => RollProblemCode.DuplicatePerson,
        BadRowKind.ListRowNotOnRoll => RollProblemCode.NotOnRoll,
        BadRowKind.NonAdjacentHouseholdRow => RollProblemCode.HouseholdInconsistent,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined bad-row kind."),
    };

    /// <summary>A reader of the files written: the roll and every status list.</summary>
    /// <param name="options">The county and run date to read with (those the county was generated for).</param>
    /// <returns>The reader; nothing is read until it is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public RollReader OpenReader(RollReadOptions options)
    {
        Guard.Against.Null(options);
        return new RollReader(RollSource.FromFile(RollPath), ListPaths.Select(RollSource.FromFile), options);
    }

    /// <summary>The counts in one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PeopleWritten} roll rows ({GoodPeople} people in {Households} households, {BadRollRows} bad); {ListRowsWritten} list rows ({GoodListRows} good, {BadListRows} bad)");
}
