using System.Collections.Generic;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// Counts what a rule set holds — rules (nested ones included), parameters and their dated
/// values, benefits, outputs, quotas — before anything is compiled, so that an oversized file
/// costs a count, not a compile of thousands of expressions.
/// </summary>
internal static class RuleSetSizeCheck
{
    /// <summary>Reports every count over its limit; returns whether the rule set is small enough to compile.</summary>
    public static bool Check(RuleSetDocument document, SourceNode root, DiagnosticBag bag)
    {
        var fits = true;
        var rules = CountRules(document.Eligibility?.Rules);
        if (rules > RuleSetLimits.MaxRules)
        {
            fits = false;
            Report(bag, root["Eligibility"]?["Rules"] ?? root, "rules (nested rules included)", "条规则（含嵌套规则）", rules > RuleSetLimits.MaxRules * 4 ? $"more than {RuleSetLimits.MaxRules * 4}" : rules.ToString(System.Globalization.CultureInfo.InvariantCulture), RuleSetLimits.MaxRules, "Group conditions into fewer rules; a program's conditions fit in a few dozen rules.", "请把条件合并为较少的规则；一个项目的条件通常只需几十条规则。");
        }

        var parameters = document.Parameters ?? [];
        fits &= Limit(bag, root["Parameters"], parameters.Count, RuleSetLimits.MaxParameters, "parameters", "个参数", "Remove unused parameters.", "请删除未使用的参数。");
        for (var i = 0; i < parameters.Count; i++)
        {
            var values = parameters[i]?.Values?.Count ?? 0;
            fits &= Limit(bag, root["Parameters"]?.At(i)?["Values"], values, RuleSetLimits.MaxParameterValues, "dated values in one parameter", "个日期取值（同一参数）", "Keep the values still needed for evaluation dates in use.", "只保留仍会用到的评估日期所需的取值。");
        }

        fits &= Limit(bag, root["Benefits"], document.Benefits?.Count ?? 0, RuleSetLimits.MaxBenefits, "benefits", "项待遇", "Split the program into several rule sets.", "请把项目拆分为几个规则集。");
        fits &= Limit(bag, root["Outputs"], document.Outputs?.Count ?? 0, RuleSetLimits.MaxBenefits, "outputs", "项输出", "Keep the outputs the reports use.", "只保留报表需要的输出。");
        fits &= Limit(bag, root["Program"]?["Quotas"], document.Program?.Quotas?.Count ?? 0, RuleSetLimits.MaxQuotas, "yearly quotas", "个年度任务数", "Keep the years still reported on.", "只保留仍需统计的年份。");
        return fits;
    }

    /// <summary>Counts rules breadth-first, stopping once far over the limit.</summary>
    private static int CountRules(IReadOnlyList<RuleDefinition>? top)
    {
        var count = 0;
        var pending = new Queue<IReadOnlyList<RuleDefinition>>();
        if (top is not null)
        {
            pending.Enqueue(top);
        }

        while (pending.Count > 0 && count <= RuleSetLimits.MaxRules * 4)
        {
            foreach (var rule in pending.Dequeue())
            {
                count++;
                if (rule?.Rules is { Count: > 0 } children)
                {
                    pending.Enqueue(children);
                }
            }
        }

        return count;
    }

    private static bool Limit(DiagnosticBag bag, SourceNode? node, int count, int limit, string what, string whatZh, string hint, string hintZh)
    {
        if (count <= limit || node is null)
        {
            return count <= limit;
        }

        Report(bag, node, what, whatZh, count.ToString(System.Globalization.CultureInfo.InvariantCulture), limit, hint, hintZh);
        return false;
    }

    private static void Report(DiagnosticBag bag, SourceNode node, string what, string whatZh, string count, int limit, string hint, string hintZh) =>
        bag.Add(node.Position, DiagnosticCode.ExpressionTooLarge, null, $"The rule set has {count} {what}; the limit is {limit}.", $"规则集有{count}{whatZh}，上限为{limit}{whatZh}。", hint, hintZh);
}
