using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using DpfDomain.Identity;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using NodaTime;
using NodaTime.Text;

namespace DpfDomain.Tool;

/// <summary>The four sub-commands of <c>dpf</c>.</summary>
internal sealed class Commands(TextWriter output, TextWriter error, IClock clock, Func<ParseResult, bool> chinese, Func<ParseResult, string> county)
{
    private static readonly DateTimeZone ChinaTime = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public Command Validate()
    {
        var directory = Directory("The folder of *.ruleset.json files. 规则集文件所在文件夹。");
        var command = new Command("validate", "Check every rule set in a folder; list each problem with file:line:col, rule and a fix. 校验文件夹中的所有规则集。") { directory };
        command.SetAction(parse =>
        {
            var t = new Texts(chinese(parse));
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

    public Command Test()
    {
        var directory = Directory("The folder of rule sets and their *.cases.json files. 规则集及其用例文件所在文件夹。");
        var command = new Command("test", "Run the policy test cases next to the rule sets; show expected and actual for each failure. 运行规则集旁的用例。") { directory };
        command.SetAction(parse =>
        {
            var t = new Texts(chinese(parse));
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
                    output.WriteLine($"{(result.Passed ? t.Pick("PASS", "通过") : t.Pick("FAIL", "失败"))}  {result.Program}  {result.Name}");
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

    public Command Explain()
    {
        var directory = Directory("The folder of rule sets. 规则集所在文件夹。");
        var person = new Option<string?>("--person") { Description = "A person file (JSON; see docs/person-file.md). 人员文件。" };
        var employer = new Option<string?>("--employer") { Description = "An employer file (JSON), for the levy. 用人单位文件（就业保障金）。" };
        var program = new Option<string?>("--program") { Description = "Only this program, e.g. P1. 只解释该项目。" };
        var date = new Option<string?>("--date") { Description = "The evaluation date yyyy-MM-dd (default: today in China). 评估日期。" };
        var command = new Command("explain", "Show each decision for a person (or employer), its amount, and why each failed rule failed. 解释判定结果及未通过原因。") { directory, person, employer, program, date };
        command.SetAction(parse =>
        {
            var t = new Texts(chinese(parse));
            var folder = parse.GetValue(directory)!;
            if (!TryFindRuleSets(folder, t, out var sources) || Catalog(sources, t) is not { } catalog || County(parse, t) is not { } code)
            {
                return sources is null ? 2 : 1;
            }

            if (Date(parse.GetValue(date), t) is not { } day)
            {
                return 2;
            }

            var (personFile, employerFile, only) = (parse.GetValue(person), parse.GetValue(employer), parse.GetValue(program));
            if ((personFile is null) == (employerFile is null))
            {
                error.WriteLine(t.Pick("Give exactly one of --person and --employer.", "请且只能给出 --person 或 --employer 之一。"));
                return 2;
            }

            if (only is not null && !catalog.ProgramIds.Contains(only))
            {
                error.WriteLine(t.Pick($"There is no program {only}; the folder has {string.Join(", ", catalog.ProgramIds)}.", $"没有项目 {only}；现有项目：{string.Join("、", catalog.ProgramIds)}。"));
                return 2;
            }

            if (only is not null && catalog.PersonProgramIds.Contains(only) != (personFile is not null))
            {
                error.WriteLine(personFile is not null
                    ? t.Pick($"{only} is evaluated for employers: give --employer instead of --person.", $"{only} 针对用人单位，请用 --employer 而不是 --person。")
                    : t.Pick($"{only} is evaluated for people: give --person instead of --employer.", $"{only} 针对个人，请用 --person 而不是 --employer。"));
                return 2;
            }

            try
            {
                var report = new DecisionReport(output, t);
                if (personFile is not null)
                {
                    var (who, household) = PersonFile.Read(personFile);
                    var evaluator = new EligibilityEvaluator(catalog, code);
                    output.WriteLine(t.Pick($"{who} on {Iso(day)}:", $"{who.Name}（{who.Id}）于 {Iso(day)}："));
                    foreach (var id in only is null ? catalog.PersonProgramIds : [only])
                    {
                        report.Write(evaluator.Evaluate(who, household, day, id, trace: true));
                    }
                }
                else
                {
                    var company = EmployerFile.Read(employerFile!);
                    output.WriteLine(t.Pick($"{company.Name} on {Iso(day)}:", $"{company.Name} 于 {Iso(day)}："));
                    var facts = EmployerFacts.From(company, day);
                    foreach (var id in only is null ? catalog.EmployerProgramIds : [only])
                    {
                        report.Write(catalog.Evaluate(facts, day, id, trace: true));
                    }
                }
            }
            catch (CaseInputException exception)
            {
                error.WriteLine(t.Pick(exception.Message, exception.MessageZh));
                return 1;
            }
            catch (ArgumentException exception)
            {
                error.WriteLine(exception.Message);
                return 1;
            }

            return 0;
        });
        return command;
    }

    public Command Init()
    {
        var directory = Directory("The folder to write the reference catalog to. 参考目录要写入的文件夹。");
        var force = new Option<bool>("--force") { Description = "Overwrite existing files. 覆盖已有文件。" };
        var command = new Command("init", "Write the reference county catalog (P1–P9), its test cases and the JSON Schema to a folder. 写出参考目录（P1–P9）、用例和 JSON Schema。") { directory, force };
        command.SetAction(parse =>
        {
            var t = new Texts(chinese(parse));
            var folder = parse.GetValue(directory)!;
            if (File.Exists(folder))
            {
                error.WriteLine(t.Pick($"{folder} is a file, not a folder.", $"{folder} 是文件而不是文件夹。"));
                return 2;
            }

            var existing = ReferenceCatalog.FileNames.Append(Rules.Authoring.Schema.RuleSetSchema.FileName).Where(name => File.Exists(Path.Combine(folder, name))).ToList();
            if (existing.Count > 0 && !parse.GetValue(force))
            {
                error.WriteLine(t.Pick($"{existing.Count} file(s) already exist in {folder}, e.g. {existing[0]}; nothing was written. Use --force to overwrite them.", $"{folder} 中已有 {existing.Count} 个同名文件（如 {existing[0]}），未写入任何文件。如需覆盖请加 --force。"));
                return 1;
            }

            try
            {
                foreach (var path in ReferenceCatalog.WriteTo(folder, overwrite: true))
                {
                    output.WriteLine(path);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine(t.Pick($"The catalog could not be written: {exception.Message}", $"无法写出参考目录：{exception.Message}"));
                return 1;
            }

            output.WriteLine(t.Pick(
                "Written. Set the parameters marked 'local reference value' for your county (a new dated value, not an edit of history), update the expected amounts in the *.cases.json files that depend on them, then run dpf validate and dpf test.",
                "已写出。请按本县实际设定标注为“地方参考值”的参数（新增带日期的取值，不改动历史取值），同时修改 *.cases.json 中依赖这些参数的预期金额，然后运行 dpf validate 和 dpf test。"));
            return 0;
        });
        return command;
    }

    private static Argument<string> Directory(string description) => new("folder") { Description = description };

    /// <summary>Finds the rule-set files of a folder; false (and says so) when the folder does not exist.</summary>
    private bool TryFindRuleSets(string folder, Texts t, out System.Collections.Generic.IReadOnlyList<RuleSetSource> sources)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            error.WriteLine(t.Pick($"The folder {folder} does not exist.", $"文件夹 {folder} 不存在。"));
            sources = null!;
            return false;
        }

        sources = RuleSetSource.FromDirectory(folder);
        return true;
    }

    private RuleCatalog? Catalog(System.Collections.Generic.IReadOnlyList<RuleSetSource> sources, Texts t)
    {
        var loaded = RuleCatalog.TryLoad(sources);
        if (loaded.Success)
        {
            return loaded.Catalog;
        }

        foreach (var diagnostic in loaded.Diagnostics)
        {
            output.WriteLine(diagnostic.Format(t.Chinese));
        }

        output.WriteLine(t.Pick("The rule sets have problems; fix them first (dpf validate).", "规则集有问题，请先修正（dpf validate）。"));
        return null;
    }

    private DivisionCode? County(ParseResult parse, Texts t)
    {
        var parsed = DivisionCode.TryParse(county(parse));
        if (parsed.Success && parsed.Value.IsCountyLevel)
        {
            return parsed.Value;
        }

        error.WriteLine(t.Pick($"--county must be a county-level division code: {parsed.Error?.Message ?? "its last two digits are 00."}", $"--county 须为县级行政区划代码：{parsed.Error?.MessageZh ?? "末两位为00。"}"));
        return null;
    }

    private LocalDate? Date(string? text, Texts t)
    {
        if (text is null)
        {
            return clock.GetCurrentInstant().InZone(ChinaTime).Date;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        error.WriteLine(t.Pick($"--date must be written yyyy-MM-dd, e.g. 2019-06-30; \"{text}\" is not.", $"--date 应写作 yyyy-MM-dd（例如 2019-06-30），“{text}”不符合。"));
        return null;
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
