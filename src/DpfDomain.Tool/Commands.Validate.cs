using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Tool;

/// <summary><c>dpf validate</c>.</summary>
internal sealed partial class Commands
{
    public Command Validate()
    {
        var directory = Directory("The folder of *.ruleset.json files.", "规则集文件（*.ruleset.json）所在的文件夹。");
        var command = Describe("validate", "Check every rule set and case file in a folder; list each problem with file:line:col, rule and a fix.", "校验文件夹中的所有规则集和用例文件：逐条列出问题所在的文件、行、列、规则和改法。");
        command.Arguments.Add(directory);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(directory)!;
            if (!TryFindRuleSets(folder, t, out var sources))
            {
                return 2;
            }

            var caseFiles = CaseRunner.FindCaseFiles(folder);
            if (sources.Count == 0 && caseFiles.Count == 0)
            {
                output.WriteLine(t.Pick($"No *{RuleSetSource.FileSuffix} file in {folder}: nothing to check.", $"{folder} 中没有 *{RuleSetSource.FileSuffix} 文件，无可校验。"));
                return 1;
            }

            var loaded = RuleCatalog.TryLoad(sources);
            var diagnostics = loaded.Diagnostics;
            foreach (var diagnostic in diagnostics)
            {
                output.WriteLine(diagnostic.Format(t.Chinese));
            }

            // The case files too, as dpf test reads them, without running a case: against the catalog when the rule sets are valid.
            var (problems, filesWithProblems) = (diagnostics.Count, diagnostics.Select(d => d.File).Distinct().Count());
            foreach (var file in caseFiles)
            {
                var before = problems;
                try
                {
                    foreach (var invalid in CaseRunner.Check(sources.Count > 0 && loaded.Success ? loaded.Catalog : null, CaseRunner.Read(file), Path.GetFileName(file)))
                    {
                        foreach (var problem in t.Chinese ? invalid.DifferencesZh : invalid.Differences)
                        {
                            output.WriteLine(problem);
                            problems++;
                        }
                    }
                }
                catch (CaseInputException exception)
                {
                    var lines = t.Pick(exception.Message, exception.MessageZh).Split('\n');
                    foreach (var line in lines.Skip(1))
                    {
                        output.WriteLine(line.TrimEnd('\r'));
                    }

                    problems += Math.Max(1, lines.Length - 1);
                }

                filesWithProblems += problems > before ? 1 : 0;
            }

            var checkedFiles = t.Pick($"{sources.Count} rule set(s) and {caseFiles.Count} case file(s) checked", $"已校验 {sources.Count} 个规则集和 {caseFiles.Count} 个用例文件");
            output.WriteLine(problems == 0
                ? t.Pick($"{checkedFiles}: no problems.", $"{checkedFiles}：没有问题。")
                : t.Pick($"{checkedFiles}: {problems} problem(s) in {filesWithProblems} file(s).", $"{checkedFiles}：{filesWithProblems} 个文件中共有 {problems} 个问题。"));
            return problems == 0 ? 0 : 1;
        });
        return command;
    }
}
