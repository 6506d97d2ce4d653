using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DpfDomain.Rules.Authoring.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;
using DpfDomain.Tool.Messages;

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
                ? "  " + t.Say(ReportWords.InForce(used.Version, Iso(used.EffectiveFrom), Iso(until), date))
                : "  " + t.Say(ReportWords.InForceOpenEnded(used.Version, Iso(used.EffectiveFrom), date)));
        }

        var levy = decision.Version?.Subject == ProgramSubject.Employer;
        switch (decision.Outcome)
        {
            case DecisionOutcome.Eligible:
                output.WriteLine("  " + t.Say(levy ? ReportWords.LevyDue : ReportWords.Eligible));
                foreach (var line in decision.Benefits)
                {
                    var item = line.Name is { } n ? (t.Chinese ? n.Chinese : n.English) : line.Id;
                    output.WriteLine($"    {item}: {line.Amount.Money} {Period(line.Period)}");
                }

                if (decision.Benefits.Count > 1)
                {
                    output.WriteLine($"    {t.Say(ReportWords.TotalPerPeriod)}: {(t.Chinese ? decision.Totals.ToChineseString() : decision.Totals.ToString())}");
                }

                var names = decision.Version?.OutputNames;
                foreach (var (key, value) in decision.Outputs)
                {
                    var label = names?.GetValueOrDefault(key) is { } n ? $"{(t.Chinese ? n.Chinese : n.English)} ({key})" : key;
                    output.WriteLine($"    {label} = {string.Format(CultureInfo.InvariantCulture, "{0:0.##}", value)}");
                }

                break;
            case DecisionOutcome.NotEligible:
                output.WriteLine("  " + t.Say(levy ? ReportWords.NothingDue : ReportWords.NotEligible));
                WriteFailures(decision.FailedRules, "    ");
                break;
            case DecisionOutcome.NotInForce:
                output.WriteLine("  " + t.Say(ReportWords.NotInForce(Iso(decision.Date))));
                break;
            default:
                output.WriteLine("  " + t.Say(ReportWords.Error(decision.ErrorMessage, decision.ErrorMessageZh)));
                break;
        }

        if (decision.Version is { } inForce && inForce.ParametersOn(decision.Date) is { Count: > 0 } parameters)
        {
            output.WriteLine("  " + t.Say(ReportWords.ParametersUsed(Iso(decision.Date))));
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
            bool on => t.Say(on ? ReportWords.Yes : ReportWords.No),
            decimal number => number.ToString("#,0.##########", CultureInfo.InvariantCulture) + Unit(parameter.Unit),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        };
        var local = parameter.Reference.Contains(CatalogMarkdown.LocalReferenceMarker, StringComparison.OrdinalIgnoreCase);
        var from = t.Say(ReportWords.ParameterFrom(Iso(parameter.From), local));
        var meaning = parameter.Description is { } d ? t.Say(ReportWords.ParameterMeaning(d.English, d.Chinese)) : string.Empty;
        return $"{parameter.Name} = {value}{from}{meaning}";
    }

    private string Unit(ParameterUnit unit) => unit switch
    {
        ParameterUnit.Yuan => t.Say(ReportWords.Yuan),
        ParameterUnit.YuanPerMonth => t.Say(ReportWords.YuanPerMonth),
        ParameterUnit.YuanPerYear => t.Say(ReportWords.YuanPerYear),
        ParameterUnit.Years => t.Say(ReportWords.Years),
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

    private string Period(BenefitPeriod period) => t.Say(period switch
    {
        BenefitPeriod.PerMonth => ReportWords.PerMonth,
        BenefitPeriod.PerYear => ReportWords.PerYear,
        BenefitPeriod.OneOff => ReportWords.Once,
        _ => ReportWords.InKind,
    });
}
