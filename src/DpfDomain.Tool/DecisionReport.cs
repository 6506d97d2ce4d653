using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;

namespace DpfDomain.Tool;

/// <summary>Writes a decision in plain words: outcome, amounts, outputs, and each failed rule's reason.</summary>
internal sealed class DecisionReport(TextWriter output, Texts t)
{
    public void Write(ProgramDecision decision)
    {
        var name = decision.Version is { } version ? (t.Chinese ? version.Name.Chinese : version.Name.English) : string.Empty;
        output.WriteLine();
        output.WriteLine($"{decision.ProgramId} {name}{(decision.RuleSetVersion is null ? string.Empty : $" [{decision.RuleSetVersion}]")}");
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
    }

    private void WriteFailures(IEnumerable<FailedRule> failures, string indent)
    {
        foreach (var failure in failures)
        {
            output.WriteLine($"{indent}✗ {failure.RuleName}: {(t.Chinese ? failure.ReasonZh : failure.Reason)}{(failure.Reference is null ? string.Empty : $" ({failure.Reference})")}");
            WriteFailures(failure.Children, indent + "    ");
        }
    }

    private string Period(BenefitPeriod period) => period switch
    {
        BenefitPeriod.PerMonth => t.Pick("per month", "每月"),
        BenefitPeriod.PerYear => t.Pick("per year", "每年"),
        BenefitPeriod.OneOff => t.Pick("once", "一次性"),
        _ => t.Pick("in kind (value)", "实物（价值）"),
    };
}
