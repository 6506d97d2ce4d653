using System;

namespace DpfDomain.Testing;

/// <summary>
/// Independent, reproducible random streams: one <see cref="Random"/> per (seed, stream, index), so
/// that household 1,234 of a county is the same whether or not the households before it were
/// generated in this process.
/// </summary>
internal static class SeededRandom
{
    /// <summary>The stream of the households of a county.</summary>
    internal const long Households = 1;

    /// <summary>The stream of the bad rows written into a county's files.</summary>
    internal const long BadRows = 2;

    /// <summary>The stream of single values made by the arbitraries.</summary>
    internal const long Values = 3;

    internal static Random For(int seed, long stream, long index) => new(Seed(seed, stream, index));

    internal static int Seed(int seed, long stream, long index)
    {
        var x = Mix(unchecked((ulong)seed + 0x9E3779B97F4A7C15UL));
        x = Mix(unchecked(x ^ ((ulong)stream * 0xBF58476D1CE4E5B9UL)));
        x = Mix(unchecked(x ^ ((ulong)index * 0x94D049BB133111EBUL)));
        return (int)(x >> 33);
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
