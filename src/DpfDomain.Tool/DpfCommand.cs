using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.IO;
using DpfDomain.Tool.Messages;

namespace DpfDomain.Tool;

/// <summary>
/// The <c>dpf</c> command line: <c>validate</c>, <c>test</c>, <c>explain</c>, <c>facts</c> and <c>init</c>,
/// with messages, help and usage errors in Chinese when <c>--lang zh-CN</c> is given or the current
/// UI culture is Chinese, and in English otherwise.
/// </summary>
internal static class DpfCommand
{
    /// <summary>The county of the reference catalog's test cases, used when <c>--county</c> is not given.</summary>
    private const string DefaultCounty = "340123";

    /// <summary>
    /// Runs the tool and returns its exit code: 0 success, 1 problems found, 2 bad usage. The current
    /// UI culture is set to the chosen language for the run (System.CommandLine reads its own words
    /// from it) and restored afterwards.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where usage errors go.</param>
    /// <param name="clock">The clock that gives "today" when <c>--date</c> is not given.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, NodaTime.IClock clock)
    {
        var t = new Texts(IsChinese(LanguageIn(args)));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            return Run(args, output, error, clock, t);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static int Run(string[] args, TextWriter output, TextWriter error, NodaTime.IClock clock, Texts t)
    {
        var lang = new Option<string?>("--lang")
        {
            Description = t.Say(HelpTexts.LanguageOption),
            HelpName = t.Say(HelpTexts.LanguageValue),
            Recursive = true,
        };
        var county = new Option<string?>("--county")
        {
            Description = t.Say(HelpTexts.CountyOption(DefaultCounty)),
            HelpName = t.Say(HelpTexts.CodeValue),
            Recursive = true,
        };
        // A named command rather than RootCommand, whose name is the executable's (testhost, dotnet…): the help always says dpf.
        var root = new Command("dpf", t.Say(HelpTexts.Dpf));
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(lang);
        root.Options.Add(county);
        // Help lines are not wrapped by the tool: System.CommandLine counts a Chinese character as one column, so its wrapping would misalign them.
        var help = new HelpAction { MaxWidth = int.MaxValue };
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => t.Say(HelpTexts.HelpOption),
                VersionOption => t.Say(HelpTexts.VersionOption),
                _ => option.Description,
            };
            if (option is HelpOption helpOption)
            {
                helpOption.Action = help;
            }
        }

        var commands = new Commands(output, error, clock, t, parse => parse.GetValue(county) ?? DefaultCounty);
        root.Subcommands.Add(commands.Validate());
        root.Subcommands.Add(commands.Test());
        root.Subcommands.Add(commands.Explain());
        root.Subcommands.Add(commands.Facts());
        root.Subcommands.Add(commands.Init());
        root.Subcommands.Add(commands.Diff());
        root.Subcommands.Add(commands.Impact());
        root.SetAction(help.Invoke);

        // Parse in English (System.CommandLine's own words), so that each usage error is recognised and said in plain Chinese below.
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        var parsed = root.Parse(args);
        CultureInfo.CurrentUICulture = t.Chinese ? CultureInfo.GetCultureInfo("zh-CN") : CultureInfo.InvariantCulture;
        if (parsed.GetValue(lang) is { } language && !language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && !language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            var unsupported = ToolMessages.LanguageNotSupported(language);
            error.WriteLine($"{unsupported.English} {unsupported.Chinese}");
            return 2;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine(UsageErrors.Say(problem.Message, t));
            }

            error.WriteLine(t.Say(ToolMessages.RunHelp));
            return 2;
        }

        if (parsed.Action is HelpAction || parsed.CommandResult.Command == root)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            parsed.Invoke(new InvocationConfiguration { Output = text, Error = error });
            output.Write(t.Chinese ? UsageErrors.HelpInChinese(text.ToString()) : text.ToString());
            return 0;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>The value of the last <c>--lang</c> on the command line (as <c>--lang zh-CN</c> or <c>--lang=zh-CN</c>), or null.</summary>
    private static string? LanguageIn(string[] args)
    {
        string? found = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length)
            {
                found = args[++i];
            }
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
            {
                found = args[i]["--lang=".Length..];
            }
        }

        return found;
    }

    private static bool IsChinese(string? lang) =>
        lang is null
            ? CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            : lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
