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
        var directory = Directory("The folder of rule sets. 规则集所在文件夹。");
        var person = new Option<string?>("--person") { Description = "A person file (JSON; see docs/person-file.md). 人员文件。" };
        var employer = new Option<string?>("--employer") { Description = "An employer file (JSON), for the levy. 用人单位文件（就业保障金）。" };
        var program = new Option<string?>("--program") { Description = "Only this program, e.g. P1. 只解释该项目。" };
        var date = new Option<string?>("--date") { Description = "The evaluation date yyyy-MM-dd (default: today in China). 评估日期。" };
        var command = new Command("explain", "Show each decision for a person (or employer), its amount, and why each failed rule failed. 解释判定结果及未通过原因。") { directory, person, employer, program, date };
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
