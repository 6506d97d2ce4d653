using System;

namespace DpfDomain.Population.Roll;

/// <summary>
/// A set of 64-bit keys, each with a row number (zero or more), in two flat arrays with open addressing
/// (linear probing): 12 bytes a slot and no object per entry, where a dictionary costs about 24 bytes an
/// entry plus buckets. Grows by half when more than 80 % full. Not thread-safe.
/// </summary>
internal sealed class KeyRowTable
{
    private const int Empty = -1;
    private const double MaximumLoad = 0.8;

    private long[] _keys;
    private int[] _rows;
    private int _limit;

    /// <summary>Creates an empty table with room for some keys before it first grows.</summary>
    internal KeyRowTable(int capacity = 1024)
    {
        var slots = Math.Max(16, (int)Math.Min(int.MaxValue / 2, (capacity / MaximumLoad) + 1));
        _keys = new long[slots];
        _rows = NewRows(slots);
        _limit = (int)(slots * MaximumLoad);
    }

    /// <summary>How many keys the table holds.</summary>
    internal int Count { get; private set; }

    /// <summary>The bytes the table's arrays take.</summary>
    internal long Bytes => (long)_keys.Length * (sizeof(long) + sizeof(int));

    /// <summary>The row kept for a key, if the key is in the table.</summary>
    internal bool TryGetValue(long key, out int row)
    {
        var slot = Find(_keys, _rows, key);
        row = _rows[slot];
        return row != Empty;
    }

    internal bool ContainsKey(long key) => TryGetValue(key, out _);

    /// <summary>Keeps a row for a key, replacing the one kept before.</summary>
    internal void Set(long key, int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        var slot = Find(_keys, _rows, key);
        if (_rows[slot] == Empty)
        {
            if (Count == _limit)
            {
                Grow();
                slot = Find(_keys, _rows, key);
            }

            _keys[slot] = key;
            Count++;
        }

        _rows[slot] = row;
    }

    private static int[] NewRows(int slots)
    {
        var rows = new int[slots];
        Array.Fill(rows, Empty);
        return rows;
    }

    /// <summary>The key's slot, or the empty slot where it would go.</summary>
    private static int Find(long[] keys, int[] rows, long key)
    {
        var slot = Home(key, keys.Length);
        while (rows[slot] != Empty && keys[slot] != key)
        {
            slot = slot + 1 == keys.Length ? 0 : slot + 1;
        }

        return slot;
    }

    /// <summary>A key's first slot: the key mixed (so that neighbouring identity numbers spread) and scaled to the table without a division.</summary>
    private static int Home(long key, int slots)
    {
        var mixed = unchecked((ulong)key * 0x9E3779B97F4A7C15UL);
        mixed ^= mixed >> 29;
        return (int)Math.BigMul(mixed, (ulong)slots, out _);
    }

    private void Grow()
    {
        var slots = (int)Math.Min(int.MaxValue - 64, _keys.Length + (_keys.Length / 2L));
        if (slots <= _keys.Length)
        {
            throw new InvalidOperationException("The table cannot hold more keys.");
        }

        var keys = new long[slots];
        var rows = NewRows(slots);
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_rows[i] != Empty)
            {
                var slot = Find(keys, rows, _keys[i]);
                keys[slot] = _keys[i];
                rows[slot] = _rows[i];
            }
        }

        (_keys, _rows, _limit) = (keys, rows, (int)(slots * MaximumLoad));
    }
}
