using System;
using System.Globalization;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Authoring.Messages;

/// <summary>
/// The problems of reading a case, person or employer file: the file as a whole, its JSON, and
/// the bounds of <c>CaseInputLimits</c> (passed in). Paths such as <c>Household.Members[0]</c> name
/// the place; the empty path is the top level of the file.
/// </summary>
internal static class InputMessages
{
    /// <summary>A case file, as named in messages.</summary>
    public static readonly BilingualText CaseFile = new("case file", "用例文件");

    /// <summary>A person file, as named in messages.</summary>
    public static readonly BilingualText PersonFile = new("person file", "人员文件");

    /// <summary>An employer file, as named in messages.</summary>
    public static readonly BilingualText EmployerFile = new("employer file", "用人单位文件");

    /// <summary>The heading above the problems of a file that cannot be read.</summary>
    public static BilingualText CannotBeRead(string path) => new($"{path} cannot be read:", $"无法读取 {path}：");

    /// <summary>The heading above the problems of a file that is not what it should be.</summary>
    public static BilingualText NotValid(string path, BilingualText what) => new($"{path} is not a valid {what.English}:", $"{path} 不是有效的{what.Chinese}：");

    public static DiagnosticMessage NotJson(BilingualText detail) => DiagnosticDescriptors.JsonSyntax.Message(
        $"The file is not valid JSON: {detail.English}",
        $"文件不是有效的 JSON：{detail.Chinese}",
        "Check commas, quotes and brackets near this position.",
        "请检查该位置附近的逗号、引号和括号。");

    public static DiagnosticMessage NothingIn(BilingualText what) => DiagnosticDescriptors.WrongType.Message(
        $"The file holds no {what.English} (its JSON is null).",
        $"文件中没有{what.Chinese}内容（其 JSON 为 null）。",
        "Write it as one JSON object, as in the examples.",
        "请参照示例写成一个 JSON 对象。");

    public static DiagnosticMessage DoesNotFit(BilingualText what, string reason) => DiagnosticDescriptors.WrongType.Message(
        $"The value here does not fit the {what.English}: {reason}",
        $"此处的值不符合{what.Chinese}的格式：{reason}",
        "Compare the value with the file format (numbers within range, words spelt as documented).",
        "请对照文件格式检查该值（数字在范围内，词语按说明书写）。");

    public static DiagnosticMessage TooManyKeys(string path, int keys, int limit) => DiagnosticDescriptors.TooLarge.Message(
        Text($"{LocationWords.Capitalise(Describe(path))} has {keys:N0} keys; at most {limit} are allowed."),
        Text($"{DescribeZh(path)}有 {keys:N0} 个键，最多允许 {limit} 个。"),
        "Remove the keys that do not belong here (see the file format).",
        "请删除不属于此处的键（见文件格式说明）。");

    public static DiagnosticMessage KeyTooLong(string path, int length, int limit) => DiagnosticDescriptors.TooLarge.Message(
        Text($"A key in {Describe(path)} has {length:N0} characters; at most {limit} are allowed."),
        Text($"{DescribeZh(path)}中有一个键长 {length:N0} 个字符，最多允许 {limit} 个。"),
        "Write the key as the file format names it.",
        "请按文件格式说明书写键名。");

    public static DiagnosticMessage TooManyEntries(string path, string? list, int count, int limit)
    {
        var fix = list switch
        {
            "Cases" => new BilingualText("Split the cases over several case files of the program.", "请把用例拆分到该项目的多个用例文件中。"),
            "Members" => new BilingualText("A household has at most 50 members: check that the file describes one household.", "一户最多 50 名成员：请确认文件描述的是一户。"),
            "DisabledEmployees" => new BilingualText("Check the list of disabled employees.", "请检查残疾职工列表。"),
            _ => new BilingualText("Such a list holds a few entries: check it.", "此类列表通常只有几项：请检查。"),
        };
        return DiagnosticDescriptors.TooLarge.Message(
            new BilingualText(Text($"{LocationWords.Capitalise(Describe(path))} has {count:N0} entries; at most {limit:N0} are allowed."), Text($"{DescribeZh(path)}有 {count:N0} 项，最多允许 {limit:N0} 项。")),
            fix);
    }

    public static DiagnosticMessage TextTooLong(string path, int length, int limit) => DiagnosticDescriptors.TooLarge.Message(
        Text($"{LocationWords.Capitalise(Describe(path))} has {length:N0} characters; at most {limit} are allowed."),
        Text($"{DescribeZh(path)}有 {length:N0} 个字符，最多允许 {limit} 个。"),
        "Shorten it: names, numbers and dates are short.",
        "请缩短：姓名、数字和日期都很短。");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Describe(string path) => path.Length == 0 ? "the top level of the file" : path;

    private static string DescribeZh(string path) => path.Length == 0 ? "文件顶层" : path;

}
