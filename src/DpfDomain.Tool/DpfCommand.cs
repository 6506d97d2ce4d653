using System;
using System.CommandLine;
using System.Globalization;
using System.IO;

namespace DpfDomain.Tool;

/// <summary>
/// The <c>dpf</c> command line: <c>validate</c>, <c>test</c>, <c>explain</c> and <c>init</c>,
/// with messages in Chinese when <c>--lang zh-CN</c> is given or the current culture is Chinese.
/// </summary>
internal static class DpfCommand
{
    /// <summary>Runs the tool and returns its exit code: 0 success, 1 problems found, 2 bad usage.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where usage errors go.</param>
    /// <param name="clock">The clock that gives "today" when <c>--date</c> is not given.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, NodaTime.IClock clock)
    {
        var lang = new Option<string?>("--lang")
        {
            Description = "Language of messages: zh-CN or en (default: the current culture). 提示语言：zh-CN 或 en。",
            Recursive = true,
        };
        var county = new Option<string>("--county")
        {
            Description = "The county-level division code the rules are evaluated for (default 340123, the county of the reference catalog's test cases). 评估所针对的县级行政区划代码（默认340123，即参考目录用例所用的县）。",
            DefaultValueFactory = _ => "340123",
            Recursive = true,
        };
        var root = new RootCommand("dpf — rule sets of the Disabled Persons' Federation: validate, test, explain, init. 残联规则集工具：校验、测试、解释、初始化。");
        root.Options.Add(lang);
        root.Options.Add(county);
        var commands = new Commands(output, error, clock, new Texts(IsChinese(LanguageIn(args))), parse => parse.GetValue(county)!);
        root.Subcommands.Add(commands.Validate());
        root.Subcommands.Add(commands.Test());
        root.Subcommands.Add(commands.Explain());
        root.Subcommands.Add(commands.Init());
        root.Subcommands.Add(commands.Diff());
        root.Subcommands.Add(commands.Impact());
        var parsed = root.Parse(args);
        if (parsed.GetValue(lang) is { } language && !language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && !language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine($"--lang {language} is not supported: use zh-CN or en. 不支持 --lang {language}，请用 zh-CN 或 en。");
            return 2;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("Run dpf --help for usage. 用法见 dpf --help。");
            return 2;
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
