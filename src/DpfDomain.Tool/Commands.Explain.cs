using System;
using System.CommandLine;
using System.Linq;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Facts;
using DpfDomain.Tool.Messages;

namespace DpfDomain.Tool;

/// <summary><c>dpf explain</c>.</summary>
internal sealed partial class Commands
{
    public Command Explain()
    {
        var directory = Directory(HelpTexts.ExplainFolder);
        var person = new Option<string?>("--person") { Description = t.Say(HelpTexts.PersonOption), HelpName = t.Say(HelpTexts.FileValue) };
        var employer = new Option<string?>("--employer") { Description = t.Say(HelpTexts.EmployerOption), HelpName = t.Say(HelpTexts.FileValue) };
        var program = new Option<string?>("--program") { Description = t.Say(HelpTexts.ProgramOption), HelpName = t.Say(HelpTexts.ProgramValue) };
        var date = new Option<string?>("--date") { Description = t.Say(HelpTexts.ExplainDateOption), HelpName = t.Say(HelpTexts.DateValue) };
        var command = Describe("explain", HelpTexts.Explain);
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
                error.WriteLine(t.Say(ToolMessages.PersonOrEmployer));
                return 2;
            }

            if (only is not null && !catalog.ProgramIds.Contains(only))
            {
                error.WriteLine(t.Say(ToolMessages.NoSuchProgram(only, catalog.ProgramIds)));
                return 2;
            }

            if (only is not null && catalog.PersonProgramIds.Contains(only) != (personFile is not null))
            {
                error.WriteLine(personFile is not null
                    ? t.Say(ToolMessages.EmployerProgram(only))
                    : t.Say(ToolMessages.PersonProgram(only)));
                return 2;
            }

            try
            {
                var report = new DecisionReport(output, t);
                if (personFile is not null)
                {
                    var (who, household) = PersonFile.Read(personFile);
                    var evaluator = new EligibilityEvaluator(catalog, code);
                    output.WriteLine(t.Say(ToolMessages.PersonOn(who.Id.ToString(), who.Name.ToString(), Iso(day))));
                    foreach (var id in only is null ? catalog.PersonProgramIds : [only])
                    {
                        report.Write(evaluator.Evaluate(who, household, day, id, trace: true));
                    }
                }
                else
                {
                    var company = EmployerFile.Read(employerFile!);
                    output.WriteLine(t.Say(ToolMessages.EmployerOn(company.Name, Iso(day))));
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
