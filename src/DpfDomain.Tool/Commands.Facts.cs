using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using DpfDomain.Rules.Authoring.Facts;
using DpfDomain.Tool.Messages;

namespace DpfDomain.Tool;

/// <summary><c>dpf facts</c>: the facts reference from the tool itself, for a machine that has only the tool.</summary>
internal sealed partial class Commands
{
    public Command Facts()
    {
        var word = new Argument<string?>(t.Say(HelpTexts.WordArgument))
        {
            Description = t.Say(HelpTexts.FactsWord),
            Arity = ArgumentArity.ZeroOrOne,
        };
        var markdown = new Option<bool>("--markdown") { Description = t.Say(HelpTexts.MarkdownOption) };
        var command = Describe("facts", HelpTexts.Facts);
        command.Arguments.Add(word);
        command.Options.Add(markdown);
        command.SetAction(parse =>
        {
            var filter = parse.GetValue(word);
            if (parse.GetValue(markdown))
            {
                if (filter is not null)
                {
                    error.WriteLine(t.Say(ToolMessages.MarkdownWithWord(filter)));
                    return 2;
                }

                output.Write(FactsReference.ToMarkdown(t.Chinese));
                return 0;
            }

            var people = Matching(FactsReference.PersonFacts, filter);
            var employers = Matching(FactsReference.EmployerFacts, filter);
            if (people.Count + employers.Count == 0)
            {
                output.WriteLine(t.Say(ToolMessages.NoFactMatches(filter ?? string.Empty)));
                return 1;
            }

            WriteFacts(people, t.Say(ToolMessages.PersonFacts));
            WriteFacts(employers, t.Say(ToolMessages.EmployerFacts));
            var count = people.Count + employers.Count;
            output.WriteLine(filter is null
                ? t.Say(ToolMessages.FactCount(count))
                : t.Say(ToolMessages.FactsMatching(count, filter)));
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
            output.WriteLine("  " + t.Say(ToolMessages.Fact(fact.Name, fact.TypeName, fact.TypeNameZh)));
            output.WriteLine($"      {t.Pick(fact.Meaning, fact.MeaningZh)}");
        }

        output.WriteLine();
    }
}
