using System.Globalization;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>The problems of the size check: a rule set holding more of something than its limit.</summary>
internal static class SizeMessages
{
    /// <summary>Rules, nested ones included.</summary>
    public static readonly Counted Rules = new(
        new("rules (nested rules included)", "条规则（含嵌套规则）"),
        new("Group conditions into fewer rules; a program's conditions fit in a few dozen rules.", "请把条件合并为较少的规则；一个项目的条件通常只需几十条规则。"));

    /// <summary>Parameters.</summary>
    public static readonly Counted Parameters = new(
        new("parameters", "个参数"),
        new("Remove unused parameters.", "请删除未使用的参数。"));

    /// <summary>The dated values of one parameter.</summary>
    public static readonly Counted ParameterValues = new(
        new("dated values in one parameter", "个日期取值（同一参数）"),
        new("Keep the values still needed for evaluation dates in use.", "只保留仍会用到的评估日期所需的取值。"));

    /// <summary>Benefit items.</summary>
    public static readonly Counted Benefits = new(
        new("benefits", "项待遇"),
        new("Split the program into several rule sets.", "请把项目拆分为几个规则集。"));

    /// <summary>Outputs.</summary>
    public static readonly Counted Outputs = new(
        new("outputs", "项输出"),
        new("Keep the outputs the reports use.", "只保留报表需要的输出。"));

    /// <summary>Yearly quotas.</summary>
    public static readonly Counted Quotas = new(
        new("yearly quotas", "个年度任务数"),
        new("Keep the years still reported on.", "只保留仍需统计的年份。"));

    /// <summary>A count shown as a number.</summary>
    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count too far over the limit to have been counted to its end (shown the same in both languages).</summary>
    public static string MoreThan(int count) => string.Create(CultureInfo.InvariantCulture, $"more than {count}");

    public static DiagnosticMessage TooMany(Counted what, string count, int limit) => DiagnosticDescriptors.ExpressionTooLarge.Message(
        $"The rule set has {count} {what.Name.English}; the limit is {limit}.",
        $"规则集有{count}{what.Name.Chinese}，上限为{limit}{what.Name.Chinese}。",
        what.Fix.English,
        what.Fix.Chinese);

    /// <summary>Something a rule set holds a limited number of, with what to do when there are too many.</summary>
    /// <param name="Name">What is counted, as shown after the count.</param>
    /// <param name="Fix">How to have fewer.</param>
    internal sealed record Counted(BilingualText Name, BilingualText Fix);
}
