using System;
using System.CommandLine;
using System.Linq;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Tool;

/// <summary><c>dpf validate</c>.</summary>
internal sealed partial class Commands
{
    public Command Validate()
    {
        var directory = Directory("The folder of *.ruleset.json files.", "规则集文件（*.ruleset.json）所在的文件夹。");
        var command = Describe("validate", "Check every rule set in a folder; list each problem with file:line:col, rule and a fix.", "校验文件夹中的所有规则集：逐条列出问题所在的文件、行、列、规则和改法。");
        command.Arguments.Add(directory);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(directory)!;
            if (!TryFindRuleSets(folder, t, out var sources))
            {
                return 2;
            }

            if (sources.Count == 0)
            {
                output.WriteLine(t.Pick($"No *{RuleSetSource.FileSuffix} file in {folder}: nothing to check.", $"{folder} 中没有 *{RuleSetSource.FileSuffix} 文件，无可校验。"));
                return 1;
            }

            var diagnostics = RuleCatalog.Validate(sources);
            foreach (var diagnostic in diagnostics)
            {
                output.WriteLine(diagnostic.Format(t.Chinese));
            }

            output.WriteLine(diagnostics.Count == 0
                ? t.Pick($"{sources.Count} rule set(s) checked: no problems.", $"已校验 {sources.Count} 个规则集：没有问题。")
                : t.Pick($"{diagnostics.Count} problem(s) in {diagnostics.Select(d => d.File).Distinct().Count()} file(s).", $"{diagnostics.Select(d => d.File).Distinct().Count()} 个文件中共有 {diagnostics.Count} 个问题。"));
            return diagnostics.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
