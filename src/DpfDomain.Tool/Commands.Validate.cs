using System;
using System.CommandLine;
using System.Linq;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Tool.Messages;

namespace DpfDomain.Tool;

/// <summary><c>dpf validate</c>.</summary>
internal sealed partial class Commands
{
    public Command Validate()
    {
        var directory = Directory(HelpTexts.ValidateFolder);
        var command = Describe("validate", HelpTexts.Validate);
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
                output.WriteLine(t.Say(ToolMessages.NothingToCheck(folder)));
                return 1;
            }

            var loaded = RuleCatalog.TryLoad(sources);
            var diagnostics = loaded.Diagnostics;
            WriteProblems(diagnostics, t);

            // The case files too, as dpf test reads them, without running a case: against the catalog when the rule sets are valid.
            var (problems, filesWithProblems) = (diagnostics.Count, diagnostics.Select(d => d.File).Distinct().Count());
            foreach (var file in caseFiles)
            {
                var before = problems;
                try
                {
                    foreach (var invalid in CaseRunner.Check(sources.Count > 0 && loaded.Success ? loaded.Catalog : null, CaseRunner.Read(file), file))
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

            output.WriteLine(t.Say(problems == 0
                ? ToolMessages.CheckedWithoutProblems(sources.Count, caseFiles.Count)
                : ToolMessages.CheckedWithProblems(sources.Count, caseFiles.Count, problems, filesWithProblems)));
            return problems == 0 ? 0 : 1;
        });
        return command;
    }
}
