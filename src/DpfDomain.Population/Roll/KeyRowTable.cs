using System;
using System.Runtime.InteropServices;

namespace DpfDomain.Population.Roll;

/// <summary>
/// A set of 64-bit keys, each with a row number (zero or more), in one flat array of 12-byte slots with
/// open addressing (linear probing): no object per entry, where a dictionary costs about 24 bytes an
/// entry plus buckets and room to grow. Grows by half when more than 80 % full, or at once to a size
/// given with <see cref="Reserve"/>. Not thread-safe.
/// </summary>
internal sealed class KeyRowTable
{
    private const int Empty = -1;
    private const double MaximumLoad = 0.8;

    private Slot[] _slots;
    private int _limit;

    /// <summary>Creates an empty table with room for some keys before it first grows.</summary>
    internal KeyRowTable(int capacity = 1024)
    {
        var slots = Math.Max(16, (int)Math.Min(int.MaxValue / 2, (capacity / MaximumLoad) + 1));
        _slots = NewSlots(slots);
        _limit = (int)(slots * MaximumLoad);
    }

    /// <summary>How many keys the table holds.</summary>
    internal int Count { get; private set; }

    /// <summary>The bytes the table's array takes.</summary>
    internal long Bytes => (long)_slots.Length * Marshal.SizeOf<Slot>();

    /// <summary>The row kept for a key, if the key is in the table.</summary>
    internal bool TryGetValue(long key, out int row)
    {
        row = _slots[Find(_slots, key)].Row;
        return row != Empty;
    }

    internal bool ContainsKey(long key) => TryGetValue(key, out _);

    /// <summary>Keeps a row for a key, replacing the one kept before.</summary>
    internal void Set(long key, int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        var slot = Find(_slots, key);
        if (_slots[slot].Row == Empty)
        {
            if (Count == _limit)
            {
                Grow();
                slot = Find(_slots, key);
            }

            _slots[slot].Key = key;
            Count++;
        }

        _slots[slot].Row = row;
    }

    /// <summary>Makes room for a number of keys at once (when it is known roughly how many will come), so that the table does not grow by steps, each holding the old array and the new.</summary>
    internal void Reserve(int count)
    {
        var slots = (long)(count / MaximumLoad) + 1;
        if (count > _limit && slots < int.MaxValue - 64)
        {
            Resize((int)slots);
        }
    }

    private static Slot[] NewSlots(int count)
    {
        var slots = new Slot[count];
        slots.AsSpan().Fill(new Slot { Row = Empty });
        return slots;
    }

    /// <summary>The key's slot, or the empty slot where it would go.</summary>
    private static int Find(Slot[] slots, long key)
    {
        var slot = Home(key, slots.Length);
        while (slots[slot].Row != Empty && slots[slot].Key != key)
        {
            slot = slot + 1 == slots.Length ? 0 : slot + 1;
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
        var slots = (int)Math.Min(int.MaxValue - 64, _slots.Length + (_slots.Length / 2L));
        if (slots <= _slots.Length)
        {
            throw new InvalidOperationException("The table cannot hold more keys.");
        }

        Resize(slots);
    }

    private void Resize(int count)
    {
        var slots = NewSlots(count);
        foreach (var entry in _slots)
        {
            if (entry.Row != Empty)
            {
                slots[Find(slots, entry.Key)] = entry;
            }
        }

        (_slots, _limit) = (slots, (int)(count * MaximumLoad));
    }

    /// <summary>A key and its row, packed into 12 bytes.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Slot
    {
        public long Key;
        public int Row;
    }
}
