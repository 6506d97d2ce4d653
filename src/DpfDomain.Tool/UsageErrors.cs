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
    /// <summary>Each usage error: its name, its pattern, an example of it as System.CommandLine says it, and the Chinese.</summary>
    private static readonly (string Name, Regex English, string Example, Func<Match, string> Chinese)[] Errors =
    [
        (nameof(Unrecognized), Unrecognized(), "Unrecognized command or argument 'vaildate'.", m => $"无法识别“{m.Groups[1].Value}”：没有这个命令或选项，或多写了一个值。"),
        (nameof(CommandArgumentMissing), CommandArgumentMissing(), "Required argument missing for command: 'validate'.", m => $"命令 {m.Groups[1].Value} 缺少必需的参数（如文件夹）：写法见 dpf {m.Groups[1].Value} --help。"),
        (nameof(OptionArgumentMissing), OptionArgumentMissing(), "Required argument missing for option: '--date'.", m => $"选项 {m.Groups[1].Value} 后面缺少取值：请在 {m.Groups[1].Value} 后面写上它的值。"),
        (nameof(OneArgument), OneArgument(), "Option '--date' expects a single argument but 2 were provided.", m => $"选项 {m.Groups[1].Value} 只能写一个值，却写了 {m.Groups[2].Value} 个。"),
        (nameof(CannotParseForOption), CannotParseForOption(), "Cannot parse argument 'yes' for option '--force' as expected type 'System.Boolean'.", m => $"选项 {m.Groups[2].Value} 的值“{m.Groups[1].Value}”无法识别{Hint(m.Groups[3].Value)}。"),
        (nameof(CannotParseForCommand), CannotParseForCommand(), "Cannot parse argument 'many' for command 'facts' as expected type 'System.Int32'.", m => $"命令 {m.Groups[2].Value} 的参数“{m.Groups[1].Value}”无法识别{Hint(m.Groups[3].Value)}。"),
        (nameof(CannotParse), CannotParse(), "Cannot parse argument 'yes' as expected type 'System.Boolean'.", m => $"“{m.Groups[1].Value}”无法识别{Hint(m.Groups[2].Value)}。"),
        (nameof(CommandMissing), CommandMissing(), "Required command was not provided.", _ => "缺少命令：请在 dpf 后面写上命令，例如 dpf validate 文件夹；全部命令见 dpf --help。"),
        (nameof(OptionMissing), OptionMissing(), "Option '--roll' is required.", m => $"缺少必需的选项 {m.Groups[1].Value}。"),
        (nameof(NotCombined), NotCombined(), "--version option cannot be combined with other arguments.", m => $"{m.Groups[1].Value} 不能与其他参数一起使用。"),
        (nameof(ResponseFileMissing), ResponseFileMissing(), "Response file not found 'arguments.rsp'.", m => $"找不到参数文件“{m.Groups[1].Value}”（以 @ 开头的参数表示从该文件读取参数）。"),
        (nameof(ResponseFileUnreadable), ResponseFileUnreadable(), "Error reading response file 'arguments.rsp': Access to the path is denied.", m => $"读取参数文件“{m.Groups[1].Value}”时出错：{m.Groups[2].Value}"),
        (nameof(NotOneOf), NotOneOf(), "Argument 'maybe' not recognized. Must be one of:\n\t'true'\n\t'false'", m => $"“{m.Groups[1].Value}”无法识别，应为下列之一：{m.Groups[2].Value}"),
        (nameof(NotMatched), NotMatched(), "'vaildate' was not matched. Did you mean one of the following?\nvalidate", m => $"“{m.Groups[1].Value}”无法识别。是否应为下列之一？{m.Groups[2].Value}"),
    ];

    /// <summary>The placeholders of the usage lines of the help.</summary>
    private static readonly (string English, string Chinese)[] Placeholders = [("[options]", "[选项]"), ("[command]", "[命令]")];

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

        foreach (var (_, pattern, _, chinese) in Errors)
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
            return (Headings.TryGetValue(text.TrimEnd(), out var heading) ? heading : Placeholders.Aggregate(text, (said, word) => said.Replace(word.English, word.Chinese, StringComparison.Ordinal))) + ending;
        });
        return string.Join('\n', lines);
    }

    /// <summary>Each usage error the tool says in Chinese, by name, with an English example as System.CommandLine says it and what dpf says instead.</summary>
    public static IReadOnlyList<(string Name, string English, string Chinese)> Examples() =>
        [.. Errors.Select(e => (e.Name, e.Example, Say(e.Example, new Texts(chinese: true))))];

    /// <summary>The name of the usage error an English text is recognised as (the first pattern that matches), or null.</summary>
    public static string? Recognise(string english) => Errors.FirstOrDefault(e => e.English.IsMatch(english)).Name;

    /// <summary>The words of System.CommandLine's help that the tool says in Chinese: headings and usage placeholders, English first.</summary>
    public static IReadOnlyList<(string English, string Chinese)> HelpWords() =>
        [.. Headings.Where(h => h.Key.All(char.IsAscii)).Select(h => (h.Key, h.Value)), .. Placeholders];

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

    [GeneratedRegex(@"^'(.*?)' was not matched\. Did you mean one of the following\?(.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex NotMatched();
}
