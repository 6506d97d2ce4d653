using System.Globalization;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// The problems of reading a file before its content is checked: a path that names no regular
/// file, a file too large, bytes that are not UTF-8 JSON. The syntax details are parts of
/// <see cref="NotJson"/>; the refusals of a path are also shown for roll files.
/// </summary>
internal static class FileMessages
{
    public static DiagnosticMessage IsAFolder() => DiagnosticDescriptors.Unreadable.Message(
        "It is a folder, not a file.",
        "它是文件夹，不是文件。",
        "Name the file itself.",
        "请指定文件本身。");

    public static DiagnosticMessage DoesNotExist() => DiagnosticDescriptors.Unreadable.Message(
        "The file does not exist (or is a link to nothing).",
        "文件不存在（或是指向不存在目标的链接）。",
        "Check the file name and folder.",
        "请检查文件名和所在文件夹。");

    public static DiagnosticMessage NotARegularFile() => DiagnosticDescriptors.Unreadable.Message(
        "The file is empty, or it is not a regular file (a device, a pipe or a socket), so it is not read.",
        "文件为空，或者不是普通文件（而是设备、管道或套接字），因此不读取。",
        "Name the file itself, with its content saved in it.",
        "请指定保存有内容的文件本身。");

    public static DiagnosticMessage LargerThan(long maximumBytes) => DiagnosticDescriptors.Unreadable.Message(
        $"The file is larger than {Size(maximumBytes)}, so it is not read.",
        $"文件超过 {Size(maximumBytes)}，因此不读取。",
        "Check that the path names the right file; split a file that is really this large.",
        "请确认路径指向正确的文件；确实这么大的文件请拆分。");

    public static DiagnosticMessage CannotOpen(string reason) => DiagnosticDescriptors.Unreadable.Message(
        $"The file cannot be opened: {reason}",
        $"文件无法打开：{reason}",
        "Check that the file exists and that you may read it.",
        "请确认文件存在且有读取权限。");

    public static DiagnosticMessage RuleSetTooLarge(long maximumBytes) => DiagnosticDescriptors.Unreadable.Message(
        $"The file is larger than {maximumBytes / (1024 * 1024)} MB, or endless (a link to a device); a rule set is a few kilobytes, so it is not read.",
        $"文件超过 {maximumBytes / (1024 * 1024)} MB，或者读不到尽头（例如指向设备的链接）；规则集只有几 KB，因此不读取。",
        "Check that the path names the rule-set file itself.",
        "请确认路径指向的就是规则集文件本身。");

    public static DiagnosticMessage RuleSetUnreadable(string reason) => DiagnosticDescriptors.Unreadable.Message(
        $"The rule set cannot be read: {reason}",
        $"无法读取规则集：{reason}");

    public static DiagnosticMessage NotJson(BilingualText detail) => DiagnosticDescriptors.JsonSyntax.Message(
        $"The file is not valid JSON: {detail.English}",
        $"文件不是有效的 JSON：{detail.Chinese}");

    public static DiagnosticMessage NoRuleSet() => DiagnosticDescriptors.WrongType.Message(
        "The file holds no rule set (its JSON is null).",
        "文件中没有规则集（其 JSON 内容为 null）。",
        "Write the rule set as one JSON object, as in the reference catalog.",
        "请按参考目录的样子，把规则集写成一个 JSON 对象。");

    public static DiagnosticMessage NotARuleSet(string reason) => DiagnosticDescriptors.WrongType.Message(
        $"The file does not fit the rule-set format: {reason}",
        $"文件不符合规则集格式：{reason}",
        "Compare the file with the schema (dpf-ruleset.schema.json).",
        "请对照规则集格式（dpf-ruleset.schema.json）检查文件。");

    /// <summary>A syntax detail: the file is saved in a UTF-16 or UTF-32 encoding.</summary>
    public static BilingualText WideEncoding(string encoding) => new(
        $"The file is saved as {encoding}, not UTF-8: open it and save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8).",
        $"文件的编码是 {encoding}，不是 UTF-8：请打开文件另存为 UTF-8（记事本：另存为，编码选 UTF-8）。");

    /// <summary>A syntax detail: bytes that are not UTF-8.</summary>
    public static BilingualText NotUtf8(string bytes) => new(
        $"The bytes here ({bytes}…) are not UTF-8 text; the file may have been saved as GBK/GB18030 (\"ANSI\"): save it as UTF-8.",
        $"此处的字节（{bytes}…）不是 UTF-8 文本，文件可能被保存成了 GBK/GB18030（“ANSI”）编码：请另存为 UTF-8。");

    /// <summary>A syntax detail: nothing to read.</summary>
    public static readonly BilingualText Empty = new("The file is empty.", "文件为空。");

    /// <summary>A syntax detail: text after the document.</summary>
    public static readonly BilingualText TextAfterTheEnd = new("There is more text after the end of the JSON document.", "JSON 文档结束后还有多余的文字。");

    /// <summary>A syntax detail: nested too deep.</summary>
    public static BilingualText NestedTooDeep(int maximumDepth) => new(
        $"Objects and lists are nested more than {maximumDepth} levels deep here.",
        $"此处对象和列表的嵌套超过 {maximumDepth} 层。");

    /// <summary>A syntax detail: an escape that is no text.</summary>
    public static readonly BilingualText EscapeNotText = new(
        "This string holds an escape that is not text (a lone surrogate such as \\ud800).",
        "该字符串含有不代表文字的转义（例如单独的代理项 \\ud800）。");

    /// <summary>A syntax detail from the JSON reader, which speaks English only (shown as is in both languages).</summary>
    public static BilingualText FromReader(string sentence) => new(sentence, sentence);

    private static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
