using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Population.Roll;
using NodaTime;

namespace DpfDomain.Testing;

/// <summary>
/// Where the requested bad rows go and what they say. Bad rows are extra rows spread evenly over the
/// roll, each drawn from its own <see cref="Random"/>, so they are the same in every write. A bad
/// roll row goes right after the rows of the household it is placed with, with that household's
/// number, so it is adjacent; a non-adjacent row carries the number of the household before, after
/// every other row of its slot. Rows that cannot be placed (a duplicate in a county without people,
/// a non-adjacent row in a county of fewer than two households) are not written, and not counted.
/// </summary>
internal sealed class BadRowPlan
{
    private static readonly StatusKind[] NotOnRollKinds =
        [StatusKind.MinimumLivingAllowance, StatusKind.RegisteredPoor, StatusKind.Primary, StatusKind.CareNeed, StatusKind.PsychiatricTreatment];

    private readonly List<(long Slot, int Index, BadRowKind Kind)> _rows;
    private readonly int _seed;
    private readonly DivisionCode _county;
    private readonly DivisionCode _elsewhere;
    private readonly LocalDate _asOf;
    private int _next;

    internal BadRowPlan(IReadOnlyDictionary<BadRowKind, int> counts, long expectedHouseholds, int seed, DivisionCode county, LocalDate asOf)
    {
        _seed = seed;
        _county = county;
        _asOf = asOf;
        _elsewhere = DivisionCode.Parse((county.Code % 100 == 99 ? county.Code - 1 : county.Code + 1).ToString("D6", CultureInfo.InvariantCulture));

        // Round-robin over the kinds, so that each kind is spread over the whole roll.
        var remaining = counts.Where(c => c.Value > 0).ToDictionary(c => c.Key, c => c.Value);
        var kinds = new List<BadRowKind>();
        while (remaining.Count > 0)
        {
            foreach (var kind in remaining.Keys.Order().ToList())
            {
                kinds.Add(kind);
                if (--remaining[kind] == 0)
                {
                    remaining.Remove(kind);
                }
            }
        }

        var households = Math.Max(1, expectedHouseholds);
        _rows = [.. kinds.Select((kind, index) =>
        {
            var slot = (long)((index + 0.5) * households / kinds.Count);
            return (kind == BadRowKind.NonAdjacentHouseholdRow ? Math.Max(1, slot) : slot, index, kind);
        })
        .OrderBy(r => r.Item1).ThenBy(r => r.kind == BadRowKind.NonAdjacentHouseholdRow).ThenBy(r => r.index)];
    }

    internal static BadRowPlan None { get; } = new(new Dictionary<BadRowKind, int>(), 1, 0, DivisionCode.Parse("110101"), new LocalDate(2019, 6, 30));

    /// <summary>The bad rows placed after the household at <paramref name="index"/>, or, when <paramref name="last"/>, all that are left.</summary>
    /// <param name="index">The household's position.</param>
    /// <param name="current">The household's number, registration and roll rows; null when the county has no household.</param>
    /// <param name="previous">The household before it, if any.</param>
    /// <param name="last">Whether it is the last household.</param>
    /// <param name="written">Counts each bad row written, by kind.</param>
    internal IEnumerable<(RollFileKind File, object?[] Cells)> After(long index, Placed? current, Placed? previous, bool last, Dictionary<BadRowKind, int> written)
    {
        // A row out of a household's order ends the current household for the reader, so the rows
        // placed together go out with those rows last: a duplicate after one of them would be read
        // as out of order instead of as a duplicate (this happens when fewer households than
        // expected leave several slots to the last one).
        var batch = new List<(int Number, BadRowKind Kind)>();
        while (_next < _rows.Count && (last || _rows[_next].Slot <= index))
        {
            var (_, number, kind) = _rows[_next++];
            batch.Add((number, kind));
        }

        foreach (var (number, kind) in batch.OrderBy(b => b.Kind == BadRowKind.NonAdjacentHouseholdRow))
        {
            var random = SeededRandom.For(_seed, SeededRandom.BadRows, number);
            var row = kind switch
            {
                BadRowKind.ListRowNotOnRoll => NotOnRoll(random, number),
                BadRowKind.DuplicatePerson when current is not null => (RollFileKind.Roll, (object?[])current.RollRows[random.Next(current.RollRows.Count)].Clone()),
                BadRowKind.DuplicatePerson => default,
                BadRowKind.NonAdjacentHouseholdRow when previous is not null && current is not null => (RollFileKind.Roll, Person(random, kind, previous.HouseholdNo, previous.Hukou)),
                BadRowKind.NonAdjacentHouseholdRow => default,
                _ => (RollFileKind.Roll, Person(random, kind, current?.HouseholdNo ?? CountyRollGenerator.HouseholdNumber(0), current?.Hukou ?? HukouType.Rural)),
            };
            if (row.Item2 is not null)
            {
                written[kind] = written.GetValueOrDefault(kind) + 1;
                yield return row;
            }
        }
    }

