using System.Globalization;
using System.Linq;
using System.Text;
using System;
using Ardalis.GuardClauses;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Authoring.Catalog;

/// <summary>
/// Renders a catalog as Markdown, one section per program: what it is, its documents, its
/// conditions with their plain-words reasons, its parameters with dated values and references
/// (marking those a county should set), and what it pays. <c>docs/catalog.md</c> and
/// <c>docs/catalog.zh-CN.md</c> are this output for the reference catalog, kept equal by a test.
/// </summary>
public static class CatalogMarkdown
{
    /// <summary>The words that mark a parameter value a county should set for itself.</summary>
    public const string LocalReferenceMarker = "local reference value";

    /// <summary>Renders the catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="chinese">Whether to write it in Chinese (zh-CN) rather than English.</param>
    /// <returns>The Markdown text, with a trailing newline.</returns>
    public static string Write(RuleCatalog catalog, bool chinese)
    {
        Guard.Against.Null(catalog);
        var text = new StringBuilder();
        text.Append(chinese
            ? "# 参考目录（P1–P9）\n\n本文件由规则集自动生成（`CatalogMarkdown`），请勿手工修改。各县用 `dpf init` 写出目录后，通过新增带日期的参数取值来适用本县政策，无需改动条件表达式：标有 **本县设定** 的是地方参考值，各县必须按本县实际设定；其余取值引自该县2019年上半年工作总结或国家文件，政策调整时同样以新增取值的方式修改。开关类参数（Switch）控制扩面政策，参考目录中均为关闭。\n"
            : "# The reference catalog (P1–P9)\n\nGenerated from the rule sets (`CatalogMarkdown`); do not edit by hand. A county writes the catalog with `dpf init` and adapts it by adding dated parameter values; no condition needs editing. Values marked **county sets** are local reference values that every county must set for itself; the others cite the county's 2019 H1 work summary or national documents and change the same way when policy changes. Switch parameters turn extensions on; all are off in the reference catalog.\n");
        foreach (var version in catalog.Versions)
        {
            Program(text, version, chinese);
        }

        return text.ToString();
    }

