using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.IO;

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
            Description = t.Pick("Language of messages and help: zh-CN or en (default: the language of the system).", "提示和帮助的语言：zh-CN（中文）或 en（英文），默认跟随系统语言。"),
            HelpName = t.Pick("language", "语言"),
            Recursive = true,
        };
        var county = new Option<string?>("--county")
        {
            Description = t.Pick(
                $"The county-level division code the rules are evaluated for (default {DefaultCounty}, the county of the reference catalog's test cases).",
                $"评估所针对的县级行政区划代码，默认 {DefaultCounty}（参考目录用例所用的县）。"),
            HelpName = t.Pick("code", "代码"),
            Recursive = true,
        };
        // A named command rather than RootCommand, whose name is the executable's (testhost, dotnet…): the help always says dpf.
        var root = new Command("dpf", t.Pick(
            "dpf — the rule sets of the Disabled Persons' Federation: check them, test them, explain a decision, look up the facts, start a folder.",
            "dpf —— 残联规则集工具：校验规则集、运行用例、解释判定结果、查阅事实、初始化文件夹。"));
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
                HelpOption => t.Pick("Show this help.", "显示本帮助。"),
                VersionOption => t.Pick("Show the version of dpf.", "显示 dpf 的版本。"),
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
            error.WriteLine($"--lang {language} is not supported: use zh-CN or en. 不支持 --lang {language}，请用 zh-CN 或 en。");
            return 2;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine(UsageErrors.Say(problem.Message, t));
            }

            error.WriteLine(t.Pick("Run dpf --help for usage.", "用法见 dpf --help。"));
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
