using System;
using System.Collections.Generic;
using System.Linq;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// The units of parameters in words (元/年, 元/月, 元, 年, %, 人, 开关): the one table for messages
/// that name a unit and for reports that print a value with its unit.
/// </summary>
internal static class UnitWords
{
    private static readonly (ParameterUnit Unit, BilingualText Words)[] Table =
    [
        (ParameterUnit.Yuan, new BilingualText("yuan", "元")),
        (ParameterUnit.YuanPerMonth, new BilingualText("yuan per month", "元/月")),
        (ParameterUnit.YuanPerYear, new BilingualText("yuan per year", "元/年")),
        (ParameterUnit.Years, new BilingualText("years", "年")),
        (ParameterUnit.Percent, new BilingualText("%", "%")),
        (ParameterUnit.Count, new BilingualText("persons (a count)", "人")),
        (ParameterUnit.Switch, new BilingualText("an on/off switch", "开关")),
    ];

    /// <summary>A unit in words; null for a value that is no unit (a unit the file did not give correctly).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The unit in English and Chinese words.</returns>
    public static BilingualText? Of(ParameterUnit unit) => Table.Where(u => u.Unit == unit).Select(u => (BilingualText?)u.Words).FirstOrDefault();

    /// <summary>Each unit's English name, with its Chinese words in brackets: YuanPerYear（元/年）.</summary>
    public static IReadOnlyList<string> NamesWithChineseWords() => [.. Table.Select(u => $"{u.Unit}（{u.Words.Chinese}）")];

    /// <summary>The unit whose Chinese word was typed instead of its English name ("元/年" for YuanPerYear), or null.</summary>
    /// <param name="typed">What was typed.</param>
    /// <returns>The English name of the unit, or null.</returns>
    public static string? ForChineseWord(string typed)
    {
        var word = typed.Trim().Replace('／', '/');
        return Table.Where(u => string.Equals(u.Words.Chinese, word, StringComparison.Ordinal) || (u.Unit == ParameterUnit.Percent && word == "％"))
            .Select(u => u.Unit.ToString())
            .FirstOrDefault();
    }
}
