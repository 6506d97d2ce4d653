using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DpfDomain.Rules.Authoring.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;

namespace DpfDomain.Tool;

/// <summary>
/// Writes a decision in plain words: the rule-set version and evaluation date, the outcome, amounts,
/// outputs, each failed rule's reason, and the parameter values in force on the date (the values the
/// decision was computed from) with the dates they hold from.
/// </summary>
internal sealed class DecisionReport(TextWriter output, Texts t)
{
    public void Write(ProgramDecision decision)
    {
        var name = decision.Version is { } version ? (t.Chinese ? version.Name.Chinese : version.Name.English) : string.Empty;
        output.WriteLine();
        output.WriteLine($"{decision.ProgramId} {name}{(decision.RuleSetVersion is null ? string.Empty : $" [{decision.RuleSetVersion}]")}");
        if (decision.Version is { } used)
        {
            var date = Iso(decision.Date);
            output.WriteLine(used.EffectiveUntil is { } until
                ? t.Pick($"  Rule set {used.Version}, in force {Iso(used.EffectiveFrom)} to {Iso(until)}; evaluated on {date}.", $"  规则集版本 {used.Version}，施行期 {Iso(used.EffectiveFrom)} 至 {Iso(until)}；评估日期 {date}。")
                : t.Pick($"  Rule set {used.Version}, in force from {Iso(used.EffectiveFrom)} (no end date); evaluated on {date}.", $"  规则集版本 {used.Version}，自 {Iso(used.EffectiveFrom)} 起施行（未设截止日期）；评估日期 {date}。"));
        }

        var levy = decision.Version?.Subject == ProgramSubject.Employer;
        switch (decision.Outcome)
        {
            case DecisionOutcome.Eligible:
                output.WriteLine(levy ? t.Pick("  Levy due.", "  应缴纳。") : t.Pick("  Eligible.", "  符合条件。"));
                foreach (var line in decision.Benefits)
                {
                    var item = line.Name is { } n ? (t.Chinese ? n.Chinese : n.English) : line.Id;
                    output.WriteLine($"    {item}: {line.Amount.Money} {Period(line.Period)}");
                }

                if (decision.Benefits.Count > 1)
                {
                    output.WriteLine($"    {t.Pick("Total per period", "按周期合计")}: {(t.Chinese ? decision.Totals.ToChineseString() : decision.Totals.ToString())}");
                }

                var names = decision.Version?.OutputNames;
                foreach (var (key, value) in decision.Outputs)
                {
                    var label = names?.GetValueOrDefault(key) is { } n ? $"{(t.Chinese ? n.Chinese : n.English)} ({key})" : key;
                    output.WriteLine($"    {label} = {string.Format(CultureInfo.InvariantCulture, "{0:0.##}", value)}");
                }

                break;
            case DecisionOutcome.NotEligible:
                output.WriteLine(levy ? t.Pick("  Nothing due, because:", "  无需缴纳，原因：") : t.Pick("  Not eligible, because:", "  不符合条件，原因："));
                WriteFailures(decision.FailedRules, "    ");
                break;
            case DecisionOutcome.NotInForce:
                output.WriteLine(t.Pick($"  Not in force on {decision.Date:uuuu-MM-dd}.", $"  {decision.Date:uuuu-MM-dd} 不在有效期内。"));
                break;
            default:
                output.WriteLine(t.Pick($"  Error: {decision.ErrorMessage}", $"  出错：{decision.ErrorMessageZh}"));
                break;
        }

        if (decision.Version is { } inForce && inForce.ParametersOn(decision.Date) is { Count: > 0 } parameters)
        {
            output.WriteLine(t.Pick($"  Parameter values used (in force on {Iso(decision.Date)}):", $"  所用参数取值（{Iso(decision.Date)} 适用）："));
            foreach (var parameter in parameters)
            {
                output.WriteLine($"    {Parameter(parameter)}");
            }
        }
    }

    /// <summary>One parameter value in words, e.g. <c>AmountPerYear = 1,000 元/年（自 2019-01-01 起）—— 每人每年补助标准（元）</c>.</summary>
    internal string Parameter(ParameterValue parameter)
    {
        var value = parameter.Value switch
        {
            bool on => on ? t.Pick("yes", "是") : t.Pick("no", "否"),
            decimal number => number.ToString("#,0.##########", CultureInfo.InvariantCulture) + Unit(parameter.Unit),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        };
        var local = parameter.Reference.Contains(CatalogMarkdown.LocalReferenceMarker, StringComparison.OrdinalIgnoreCase);
        var from = t.Pick($" (from {Iso(parameter.From)}{(local ? ", a local reference value" : string.Empty)})", $"（自 {Iso(parameter.From)} 起{(local ? "，地方参考值" : string.Empty)}）");
        var meaning = parameter.Description is { } d ? t.Pick($" — {d.English}", $"——{d.Chinese}") : string.Empty;
        return $"{parameter.Name} = {value}{from}{meaning}";
    }

    private string Unit(ParameterUnit unit) => unit switch
    {
        ParameterUnit.Yuan => t.Pick(" yuan", " 元"),
        ParameterUnit.YuanPerMonth => t.Pick(" yuan per month", " 元/月"),
        ParameterUnit.YuanPerYear => t.Pick(" yuan per year", " 元/年"),
        ParameterUnit.Years => t.Pick(" years", " 年"),
        ParameterUnit.Percent => "%",
        _ => string.Empty,
    };

    private void WriteFailures(IEnumerable<FailedRule> failures, string indent)
    {
        foreach (var failure in failures)
        {
            output.WriteLine($"{indent}✗ {failure.RuleName}: {(t.Chinese ? failure.ReasonZh : failure.Reason)}{(failure.Reference is null ? string.Empty : $" ({failure.Reference})")}");
            WriteFailures(failure.Children, indent + "    ");
        }
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private string Period(BenefitPeriod period) => period switch
    {
        BenefitPeriod.PerMonth => t.Pick("per month", "每月"),
        BenefitPeriod.PerYear => t.Pick("per year", "每年"),
        BenefitPeriod.OneOff => t.Pick("once", "一次性"),
        _ => t.Pick("in kind (value)", "实物（价值）"),
    };
}
