using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace DpfDomain.Tool;

/// <summary>
/// System.CommandLine's own words in plain Chinese: its usage errors (recognised from its English
/// texts) and the headings of its help. Its zh-Hans resources leave several of them in English
/// (the "Description:" heading, "[options]", the conversion errors), so the tool says them itself.
/// </summary>
internal static partial class UsageErrors
{
    private static readonly (Regex English, Func<Match, string> Chinese)[] Errors =
    [
        (Unrecognized(), m => $"无法识别“{m.Groups[1].Value}”：没有这个命令或选项，或多写了一个值。"),
        (CommandArgumentMissing(), m => $"命令 {m.Groups[1].Value} 缺少必需的参数（如文件夹）：写法见 dpf {m.Groups[1].Value} --help。"),
        (OptionArgumentMissing(), m => $"选项 {m.Groups[1].Value} 后面缺少取值：请在 {m.Groups[1].Value} 后面写上它的值。"),
        (OneArgument(), m => $"选项 {m.Groups[1].Value} 只能写一个值，却写了 {m.Groups[2].Value} 个。"),
        (CannotParseForOption(), m => $"选项 {m.Groups[2].Value} 的值“{m.Groups[1].Value}”无法识别{Hint(m.Groups[3].Value)}。"),
        (CannotParseForCommand(), m => $"命令 {m.Groups[2].Value} 的参数“{m.Groups[1].Value}”无法识别{Hint(m.Groups[3].Value)}。"),
        (CannotParse(), m => $"“{m.Groups[1].Value}”无法识别{Hint(m.Groups[2].Value)}。"),
        (CommandMissing(), _ => "缺少命令：请在 dpf 后面写上命令，例如 dpf validate 文件夹；全部命令见 dpf --help。"),
        (OptionMissing(), m => $"缺少必需的选项 {m.Groups[1].Value}。"),
        (NotCombined(), m => $"{m.Groups[1].Value} 不能与其他参数一起使用。"),
        (ResponseFileMissing(), m => $"找不到参数文件“{m.Groups[1].Value}”（以 @ 开头的参数表示从该文件读取参数）。"),
        (ResponseFileUnreadable(), m => $"读取参数文件“{m.Groups[1].Value}”时出错：{m.Groups[2].Value}"),
        (NotOneOf(), m => $"“{m.Groups[1].Value}”无法识别，应为下列之一：{m.Groups[2].Value}"),
        (NotMatched(), m => $"“{m.Groups[1].Value}”无法识别。是否应为下列之一？"),
    ];

    private static readonly Dictionary<string, string> Headings = new(StringComparer.Ordinal)
    {
        ["Description:"] = "说明：",
        ["Usage:"] = "用法：",
        ["用法:"] = "用法：",
        ["Arguments:"] = "参数：",
        ["参数:"] = "参数：",
        ["Options:"] = "选项：",
        ["选项:"] = "选项：",
        ["Commands:"] = "命令：",
        ["命令:"] = "命令：",
    };

    /// <summary>A usage error of System.CommandLine in the chosen language: in English as it is, in Chinese in plain words.</summary>
    public static string Say(string english, Texts t)
    {
        if (!t.Chinese)
        {
            return english;
        }

        foreach (var (pattern, chinese) in Errors)
        {
            var match = pattern.Match(english);
            if (match.Success)
            {
                return chinese(match);
            }
        }

        return english;
    }

    /// <summary>System.CommandLine's help with its headings and usage placeholders in Chinese; descriptions are already in Chinese.</summary>
    public static string HelpInChinese(string help)
    {
        var lines = help.Split('\n').Select(line =>
        {
            var text = line.TrimEnd('\r');
            var ending = line[text.Length..];
            return (Headings.TryGetValue(text.TrimEnd(), out var heading) ? heading : text.Replace("[options]", "[选项]", StringComparison.Ordinal).Replace("[command]", "[命令]", StringComparison.Ordinal)) + ending;
        });
        return string.Join('\n', lines);
    }

    private static string Hint(string type) => type switch
    {
        "System.Boolean" => "（应为 true 或 false，也可以只写选项名）",
        _ => string.Empty,
    };

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Required argument missing for command: '(.*)'\.$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CommandArgumentMissing();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'\.$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex OptionArgumentMissing();

    [GeneratedRegex(@"^Option '(.*)' expects a single argument but ([0-9]+) were provided\.$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex OneArgument();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'\.", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CannotParseForOption();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for command '(.*)' as expected type '(.*)'\.", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CannotParseForCommand();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' as expected type '(.*)'\.", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Required command was not provided\.$", RegexOptions.CultureInvariant)]
    private static partial Regex CommandMissing();

    [GeneratedRegex(@"^Option '(.*)' is required\.$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex OptionMissing();

    [GeneratedRegex(@"^(.*) option cannot be combined with other arguments\.$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex NotCombined();

    [GeneratedRegex(@"^Response file not found '(.*)'\.$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ResponseFileMissing();

    [GeneratedRegex(@"^Error reading response file '(.*?)': (.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ResponseFileUnreadable();

    [GeneratedRegex(@"^Argument '(.*?)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"^'(.*)' was not matched\. Did you mean one of the following\?", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex NotMatched();
}
