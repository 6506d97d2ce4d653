using System;
using System.Collections.Generic;

namespace DpfDomain.Rules.Loading;

/// <summary>Did-you-mean suggestions by edit distance (insertions, deletions, substitutions and swaps of two neighbours; upper and lower case ignored).</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate, if it is close enough to be a likely misspelling.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates) => Best(input, candidates) is ({ } best, var distance) && distance <= Math.Max(2, input.Length / 3) ? best : null;

    /// <summary>
    /// The candidate <paramref name="input"/> is taken to be a misspelling of: the closest, if it is
    /// close enough (<see cref="Closest"/>) and the input keeps at least half of it, so that a
    /// short key is never read as another short key it merely resembles ("Xy" is not "Id").
    /// </summary>
    public static string? Misspelling(string input, IEnumerable<string> candidates) =>
        Best(input, candidates) is ({ } best, var distance) && distance <= Math.Max(2, input.Length / 3) && distance <= Math.Max(1, best.Length / 2) ? best : null;

    private static (string? Best, int Distance) Best(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var upper = input.ToUpperInvariant();
        foreach (var candidate in candidates)
        {
            var distance = Distance(upper, candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return (best, bestDistance);
    }

    /// <summary>The optimal-string-alignment distance: a swap of two neighbouring letters ("Vaule") counts as one edit. Three rows of memory, whatever the length.</summary>
    internal static int Distance(string a, string b)
    {
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
