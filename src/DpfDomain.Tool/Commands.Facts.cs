using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using DpfDomain.Rules.Authoring.Facts;

namespace DpfDomain.Tool;

/// <summary><c>dpf facts</c>: the facts reference from the tool itself, for a machine that has only the tool.</summary>
internal sealed partial class Commands
{
    public Command Facts()
    {
        var word = new Argument<string?>(t.Pick("word", "词"))
        {
            Description = t.Pick("Show only the facts whose name or meaning contains this word, e.g. Age or 年龄.", "只列出名称或含义中含有这个词的事实，例如 Age 或 年龄。"),
            Arity = ArgumentArity.ZeroOrOne,
        };
        var markdown = new Option<bool>("--markdown") { Description = t.Pick("Print the whole reference as a Markdown page (tables), e.g. to save it as a file.", "以 Markdown 页面（表格）输出完整的参考表，例如用于保存为文件。") };
        var command = Describe(
            "facts",
            "List every fact a rule expression can use (Person.<name>, Employer.<name>), with its type and meaning.",
            "列出规则表达式可用的全部事实（Person.<名称>、Employer.<名称>）及其类型和含义。");
        command.Arguments.Add(word);
        command.Options.Add(markdown);
        command.SetAction(parse =>
        {
            var filter = parse.GetValue(word);
            if (parse.GetValue(markdown))
            {
                if (filter is not null)
                {
                    error.WriteLine(t.Pick($"--markdown prints the whole reference: leave out \"{filter}\", or leave out --markdown to see the matching facts.", $"--markdown 输出完整的参考表：请去掉“{filter}”，或去掉 --markdown 只看匹配的事实。"));
                    return 2;
                }

                output.Write(FactsReference.ToMarkdown(t.Chinese));
                return 0;
            }

            var people = Matching(FactsReference.PersonFacts, filter);
            var employers = Matching(FactsReference.EmployerFacts, filter);
            if (people.Count + employers.Count == 0)
            {
                output.WriteLine(t.Pick($"No fact's name or meaning contains \"{filter}\". Run dpf facts to see them all.", $"没有名称或含义中含有“{filter}”的事实。运行 dpf facts 可查看全部事实。"));
                return 1;
            }

            WriteFacts(people, t.Pick("Person facts: written Person.<name> in an expression, e.g. Person.Age >= 16", "人员事实：表达式中写作 Person.<名称>，例如 Person.Age >= 16"));
            WriteFacts(employers, t.Pick("Employer facts (the levy): written Employer.<name>, e.g. Employer.Headcount", "用人单位事实（就业保障金）：表达式中写作 Employer.<名称>，例如 Employer.Headcount"));
            var count = people.Count + employers.Count;
            output.WriteLine(filter is null
                ? t.Pick($"{count} facts. Facts are computed for the evaluation date and hold no identity number or name.", $"共 {count} 个事实。事实按评估日期计算，不含身份证号码或姓名。")
                : t.Pick($"{count} fact(s) whose name or meaning contains \"{filter}\".", $"名称或含义中含有“{filter}”的事实共 {count} 个。"));
            return 0;
        });
        return command;
    }

    private static List<FactInfo> Matching(IReadOnlyList<FactInfo> facts, string? word) =>
        word is null
            ? [.. facts]
            : [.. facts.Where(f => new[] { f.Name, f.Meaning, f.MeaningZh }.Any(text => text.Contains(word, StringComparison.OrdinalIgnoreCase)))];

    private void WriteFacts(List<FactInfo> facts, string heading)
    {
        if (facts.Count == 0)
        {
            return;
        }

        output.WriteLine(heading);
        output.WriteLine();
        foreach (var fact in facts)
        {
            output.WriteLine(t.Pick($"  {fact.Name}  ({fact.TypeName})", $"  {fact.Name}（{fact.TypeNameZh}）"));
            output.WriteLine($"      {t.Pick(fact.Meaning, fact.MeaningZh)}");
        }

        output.WriteLine();
    }
}
