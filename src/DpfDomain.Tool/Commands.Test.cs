using System.CommandLine;
using System.Globalization;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Tool.Messages;

namespace DpfDomain.Tool;

/// <summary><c>dpf test</c>.</summary>
internal sealed partial class Commands
{
    public Command Test()
    {
        var directory = Directory(HelpTexts.TestFolder);
        var command = Describe("test", HelpTexts.Test);
        command.Arguments.Add(directory);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(directory)!;
            if (!TryFindRuleSets(folder, t, out var sources) || Catalog(sources, t) is not { } catalog || County(parse, t) is not { } code)
            {
                return sources is null ? 2 : 1;
            }

            var files = CaseRunner.FindCaseFiles(folder);
            if (files.Count == 0)
            {
                output.WriteLine(t.Say(ToolMessages.NoCaseFile(folder)));
                return 1;
            }

            var (passed, failed) = (0, 0);
            foreach (var file in files)
            {
                CaseFile cases;
                try
                {
                    cases = CaseRunner.Read(file);
                }
                catch (CaseInputException exception)
                {
                    output.WriteLine(t.Pick(exception.Message, exception.MessageZh));
                    failed++;
                    continue;
                }

                foreach (var result in CaseRunner.Run(catalog, code, cases, file))
                {
                    var where = result.Passed || result.Line is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"  ({result.File}:{result.Line}:{result.Column})");
                    output.WriteLine($"{t.Say(result.Passed ? ToolMessages.Pass : ToolMessages.Fail)}  {result.Program}  {result.Name}{where}");
                    foreach (var difference in t.Chinese ? result.DifferencesZh : result.Differences)
                    {
                        output.WriteLine($"      {difference}");
                    }

                    (passed, failed) = result.Passed ? (passed + 1, failed) : (passed, failed + 1);
                }
            }

            output.WriteLine(t.Say(ToolMessages.PassedAndFailed(passed, failed)));
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
