using System.Collections.Generic;

namespace DpfDomain.Population.Roll;

/// <summary>
/// The status-list rows in memory, found by identity-number key: the rows as 20-byte values in read
/// order, each chained to the same person's row before it, and a compact table from key to the
/// person's last row — about 25 bytes a row plus 15 bytes a listed person, and no object each.
/// </summary>
internal sealed class StatusIndex
{
    private readonly KeyRowTable _last;
    private readonly IReadOnlyList<string> _files;
    private readonly StatusEntry[] _entries;
    private readonly int[] _previous;
    private readonly ulong[] _applied;

    /// <summary>Creates an index with room for a number of rows, of lists whose names are given in order.</summary>
    internal StatusIndex(int capacity, IReadOnlyList<string> files)
    {
        _files = files;
        _last = new KeyRowTable(capacity);
        _entries = new StatusEntry[capacity];
        _previous = new int[capacity];
        _applied = new ulong[(capacity + 63) / 64];
    }

    internal int Count { get; private set; }

    internal void Add(long key, StatusEntry entry)
    {
        _entries[Count] = entry;
        _previous[Count] = _last.TryGetValue(key, out var last) ? last : -1;
        _last.Set(key, Count);
        Count++;
    }

    /// <summary>Whether anyone is listed under a key.</summary>
    internal bool Lists(long key) => _last.ContainsKey(key);

    /// <summary>The positions of a person's rows, in the order they were read, into a list (cleared first).</summary>
    internal void Of(long key, List<int> positions)
    {
        positions.Clear();
        if (_last.TryGetValue(key, out var position))
        {
            for (; position >= 0; position = _previous[position])
            {
                positions.Add(position);
            }

            positions.Reverse();
        }
    }

    internal ref readonly StatusEntry this[int position] => ref _entries[position];

    /// <summary>The file name of the list an entry came from.</summary>
    internal string FileOf(in StatusEntry entry) => _files[entry.List];

    internal void MarkApplied(int position) => _applied[position >> 6] |= 1UL << (position & 63);

    internal bool IsApplied(int position) => (_applied[position >> 6] & (1UL << (position & 63))) != 0;
}
