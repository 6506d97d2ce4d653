using System;
using System.Linq;
using System.CommandLine;
using System.Globalization;
using System.IO;
using DpfDomain.Identity;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Loading;
using DpfDomain.Tool.Messages;
using NodaTime;
using NodaTime.Text;

namespace DpfDomain.Tool;

/// <summary>
/// The sub-commands of <c>dpf</c>, one file each, and what they share. The language (<paramref name="t"/>)
/// is decided from the command line before the commands are built, so that descriptions and help are in it.
/// </summary>
internal sealed partial class Commands(TextWriter output, TextWriter error, IClock clock, Texts t, Func<ParseResult, string> county)
{
    private static readonly DateTimeZone ChinaTime = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The folder argument of a command, described in the chosen language.</summary>
    private Argument<string> Directory(ToolText description) => new(t.Say(HelpTexts.FolderArgument)) { Description = t.Say(description) };

    /// <summary>A command described in the chosen language.</summary>
    private Command Describe(string name, ToolText description) => new(name, t.Say(description));

    /// <summary>Finds the rule-set files of a folder; false (and says so) when the folder does not exist.</summary>
    private bool TryFindRuleSets(string folder, Texts t, out System.Collections.Generic.IReadOnlyList<RuleSetSource> sources)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            error.WriteLine(t.Say(ToolMessages.FolderMissing(folder)));
            sources = null!;
            return false;
        }

        sources = RuleSetSource.FromDirectory(folder);
        return true;
    }

    /// <summary>The most problems listed for one file; a hostile or badly broken file would otherwise print thousands of lines.</summary>
    internal const int ProblemsListedPerFile = 50;

    /// <summary>Prints the problems of rule sets, at most <see cref="ProblemsListedPerFile"/> per file, then how many more that file has.</summary>
    private void WriteProblems(System.Collections.Generic.IEnumerable<Rules.Diagnostics.RuleDiagnostic> diagnostics, Texts t)
    {
        foreach (var file in diagnostics.GroupBy(d => d.File, StringComparer.Ordinal))
        {
            var count = 0;
            foreach (var diagnostic in file)
            {
                if (++count <= ProblemsListedPerFile)
                {
                    output.WriteLine(diagnostic.Format(t.Chinese));
                }
            }

            if (count > ProblemsListedPerFile)
            {
                output.WriteLine(t.Say(ToolMessages.MoreProblems(file.Key, count - ProblemsListedPerFile)));
            }
        }
    }

    private RuleCatalog? Catalog(System.Collections.Generic.IReadOnlyList<RuleSetSource> sources, Texts t)
    {
        var loaded = RuleCatalog.TryLoad(sources);
        if (loaded.Success)
        {
            return loaded.Catalog;
        }

        WriteProblems(loaded.Diagnostics, t);
        output.WriteLine(t.Say(ToolMessages.FixRuleSetsFirst));
        return null;
    }

    private DivisionCode? County(ParseResult parse, Texts t)
    {
        var parsed = DivisionCode.TryParse(county(parse));
        if (parsed.Success && parsed.Value.IsCountyLevel)
        {
            return parsed.Value;
        }

        error.WriteLine(t.Say(ToolMessages.NotACounty(parsed.Error?.Message ?? ToolMessages.LastTwoDigits.English, parsed.Error?.MessageZh ?? ToolMessages.LastTwoDigits.Chinese)));
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

        error.WriteLine(t.Say(ToolMessages.NotADate(text)));
        return null;
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
