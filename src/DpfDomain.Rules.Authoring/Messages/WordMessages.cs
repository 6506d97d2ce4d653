using System;
using System.Collections.Generic;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Authoring.Messages;

/// <summary>
/// The Chinese words of the case-file enumerations that are not the domain's (the outcome and the
/// period of an expected amount; the domain's own are in <c>DpfDomain.EnumWords</c>), and the
/// problems of a word or grade that is none of the accepted ones: the Chinese words are listed
/// first, then the English names. Values typed by a user arrive already echoed.
/// </summary>
internal static class WordMessages
{
    /// <summary>The Chinese words of an outcome, the usual one first.</summary>
    public static IReadOnlyList<string> Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Eligible => ["符合条件", "符合"],
        DecisionOutcome.NotEligible => ["不符合条件", "不符合"],
        DecisionOutcome.NotInForce => ["不在有效期内", "未生效"],
        DecisionOutcome.Error => ["出错"],
        _ => [],
    };

    /// <summary>The Chinese words of a period, the usual one first.</summary>
    public static IReadOnlyList<string> Period(BenefitPeriod period) => period switch
    {
        BenefitPeriod.PerMonth => ["每月", "按月"],
        BenefitPeriod.PerYear => ["每年", "按年"],
        BenefitPeriod.OneOff => ["一次性"],
        BenefitPeriod.InKind => ["实物"],
        _ => [],
    };

    /// <summary>A word that names no value: the Chinese words accepted first, then the English names.</summary>
    public static DiagnosticMessage NotAWord(string value, BilingualText where, string? suggestion, IReadOnlyList<string> chinese, IReadOnlyList<string> english)
    {
        var allowed = chinese.Count == 0
            ? new BilingualText($"Allowed: {string.Join(", ", english)}.", $"可填：{string.Join("、", english)}。")
            : new BilingualText(
                $"Allowed: {string.Join(", ", chinese)} (or in English: {string.Join(", ", english)}).",
                $"可填：{string.Join("、", chinese)}（或英文 {string.Join("、", english)}）。");
        return DiagnosticDescriptors.InvalidValue.Message(
            $"{LocationWords.Capitalise(where.English)} cannot be \"{value}\".",
            $"{where.Chinese}不能是“{value}”。",
            suggestion is null ? allowed.English : $"Did you mean \"{suggestion}\"? {allowed.English}",
            suggestion is null ? allowed.Chinese : $"是否应为“{suggestion}”？{allowed.Chinese}");
    }

    /// <summary>A grade written as text that is not one.</summary>
    public static DiagnosticMessage NotAGrade(string value, BilingualText where, IReadOnlyList<string> grades) => DiagnosticDescriptors.InvalidValue.Message(
        $"{LocationWords.Capitalise(where.English)} cannot be \"{value}\": it is not a disability grade.",
        $"{where.Chinese}不能是“{value}”：这不是残疾等级。",
        $"Allowed: {string.Join(", ", grades)} (or the number 1 to 4).",
        $"可填：{string.Join("、", grades)}（或数字 1 至 4）。");

    /// <summary>A case whose name cannot be read, as shown in its result: its number in the file.</summary>
    public static string Unnamed(int number) => FormattableString.Invariant($"#{number}");
}
