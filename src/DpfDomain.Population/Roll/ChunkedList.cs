using System;
using System.Collections.Generic;

namespace DpfDomain.Population.Roll;

/// <summary>
/// A list of values kept in chunks of 16,384: it grows without copying what it holds or doubling its
/// room, and a chunk can be let go once read (<see cref="Release"/>). Not thread-safe.
/// </summary>
internal sealed class ChunkedList<T>
{
    private const int Shift = 14;
    private const int ChunkSize = 1 << Shift;
    private readonly List<T[]?> _chunks = [];
    private int _released;

    internal int Count { get; private set; }

    internal ref T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var chunk = _chunks[index >> Shift] ?? throw new InvalidOperationException("That part of the list has been released.");
            return ref chunk[index & (ChunkSize - 1)];
        }
    }

    internal void Add(T value)
    {
        if ((Count & (ChunkSize - 1)) == 0)
        {
            _chunks.Add(new T[ChunkSize]);
        }

        _chunks[^1]![Count & (ChunkSize - 1)] = value;
        Count++;
    }

    /// <summary>Lets go of the chunks wholly before an index (read them no more).</summary>
    internal void Release(int before)
    {
        for (; _released < before >> Shift && _released < _chunks.Count; _released++)
        {
            _chunks[_released] = null;
        }
    }

    /// <summary>Lets go of every chunk; the count stays.</summary>
    internal void ReleaseAll()
    {
        for (var chunk = 0; chunk < _chunks.Count; chunk++)
        {
            _chunks[chunk] = null;
        }
    }
}
