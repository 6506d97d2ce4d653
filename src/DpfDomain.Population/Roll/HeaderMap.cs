using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace DpfDomain.Population.Roll;

/// <summary>Which cell of a row holds which column, from a file's header row.</summary>
internal sealed class HeaderMap<TColumn>
    where TColumn : struct, Enum
{
    private readonly Dictionary<TColumn, (int Index, string Header)> _columns = [];
    private readonly Func<TColumn, string> _name;
    private int[] _cellOf = [];
    private (TColumn Column, int Index)[] _inOrder = [];

    private HeaderMap(Func<TColumn, string> name) => _name = name;

    /// <summary>Headers that are not part of the layout, with their positions.</summary>
    internal List<(int Index, string Header)> Unknown { get; } = [];

    /// <summary>Headers given twice.</summary>
    internal List<(int Index, string Header)> Repeated { get; } = [];

    internal static HeaderMap<TColumn> From(IReadOnlyList<string> headers, Func<string, TColumn?> columnFor, Func<TColumn, string> name)
    {
        var map = new HeaderMap<TColumn>(name);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (header.Length == 0)
            {
                continue;
            }

            if (columnFor(header) is not { } column)
            {
                map.Unknown.Add((i, header));
            }
            else if (!map._columns.TryAdd(column, (i, header)))
            {
                map.Repeated.Add((i, header));
            }
        }

        // For the per-row look-ups: each column's cell by the column's number, and the columns in order.
        map._cellOf = new int[map._columns.Keys.Select(Number).DefaultIfEmpty(-1).Max() + 1];
        Array.Fill(map._cellOf, -1);
        foreach (var (column, (index, _)) in map._columns)
        {
            map._cellOf[Number(column)] = index;
        }

        map._inOrder = [.. map._columns.Select(c => (c.Key, c.Value.Index)).OrderBy(c => c.Key)];
        return map;
    }

    internal bool Has(TColumn column) => _columns.ContainsKey(column);

    internal string HeaderOf(TColumn column) => _columns.TryGetValue(column, out var entry) ? entry.Header : _name(column);

    internal string? Cell(IReadOnlyList<string?> cells, TColumn column)
    {
        var number = Number(column);
        var index = number < _cellOf.Length ? _cellOf[number] : -1;
        return index >= 0 && index < cells.Count ? cells[index] : null;
    }

    /// <summary>The columns of a row whose cell holds undecodable bytes or control characters, in column order.</summary>
    internal List<TColumn>? GarbledColumns(IReadOnlyList<string?> cells)
    {
        List<TColumn>? garbled = null;
        foreach (var (column, index) in _inOrder)
        {
            if (index < cells.Count && cells[index] is { } text && CellText.IsGarbled(text))
            {
                (garbled ??= []).Add(column);
            }
        }

        return garbled;
    }

    private static int Number(TColumn column) =>
        Unsafe.SizeOf<TColumn>() == sizeof(int) ? Unsafe.As<TColumn, int>(ref column) : Convert.ToInt32(column, System.Globalization.CultureInfo.InvariantCulture);

    internal IEnumerable<TColumn> Missing(IEnumerable<TColumn> required) => required.Where(c => !_columns.ContainsKey(c));

    /// <summary>The closest known header to an unknown one, for a did-you-mean.</summary>
    internal static string? Closest(string header, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(RollLayout.Key(header), RollLayout.Key(candidate));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(1, Math.Min(header.Length, best.Length) / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
