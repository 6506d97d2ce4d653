using System;
using System.CommandLine;
using System.Linq;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Facts;

namespace DpfDomain.Tool;

/// <summary><c>dpf explain</c>.</summary>
internal sealed partial class Commands
{
    public Command Explain()
    {
        var directory = Directory("The folder of rule sets.", "规则集所在的文件夹。");
        var person = new Option<string?>("--person") { Description = t.Pick("A person file (JSON), e.g. the example.person.json written by dpf init.", "人员文件（JSON），例如 dpf init 写出的 example.person.json。"), HelpName = t.Pick("file", "文件") };
        var employer = new Option<string?>("--employer") { Description = t.Pick("An employer file (JSON), for the levy, e.g. the example.employer.json written by dpf init.", "用人单位文件（JSON，用于就业保障金），例如 dpf init 写出的 example.employer.json。"), HelpName = t.Pick("file", "文件") };
        var program = new Option<string?>("--program") { Description = t.Pick("Only this program, e.g. P1.", "只解释这一个项目，例如 P1。"), HelpName = t.Pick("program", "项目") };
        var date = new Option<string?>("--date") { Description = t.Pick("The evaluation date, written yyyy-MM-dd (default: today in China).", "评估日期，写作 yyyy-MM-dd，默认为今天（北京时间）。"), HelpName = t.Pick("date", "日期") };
        var command = Describe("explain", "Show each decision for a person (or employer): the amount, the parameter values and rule-set version used, and why each failed rule failed.", "解释某人（或某用人单位）的判定结果：金额、所用参数取值和规则集版本，以及每条未通过规则的原因。");
        command.Arguments.Add(directory);
        foreach (var option in new[] { person, employer, program, date })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
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
}
