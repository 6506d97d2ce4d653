using System.Globalization;
using System.Text.Json;
using System;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>Checks a parsed case, person or employer file against <see cref="CaseInputLimits"/>, reporting the first item, key or text beyond each bound where it is.</summary>
internal static class InputLimitChecker
{
    public static void Check(SourceNode root, DiagnosticBag bag) => Walk(root, string.Empty, null, bag);

    private static void Walk(SourceNode node, string path, string? listName, DiagnosticBag bag)
    {
        switch (node.Kind)
        {
            case JsonValueKind.Object:
                var keys = node.Properties.Count;
                if (keys > CaseInputLimits.MaximumEntries)
                {
                    bag.Add(
                        node.Properties[CaseInputLimits.MaximumEntries].NamePosition,
                        DiagnosticCode.TooLarge,
                        null,
                        Text($"{Capitalise(Describe(path))} has {keys:N0} keys; at most {CaseInputLimits.MaximumEntries} are allowed."),
                        Text($"{DescribeZh(path)}有 {keys:N0} 个键，最多允许 {CaseInputLimits.MaximumEntries} 个。"),
                        "Remove the keys that do not belong here (see the file format).",
                        "请删除不属于此处的键（见文件格式说明）。");
                }

                for (var i = 0; i < keys && i <= CaseInputLimits.MaximumEntries; i++)
                {
                    var property = node.Properties[i];
                    if (property.Name.Length > CaseInputLimits.MaximumTextLength)
                    {
                        bag.Add(property.NamePosition, DiagnosticCode.TooLarge, null, Text($"A key in {Describe(path)} has {property.Name.Length:N0} characters; at most {CaseInputLimits.MaximumTextLength} are allowed."), Text($"{DescribeZh(path)}中有一个键长 {property.Name.Length:N0} 个字符，最多允许 {CaseInputLimits.MaximumTextLength} 个。"), "Write the key as the file format names it.", "请按文件格式说明书写键名。");
                        continue;
                    }

                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", property.Name, bag);
                }

                break;
            case JsonValueKind.Array:
                var limit = LimitOf(listName);
                var count = node.Items.Count;
                if (count > limit)
                {
                    var (hint, hintZh) = HintOf(listName);
                    bag.Add(
                        node.Items[limit].Position,
                        DiagnosticCode.TooLarge,
                        null,
                        Text($"{Capitalise(Describe(path))} has {count:N0} entries; at most {limit:N0} are allowed."),
                        Text($"{DescribeZh(path)}有 {count:N0} 项，最多允许 {limit:N0} 项。"),
                        hint,
                        hintZh);
                }

                for (var i = 0; i < count && i < limit; i++)
                {
                    Walk(node.Items[i], Text($"{path}[{i}]"), listName, bag);
                }

                break;
            case JsonValueKind.String or JsonValueKind.Number when node.StringValue is { Length: > CaseInputLimits.MaximumTextLength } text:
                bag.Add(
                    node.Position,
                    DiagnosticCode.TooLarge,
                    null,
                    Text($"{Capitalise(Describe(path))} has {text.Length:N0} characters; at most {CaseInputLimits.MaximumTextLength} are allowed."),
                    Text($"{DescribeZh(path)}有 {text.Length:N0} 个字符，最多允许 {CaseInputLimits.MaximumTextLength} 个。"),
                    "Shorten it: names, numbers and dates are short.",
                    "请缩短：姓名、数字和日期都很短。");
                break;
        }
    }

    private static int LimitOf(string? listName) => listName switch
    {
        "Cases" => CaseInputLimits.MaximumCases,
        "Members" => CaseInputLimits.MaximumHouseholdMembers,
        "DisabledEmployees" => CaseInputLimits.MaximumDisabledEmployees,
        _ => CaseInputLimits.MaximumEntries,
    };

    private static (string Hint, string HintZh) HintOf(string? listName) => listName switch
    {
        "Cases" => ("Split the cases over several case files of the program.", "请把用例拆分到该项目的多个用例文件中。"),
        "Members" => ("A household has at most 50 members: check that the file describes one household.", "一户最多 50 名成员：请确认文件描述的是一户。"),
        "DisabledEmployees" => ("Check the list of disabled employees.", "请检查残疾职工列表。"),
        _ => ("Such a list holds a few entries: check it.", "此类列表通常只有几项：请检查。"),
    };

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Describe(string path) => path.Length == 0 ? "the top level of the file" : path;

    private static string DescribeZh(string path) => path.Length == 0 ? "文件顶层" : path;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