    private static void Program(StringBuilder text, ProgramVersion version, bool chinese)
    {
        var program = version.Document.Program;
        text.Append('\n').Append("## ").Append(version.Id).Append(' ').Append(chinese ? program.Name.Chinese : program.Name.English).Append("\n\n");
        if (program.Description is { } description)
        {
            text.Append(chinese ? description.Chinese : description.English).Append("\n\n");
        }

        var until = version.EffectiveUntil is { } end ? Iso(end) : (chinese ? "至今" : "open");
        text.Append(chinese ? "- 版本：" : "- Version: ").Append(version.Version)
            .Append(chinese ? "；有效期：" : "; in force: ").Append(Iso(version.EffectiveFrom)).Append(" – ").Append(until).Append('\n')
            .Append(chinese ? "- 依据：" : "- Documents: ").Append(string.Join(chinese ? "；" : "; ", program.LegalReferences)).Append('\n');
        if (program.FundingSource is { } funding)
        {
            text.Append(chinese ? "- 资金来源：" : "- Funding: ").Append(chinese ? funding.Chinese : funding.English).Append('\n');
        }

        foreach (var quota in program.Quotas)
        {
            text.Append(chinese ? "- 任务数：" : "- Quota: ").Append(quota.Year.ToString(CultureInfo.InvariantCulture)).Append(chinese ? "年 " : " ").Append(quota.Count.ToString(CultureInfo.InvariantCulture)).Append(chinese ? " 人" : " people").Append('\n');
        }

        if (version.Document.Eligibility.GlobalParams is { Count: > 0 } globals)
        {
            text.Append(chinese ? "\n### 中间量\n\n" : "\n### Definitions\n\n");
            foreach (var global in globals)
            {
                text.Append("- `").Append(global.Name).Append("` = `").Append(Cell(global.Expression)).Append("`\n");
            }
        }

        text.Append(chinese ? "\n### 条件（全部满足才符合）\n\n| 规则 | 不符合时的说明 |\n|---|---|\n" : "\n### Conditions (all must hold)\n\n| rule | when it fails |\n|---|---|\n");
        foreach (var rule in version.Document.Eligibility.Rules.Where(r => r.Enabled))
        {
            Rule(text, rule, chinese, string.Empty);
        }

        if (version.Document.Parameters.Count > 0)
        {
            text.Append(chinese ? "\n### 参数\n\n| 参数 | 含义 | 单位 | 自 | 取值 | 来源 |\n|---|---|---|---|---|---|\n" : "\n### Parameters\n\n| parameter | meaning | unit | from | value | reference |\n|---|---|---|---|---|---|\n");
            foreach (var parameter in version.Document.Parameters)
            {
                var meaning = parameter.Description is { } d ? Cell(chinese ? d.Chinese : d.English) : string.Empty;
                foreach (var value in parameter.Values)
                {
                    var local = value.Reference.Contains(LocalReferenceMarker, StringComparison.OrdinalIgnoreCase);
                    text.Append("| `").Append(parameter.Name).Append("` | ").Append(meaning).Append(" | ").Append(Unit(parameter.Unit, chinese)).Append(" | ").Append(value.From).Append(" | ")
                        .Append(value.Value.GetRawText()).Append(" | ").Append(Cell(value.Reference))
                        .Append(local ? (chinese ? " **本县设定**" : " **county sets**") : string.Empty).Append(" |\n");
                }
            }
        }

        text.Append(chinese ? "\n### 待遇\n\n| 项目 | 金额表达式 | 周期 | 条件 |\n|---|---|---|---|\n" : "\n### Benefits\n\n| item | amount | period | condition |\n|---|---|---|---|\n");
        foreach (var benefit in version.Document.Benefits)
        {
            var name = benefit.Name is { } n ? (chinese ? n.Chinese : n.English) : benefit.Id;
            text.Append("| ").Append(Cell(name)).Append(" | `").Append(Cell(benefit.Amount)).Append("` | ").Append(Period(benefit.Period, chinese)).Append(" | ")
                .Append(benefit.Condition is null ? "–" : "`" + Cell(benefit.Condition) + "`").Append(" |\n");
        }

        if (version.Document.Outputs.Count > 0)
        {
            text.Append(chinese ? "\n### 输出项\n\n" : "\n### Outputs\n\n");
            foreach (var output in version.Document.Outputs)
            {
                var name = output.Name is { } n ? (chinese ? n.Chinese : n.English) + " " : string.Empty;
                text.Append("- ").Append(name).Append('`').Append(output.Id).Append("` = `").Append(Cell(output.Expression)).Append("`\n");
            }
        }
    }

    private static void Rule(StringBuilder text, RuleDefinition rule, bool chinese, string indent)
    {
        var combine = rule.Operator switch
        {
            "Or" or "OrElse" => chinese ? "（下列任一）" : " (any of)",
            "And" or "AndAlso" => chinese ? "（下列全部）" : " (all of)",
            _ => string.Empty,
        };
        text.Append("| ").Append(indent).Append(rule.RuleName).Append(combine).Append(" | ")
            .Append(Cell(chinese ? rule.Properties.ErrorMessageZh : rule.ErrorMessage))
            .Append(rule.Properties.Reference is { } reference ? $" ({Cell(reference)})" : string.Empty).Append(" |\n");
        foreach (var child in (rule.Rules ?? []).Where(r => r.Enabled))
        {
            Rule(text, child, chinese, indent + "↳ ");
        }
    }

    private static string Unit(ParameterUnit unit, bool chinese) => !chinese ? unit.ToString() : unit switch
    {
        ParameterUnit.Yuan => "元",
        ParameterUnit.YuanPerMonth => "元/月",
        ParameterUnit.YuanPerYear => "元/年",
        ParameterUnit.Years => "岁/年",
        ParameterUnit.Percent => "%",
        ParameterUnit.Count => "个/人/倍",
        _ => "开关",
    };

    private static string Period(BenefitPeriod period, bool chinese) => !chinese ? period.ToString() : period switch
    {
        BenefitPeriod.PerMonth => "按月",
        BenefitPeriod.PerYear => "按年",
        BenefitPeriod.OneOff => "一次性",
        _ => "实物",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
