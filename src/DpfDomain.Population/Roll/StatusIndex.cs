using System;
using System.Collections.Generic;

namespace DpfDomain.Population.Roll;

/// <summary>
/// The status-list rows in memory, found by identity-number key: one array of values chained per key,
/// so that a county's lists cost a few dozen bytes a row and no object each.
/// </summary>
internal sealed class StatusIndex
{
    private readonly Dictionary<long, int> _last;
    private StatusEntry[] _entries;
    private int[] _previous;
    private bool[] _applied;

    /// <summary>Creates an index with room for a number of rows.</summary>
    internal StatusIndex(int capacity = 1024)
    {
        capacity = Math.Max(16, capacity);
        _last = new Dictionary<long, int>(capacity);
        _entries = new StatusEntry[capacity];
        _previous = new int[capacity];
        _applied = new bool[capacity];
    }

    internal int Count { get; private set; }

    internal void Add(long key, StatusEntry entry)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, Count * 2);
            Array.Resize(ref _previous, Count * 2);
            Array.Resize(ref _applied, Count * 2);
        }

        _entries[Count] = entry;
        _previous[Count] = _last.TryGetValue(key, out var last) ? last : -1;
        _last[key] = Count;
        Count++;
    }

    /// <summary>The positions of a person's rows, in the order they were read.</summary>
    internal List<int> Of(long key)
    {
        var positions = new List<int>();
        if (_last.TryGetValue(key, out var position))
        {
            for (; position >= 0; position = _previous[position])
            {
                positions.Add(position);
            }

            positions.Reverse();
        }

        return positions;
    }

    internal ref readonly StatusEntry this[int position] => ref _entries[position];

    internal void MarkApplied(int position) => _applied[position] = true;

    internal bool IsApplied(int position) => _applied[position];
}
