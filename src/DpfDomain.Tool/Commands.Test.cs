using System.CommandLine;
using System.Globalization;
using System.IO;
using DpfDomain.Rules.Authoring.Cases;

namespace DpfDomain.Tool;

/// <summary><c>dpf test</c>.</summary>
internal sealed partial class Commands
{
    public Command Test()
    {
        var directory = Directory("The folder of rule sets and their *.cases.json files.", "规则集及其用例文件（*.cases.json）所在的文件夹。");
        var command = Describe("test", "Run the policy test cases next to the rule sets; show expected and actual for each failure.", "运行规则集旁的政策用例；未通过的用例列出预期结果和实际结果。");
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
                output.WriteLine(t.Pick($"No *{CaseFile.FileSuffix} file in {folder}.", $"{folder} 中没有 *{CaseFile.FileSuffix} 文件。"));
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

                foreach (var result in CaseRunner.Run(catalog, code, cases, Path.GetFileName(file)))
                {
                    var where = result.Passed || result.Line is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"  ({result.File}:{result.Line}:{result.Column})");
                    output.WriteLine($"{(result.Passed ? t.Pick("PASS", "通过") : t.Pick("FAIL", "失败"))}  {result.Program}  {result.Name}{where}");
                    foreach (var difference in t.Chinese ? result.DifferencesZh : result.Differences)
                    {
                        output.WriteLine($"      {difference}");
                    }

                    (passed, failed) = result.Passed ? (passed + 1, failed) : (passed, failed + 1);
                }
            }

            output.WriteLine(t.Pick($"{passed} passed, {failed} failed.", $"通过 {passed} 个，失败 {failed} 个。"));
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