    private (RollFileKind, object?[]) NotOnRoll(Random random, int number)
    {
        var id = Stranger(random).ToUnmaskedString();
        var name = ChineseNames.For(random, Sex.Female).ToUnmaskedString();
        var kind = NotOnRollKinds[number % NotOnRollKinds.Length];
        var from = random.Day(_asOf.PlusYears(-2), _asOf);
        object?[] cells = RollRows.ListRow(id, name, kind, from, null);
        return kind switch
        {
            StatusKind.MinimumLivingAllowance => (RollFileKind.CivilAffairs, cells),
            StatusKind.RegisteredPoor => (RollFileKind.PovertyRegister, cells),
            StatusKind.Primary => (RollFileKind.Schools, cells),
            StatusKind.CareNeed => (RollFileKind.CareNeeds, [.. cells, 12]),
            _ => (RollFileKind.Health, [.. cells, null]),
        };
    }

    /// <summary>A roll row of a made-up person, not on the roll, with exactly the fault of <paramref name="kind"/>.</summary>
    private object?[] Person(Random random, BadRowKind kind, string householdNo, HukouType hukou)
    {
        var id = Stranger(random);
        var name = ChineseNames.For(random, id.Sex).ToUnmaskedString();
        var profile = DisabilityProfile.Of((DisabilityCategory)random.Between(1, 6), random.Between(1, 4));
        var issued = random.Day(Draw.Max(id.BirthDate.PlusDays(30), _asOf.PlusYears(-9)), _asOf);
        var certificate = CertificateNumber.For(id, profile).ToUnmaskedString();
        var idText = id.ToUnmaskedString();
        var category = RollRows.CategoryWord(profile.Category);
        var issuedText = RollRows.Date(issued);
        var withCertificate = true;
        switch (kind)
        {
            case BadRowKind.InvalidIdCheckCharacter:
                idText = RollRows.WithWrongCheckCharacter(id);
                withCertificate = false;
                break;
            case BadRowKind.InvalidCertificateNumber:
                certificate = string.Concat(certificate.AsSpan(0, 19), "5");
                break;
            case BadRowKind.ImpossibleDate:
                issuedText = string.Create(CultureInfo.InvariantCulture, $"{issued.Year:D4}-02-30");
                break;
            case BadRowKind.UnknownCategoryWord:
                category = "其他";
                break;
            case BadRowKind.CertificateDoesNotMatchId:
                certificate = CertificateNumber.For(Stranger(random), profile).ToUnmaskedString();
                break;
            case BadRowKind.NonAdjacentHouseholdRow:
                withCertificate = false;
                break;
        }

        return
        [
            householdNo, name, idText,
            withCertificate ? certificate : null,
            withCertificate ? category : null,
            withCertificate ? profile.Grade.ChineseName : null,
            null,
            withCertificate ? issuedText : null,
            null, null,
            RollRows.HukouWord(hukou),
            _county.Value,
            null,
        ];
    }

    /// <summary>A valid identity number from the neighbouring county, so never one of the roll's.</summary>
    private ResidentIdNumber Stranger(Random random) =>
        TestIdentities.RandomIdNumber(random, _elsewhere, _asOf.PlusYears(-80), _asOf.PlusYears(-1));

    /// <summary>What a bad row needs to know of the household it is placed with.</summary>
    internal sealed record Placed(string HouseholdNo, HukouType Hukou, IReadOnlyList<object?[]> RollRows);
}
