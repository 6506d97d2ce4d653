using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System;
using DpfDomain.Rules.Facts;

namespace DpfDomain.Rules.Authoring.Facts;

/// <summary>
/// The fact vocabulary as data (name, type, meaning in Chinese and English), read from the
/// <see cref="FactDescriptionAttribute"/>s of the facts types, and rendered as the Markdown
/// reference in <c>docs/</c>. A test keeps the committed reference equal to this output.
/// </summary>
public static class FactsReference
{
    /// <summary>The facts of <see cref="PersonFacts"/>, in declaration order.</summary>
    public static IReadOnlyList<FactInfo> PersonFacts { get; } = Describe(typeof(PersonFacts));

    /// <summary>The facts of <see cref="EmployerFacts"/>, in declaration order.</summary>
    public static IReadOnlyList<FactInfo> EmployerFacts { get; } = Describe(typeof(EmployerFacts));

    /// <summary>Renders the reference as Markdown.</summary>
    /// <param name="chinese">Whether to write it in Chinese (zh-CN) rather than English.</param>
    /// <returns>The Markdown text, with a trailing newline.</returns>
    public static string ToMarkdown(bool chinese)
    {
        var text = new StringBuilder();
        if (chinese)
        {
            text.Append("# 事实参考表\n\n")
                .Append("本文件由代码自动生成（`FactsReference.ToMarkdown`），请勿手工修改。\n")
                .Append("规则表达式以 `Person.<名称>` 读取下列事实；事实按评估日期计算，不含身份证号码或姓名。\n\n")
                .Append("| 名称 | 类型 | 含义 |\n|---|---|---|\n");
        }
        else
        {
            text.Append("# Facts reference\n\n")
                .Append("Generated from the code (`FactsReference.ToMarkdown`); do not edit by hand.\n")
                .Append("Rule expressions read these facts as `Person.<Name>`. Facts are computed for the evaluation date and hold no identity number or name.\n\n")
                .Append("| Name | Type | Meaning |\n|---|---|---|\n");
        }

        Table(text, PersonFacts, chinese);
        text.Append(chinese
            ? "\n## 用人单位事实（就业保障金）\n\n主体为 `Employer` 的规则集以 `Employer.<名称>` 读取下列事实。\n\n| 名称 | 类型 | 含义 |\n|---|---|---|\n"
            : "\n## Employer facts (employment security fund levy)\n\nRule sets whose subject is `Employer` read these as `Employer.<Name>`.\n\n| Name | Type | Meaning |\n|---|---|---|\n");
        Table(text, EmployerFacts, chinese);
        return text.ToString();
    }

    private static void Table(StringBuilder text, IReadOnlyList<FactInfo> facts, bool chinese)
    {
        foreach (var fact in facts)
        {
            text.Append("| `").Append(fact.Name).Append("` | ")
                .Append(chinese ? fact.TypeNameZh : fact.TypeName).Append(" | ")
                .Append((chinese ? fact.MeaningZh : fact.Meaning).Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }
    }

    private static FactInfo[] Describe(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => p.MetadataToken)
            .Select(p => (Property: p, Description: p.GetCustomAttribute<FactDescriptionAttribute>()
                ?? throw new InvalidOperationException($"The fact {type.Name}.{p.Name} has no FactDescription.")))
            .Select(x => new FactInfo(x.Property.Name, TypeName(x.Property.PropertyType, false), TypeName(x.Property.PropertyType, true), x.Description.English, x.Description.Chinese))];

    private static string TypeName(Type type, bool chinese) => type switch
    {
        _ when type == typeof(bool) => chinese ? "是/否（true/false）" : "yes/no (true/false)",
        _ when type == typeof(int) => chinese ? "整数" : "whole number",
        _ when type == typeof(decimal) => chinese ? "数字" : "number",
        _ when type == typeof(string) => chinese ? "文本" : "text",
        _ when typeof(IEnumerable<int>).IsAssignableFrom(type) => chinese ? "整数列表" : "list of whole numbers",
        _ => type.Name,
    };
}

/// <summary>One fact of the vocabulary.</summary>
/// <param name="Name">The name used in expressions.</param>
/// <param name="TypeName">The type in English words.</param>
/// <param name="TypeNameZh">The type in Chinese words.</param>
/// <param name="Meaning">The meaning in English.</param>
/// <param name="MeaningZh">The meaning in Chinese.</param>
public sealed record FactInfo(string Name, string TypeName, string TypeNameZh, string Meaning, string MeaningZh);
