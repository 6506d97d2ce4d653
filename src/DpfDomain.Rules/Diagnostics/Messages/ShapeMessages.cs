using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// The problems of the shape check: keys unknown, missing or twice, values of the wrong JSON type,
/// words not allowed. The place arrives in words with its path (<see cref="LocationWords.Of"/>):
/// "rule AgeLimit (Eligibility.Rules[0])". Values typed by a user arrive already echoed.
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

    public static DiagnosticMessage NullItem(BilingualText where) => DiagnosticDescriptors.WrongType.Message(
        $"{LocationWords.Capitalise(where.English)} is null.",
        $"{where.Chinese}为空（null）。",
        "Remove the null item or write a real one.",
        "删除该空项或填写完整内容。");

    public static DiagnosticMessage KeyTwice(string key, BilingualText where) => DiagnosticDescriptors.DuplicateKey.Message(
        $"The key \"{key}\" appears twice in {where.English}.",
        $"键“{key}”在{where.Chinese}中出现了两次。");

    public static DiagnosticMessage RequiredKeyMissing(BilingualText where, string key) => DiagnosticDescriptors.MissingKey.Message(
        $"{LocationWords.Capitalise(where.English)} has no \"{key}\", which is required.",
        $"{where.Chinese}缺少必填的键“{key}”。",
        $"Add \"{key}\": … to this object.",
        $"在此对象中添加“{key}”。");

    /// <summary>A key that is not part of the format but close to one that is, and absent here: reported once, as the misspelling, and read as the key meant.</summary>
    public static DiagnosticMessage KeyMisspelt(string key, string meant, BilingualText where) => DiagnosticDescriptors.UnknownKey.Message(
        $"The key \"{key}\" in {where.English} is probably a misspelling of \"{meant}\".",
        $"{where.Chinese}中的键“{key}”可能拼错了，应为“{meant}”。",
        $"Write \"{meant}\" instead of \"{key}\" (upper and lower case matter).",
        $"请把“{key}”改为“{meant}”（键名区分大小写）。");

    public static DiagnosticMessage KeyNotAllowed(string key, BilingualText where, string? suggestion, IEnumerable<string> allowed)
    {
        var keys = allowed.ToList();
        return DiagnosticDescriptors.UnknownKey.Message(
            $"The key \"{key}\" is not allowed in {where.English}.",
            $"{where.Chinese}中不允许出现键“{key}”。",
            suggestion is not null ? $"Did you mean \"{suggestion}\"? Keys are case-sensitive." : $"Allowed keys here: {string.Join(", ", keys)}.",
            suggestion is not null ? $"是否应为“{suggestion}”？键名区分大小写。" : $"此处允许的键：{string.Join("、", keys)}。");
    }

    /// <summary>A word that is none of the allowed ones; <paramref name="wordsZh"/>, when given, lists them for the Chinese reader (e.g. with their Chinese meanings).</summary>
    public static DiagnosticMessage WordNotAllowed(string value, BilingualText where, string? suggestion, IReadOnlyList<string> words, IReadOnlyList<string>? wordsZh = null) => DiagnosticDescriptors.InvalidValue.Message(
        $"{LocationWords.Capitalise(where.English)} cannot be \"{value}\".",
        $"{where.Chinese}不能是“{value}”。",
        suggestion is not null ? $"Did you mean \"{suggestion}\"? Allowed: {string.Join(", ", words)}." : $"Allowed: {string.Join(", ", words)}.",
        suggestion is not null ? $"是否应为“{suggestion}”？可填：{string.Join("、", wordsZh ?? words)}。" : $"可填：{string.Join("、", wordsZh ?? words)}。");

    public static DiagnosticMessage AmountTooLarge(BilingualText where, string value) => DiagnosticDescriptors.WrongType.Message(
        $"{LocationWords.Capitalise(where.English)} is {value}, too large a number: an amount has at most 28 digits.",
        $"{where.Chinese}为 {value}，数字太大：金额最多 28 位。",
        "Write the number in full, with at most 28 digits.",
        "请写出完整的数字，最多 28 位。");

    public static DiagnosticMessage WrongJsonType(BilingualText where, BilingualText expected, JsonValueKind found) => DiagnosticDescriptors.WrongType.Message(
        $"{LocationWords.Capitalise(where.English)} should be {expected.English}, not {KindName(found)}.",
        $"{where.Chinese}应为{expected.Chinese}，而不是{KindNameZh(found)}。",
        $"Write {expected.English} here.",
        $"此处应填写{expected.Chinese}。");

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

}
