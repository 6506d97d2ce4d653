using System.Collections.Generic;

namespace DpfDomain.Population.Roll;

/// <summary>
/// The status-list rows in memory, found by identity-number key: the rows as 20-byte values where each
/// list was loaded into (not copied), each chained to the same person's row before it, and a compact
/// table from key to the person's last row — about 25 bytes a row plus 15 to 23 bytes a listed person,
/// and no object each. A row's position counts through the lists in the order they were given.
/// </summary>
internal sealed class StatusIndex
{
    private readonly KeyRowTable _last;
    private readonly IReadOnlyList<string> _files;
    private readonly ChunkedList<StatusEntry>[] _parts;
    private readonly int[] _starts;
    private readonly int[] _previous;
    private readonly ulong[] _applied;

    /// <summary>Indexes the lists' rows; each list's keys are let go as they are indexed.</summary>
    /// <param name="files">The lists' file names, in order.</param>
    /// <param name="parts">Each list's rows and their keys, in the same order.</param>
    internal StatusIndex(IReadOnlyList<string> files, IReadOnlyList<(ChunkedList<StatusEntry> Entries, ChunkedList<long> Keys)> parts)
    {
        _files = files;
        _parts = new ChunkedList<StatusEntry>[parts.Count];
        _starts = new int[parts.Count];
        for (var part = 0; part < parts.Count; part++)
        {
            _parts[part] = parts[part].Entries;
            _starts[part] = Count;
            Count = checked(Count + parts[part].Entries.Count);
        }

        _previous = new int[Count];
        _applied = new ulong[(Count + 63) / 64];
        _last = new KeyRowTable(Count / 2);
        for (var part = 0; part < parts.Count; part++)
        {
            var keys = parts[part].Keys;
            for (var i = 0; i < keys.Count; i++)
            {
                var position = _starts[part] + i;
                _previous[position] = _last.TryGetValue(keys[i], out var last) ? last : -1;
                _last.Set(keys[i], position);
                keys.Release(i);
            }

            keys.ReleaseAll();
        }
    }

    internal int Count { get; }

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

    internal ref readonly StatusEntry this[int position]
    {
        get
        {
            var part = _parts.Length - 1;
            while (_starts[part] > position || _parts[part].Count == 0)
            {
                part--;
            }

            return ref _parts[part][position - _starts[part]];
        }
    }

    /// <summary>The file name of the list an entry came from.</summary>
    internal string FileOf(in StatusEntry entry) => _files[entry.List];

    internal void MarkApplied(int position) => _applied[position >> 6] |= 1UL << (position & 63);

    internal bool IsApplied(int position) => (_applied[position >> 6] & (1UL << (position & 63))) != 0;
}
