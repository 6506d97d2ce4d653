using System.Collections.Generic;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Authoring.Messages;

/// <summary>
/// How the decision of a policy test case differs from what the case expects: its outcome, its
/// amounts (period by period), its failed rules and its outputs. One line per difference, in
/// English and Chinese; amounts arrive already written (<c>¥80.00 per month</c>, <c>每月 ¥80.00</c>).
/// </summary>
internal static class CaseResultMessages
{
    /// <summary>What a decision without any amount pays.</summary>
    public static readonly BilingualText NoAmount = new("nothing", "无金额");

    /// <summary>The value shown for an expected output the decision does not have.</summary>
    public static readonly BilingualText NoOutput = new("(none)", "（无）");

    /// <summary>An outcome as shown in a difference: its name in English, its words in Chinese.</summary>
    public static BilingualText Outcome(DecisionOutcome outcome) => new(outcome.ToString(), outcome switch
    {
        DecisionOutcome.Eligible => "符合条件",
        DecisionOutcome.NotEligible => "不符合条件",
        DecisionOutcome.NotInForce => "不在有效期内",
        _ => "出错",
    });

    /// <summary>The outcome differs; the decision's error, when it has one, follows in brackets.</summary>
    public static BilingualText OutcomeDiffers(DecisionOutcome expected, DecisionOutcome actual, string? error, string? errorZh) => new(
        $"outcome: expected {Outcome(expected).English}, actual {Outcome(actual).English}{(error is null ? string.Empty : $" ({error})")}",
        $"结果：应为“{Outcome(expected).Chinese}”，实际为“{Outcome(actual).Chinese}”{(errorZh is null ? string.Empty : $"（{errorZh}）")}");

    /// <summary>One amount expected, but the decision pays amounts of several periods, which are never added.</summary>
    public static BilingualText AmountOfSeveralPeriods(string expected, string actual, string actualZh, string example) => new(
        $"amount: expected {expected}, but the decision pays amounts of several periods ({actual}), which are not added together; write \"Amounts\" per period instead, e.g. {example}",
        $"金额：应为 {expected}，但该决定含多个周期的金额（{actualZh}），不同周期不相加；请改写按周期的 \"Amounts\"，例如 {example}");

    /// <summary>The one amount differs.</summary>
    public static BilingualText AmountDiffers(string expected, string actual, string actualZh) => new(
        $"amount: expected {expected}, actual {actual}",
        $"金额：应为 {expected}，实际为 {actualZh}");

    /// <summary>The total of one period differs (both amounts of that period).</summary>
    public static BilingualText PeriodAmountDiffers(PeriodAmount expected, PeriodAmount actual) => new(
        $"amount {expected.Period}: expected {expected}, actual {actual}",
        $"{DecisionMessages.Period(expected.Period).Chinese}金额：应为 {expected.Money}，实际为 {actual.Money}");

    /// <summary>The failed rules differ (both lists in ordinal order; an empty one is written "(none)").</summary>
    public static BilingualText FailedRulesDiffer(IEnumerable<string> expected, IEnumerable<string> actual) => new(
        $"failed rules: expected {EnglishList(expected)}, actual {EnglishList(actual)}",
        $"未通过的规则：应为{ChineseList(expected)}，实际为{ChineseList(actual)}");

    private static string EnglishList(IEnumerable<string> names) => string.Join(", ", names) is { Length: > 0 } joined ? $"[{joined}]" : NoOutput.English;

    private static string ChineseList(IEnumerable<string> names) => string.Join("、", names) is { Length: > 0 } joined ? $" {joined}" : NoOutput.Chinese;

    /// <summary>An output differs.</summary>
    public static BilingualText OutputDiffers(string output, string? expected, BilingualText actual) => new(
        $"output {output}: expected {expected}, actual {actual.English}",
        $"输出项 {output}：应为 {expected}，实际为 {actual.Chinese}");
}
