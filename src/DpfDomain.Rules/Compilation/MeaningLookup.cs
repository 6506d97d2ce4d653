using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Facts;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// Names found by their meaning: a fact or parameter written in Chinese (<c>Person.年龄</c>) is looked
/// up in the Chinese meanings of the facts (<see cref="FactDescriptionAttribute"/>) or of the rule
/// set's parameters, so that the message can name the English name to write instead.
/// </summary>
internal static class MeaningLookup
{
    /// <summary>At most this many names are suggested for one word.</summary>
    private const int MaximumSuggestions = 3;

    /// <summary>The facts of a facts type with their meanings.</summary>
    public static IReadOnlyList<(string Name, string Chinese, string English)> OfFacts(Type factsType) =>
    [
        .. factsType.GetProperties()
            .Select(p => (p.Name, Description: p.GetCustomAttribute<FactDescriptionAttribute>()))
            .Where(p => p.Description is not null)
            .Select(p => (p.Name, p.Description!.Chinese, p.Description.English)),
    ];

    /// <summary>Whether a name has Chinese characters (CJK ideographs).</summary>
    public static bool HasChinese(string word) => word.Any(c => c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF'));

    /// <summary>The names whose Chinese meaning contains <paramref name="word"/>, with that meaning shortened to its first part; none when the word has no Chinese characters.</summary>
    public static IReadOnlyList<(string Name, BilingualText Meaning)> Containing(string word, IEnumerable<(string Name, string Chinese, string English)> meanings)
    {
        var trimmed = word.Trim();
        if (!HasChinese(trimmed))
        {
            return [];
        }

        return
        [
            .. meanings
                .Where(m => m.Chinese.Contains(trimmed, StringComparison.Ordinal))
                .Take(MaximumSuggestions)
                .Select(m => (m.Name, new BilingualText(FirstPart(m.English, [" (", ": ", "; ", ". "]).TrimEnd('.'), FirstPart(m.Chinese, ["（", "：", "；", "。", "("])))),
        ];
    }

    private static string FirstPart(string meaning, string[] ends)
    {
        var cut = meaning.Length;
        foreach (var end in ends)
        {
            var at = meaning.IndexOf(end, StringComparison.Ordinal);
            if (at > 0 && at < cut)
            {
                cut = at;
            }
        }

        return meaning[..cut].Trim();
    }
}
