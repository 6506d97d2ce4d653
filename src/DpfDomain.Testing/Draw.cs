using System;
using NodaTime;

namespace DpfDomain.Testing;

/// <summary>Small helpers for drawing from a <see cref="Random"/>.</summary>
internal static class Draw
{
    /// <summary>True with the given probability.</summary>
    internal static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    internal static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    /// <summary>A day from <paramref name="first"/> to <paramref name="last"/>, both included (<paramref name="first"/> when the range is empty).</summary>
    internal static LocalDate Day(this Random random, LocalDate first, LocalDate last)
    {
        var days = Period.Between(first, last, PeriodUnits.Days).Days;
        return days <= 0 ? first : first.PlusDays(random.Next(0, days + 1));
    }

    /// <summary>An index chosen with the given weights.</summary>
    internal static int Weighted(this Random random, ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var point = random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            point -= weights[i];
            if (point < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>One of the items, uniformly.</summary>
    internal static T Pick<T>(this Random random, ReadOnlySpan<T> items) => items[random.Next(items.Length)];

    /// <summary>The later of two dates.</summary>
    internal static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;

    /// <summary>The earlier of two dates.</summary>
    internal static LocalDate Min(LocalDate a, LocalDate b) => a <= b ? a : b;
}
