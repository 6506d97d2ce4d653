using System.Collections.Generic;
using System.Text.Json;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// The problems of the shape check: keys unknown, missing or twice, values of the wrong JSON type,
/// words not allowed. A path such as <c>Eligibility.Rules[0]</c> names the place; the empty path
/// is the top level of the file. Values typed by a user arrive already echoed.
/// </summary>
internal static class ShapeMessages
{
    /// <summary>What a list is expected as.</summary>
    public static readonly BilingualText AList = new("a list [ … ]", "列表 [ … ]");

    /// <summary>What an object is expected as.</summary>
    public static readonly BilingualText AnObject = new("an object { … }", "对象 { … }");

    /// <summary>What text is expected as.</summary>
    public static readonly BilingualText Text = new("text in quotes", "带引号的文本");

    /// <summary>What a yes/no is expected as.</summary>
    public static readonly BilingualText TrueOrFalse = new("true or false", "true 或 false");

    /// <summary>What a whole number is expected as.</summary>
    public static readonly BilingualText AWholeNumber = new("a whole number", "整数");

    /// <summary>What a number is expected as.</summary>
    public static readonly BilingualText ANumber = new("a number", "数字");

    /// <summary>What any other value is expected as.</summary>
    public static readonly BilingualText AValue = new("a value", "一个值");

    /// <summary>What a word of a fixed list is expected as (the words themselves are the same in both languages).</summary>
    public static BilingualText OneOfTheWords(IReadOnlyCollection<string> words) =>
        new($"one of the words {string.Join(", ", words)}", $"以下词语之一：{string.Join("、", words)}");

    public static DiagnosticMessage NullItem(int number, string path) => DiagnosticDescriptors.WrongType.Message(
        $"Item {number} of {path} is null.",
        $"{path} 的第{number}项为空（null）。",
        "Remove the null item or write a real one.",
        "删除该空项或填写完整内容。");

    public static DiagnosticMessage KeyTwice(string key, string path) => DiagnosticDescriptors.DuplicateKey.Message(
        $"The key \"{key}\" appears twice in {Describe(path)}.",
        $"键“{key}”在{DescribeZh(path)}中出现了两次。");

    public static DiagnosticMessage RequiredKeyMissing(string path, string key) => DiagnosticDescriptors.MissingKey.Message(
        $"{Capitalise(Describe(path))} has no \"{key}\", which is required.",
        $"{DescribeZh(path)}缺少必填的键“{key}”。",
        $"Add \"{key}\": … to this object.",
        $"在此对象中添加“{key}”。");

    public static DiagnosticMessage KeyNotAllowed(string key, string path, string? suggestion, IEnumerable<string> allowed)
    {
        var list = string.Join(", ", allowed);
        return DiagnosticDescriptors.UnknownKey.Message(
            $"The key \"{key}\" is not allowed in {Describe(path)}.",
            $"{DescribeZh(path)}中不允许出现键“{key}”。",
            suggestion is not null ? $"Did you mean \"{suggestion}\"? Keys are case-sensitive." : $"Allowed keys here: {list}.",
            suggestion is not null ? $"是否应为“{suggestion}”？键名区分大小写。" : $"此处允许的键：{list}。");
    }

    public static DiagnosticMessage WordNotAllowed(string value, string path, string? suggestion, IReadOnlyList<string> words) => DiagnosticDescriptors.InvalidValue.Message(
        $"\"{value}\" is not a valid {path}.",
        $"“{value}”不是有效的 {path}。",
        suggestion is not null ? $"Did you mean \"{suggestion}\"? Allowed: {string.Join(", ", words)}." : $"Allowed: {string.Join(", ", words)}.",
        suggestion is not null ? $"是否应为“{suggestion}”？允许的值：{string.Join("、", words)}。" : $"允许的值：{string.Join("、", words)}。");

    public static DiagnosticMessage AmountTooLarge(string path, string value) => DiagnosticDescriptors.WrongType.Message(
        $"{Capitalise(path)} is {value}, too large a number: an amount has at most 28 digits.",
        $"{path} 为 {value}，数字太大：金额最多 28 位。",
        "Write the number in full, with at most 28 digits.",
        "请写出完整的数字，最多 28 位。");

    public static DiagnosticMessage WrongJsonType(string path, BilingualText expected, JsonValueKind found) => DiagnosticDescriptors.WrongType.Message(
        $"{Capitalise(path)} should be {expected.English}, not {KindName(found)}.",
        $"{path} 应为{expected.Chinese}，而不是{KindNameZh(found)}。",
        $"Write {expected.English} here.",
        $"此处应填写{expected.Chinese}。");

    /// <summary>How a path is named in a message: the path, or the top level of the file.</summary>
    public static string Describe(string path) => path.Length == 0 ? "the top level of the file" : path;

    /// <summary>How a path is named in a Chinese message.</summary>
    public static string DescribeZh(string path) => path.Length == 0 ? "文件顶层" : path;

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    private static string KindNameZh(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "列表",
        JsonValueKind.String => "文本",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
