using System.Globalization;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// The problems of reading a file before its content is checked: a path that names no regular
/// file, a file too large, bytes that are no text or not JSON. The details are parts of
/// <see cref="NotJson"/>; the refusals of a path are also shown for roll files.
/// </summary>
internal static class FileMessages
{
    public static DiagnosticMessage IsAFolder() => DiagnosticDescriptors.Unreadable.Message(
        "It is a folder, not a file.",
        "它是文件夹，不是文件。",
        "Name the file itself; if this folder is only named like a rule-set or case file, rename it.",
        "请指定文件本身；如果这个文件夹只是名字像规则集或用例文件，请给它改名。");

    public static DiagnosticMessage DoesNotExist() => DiagnosticDescriptors.Unreadable.Message(
        "The file does not exist (or is a link to nothing).",
        "文件不存在（或是指向不存在目标的链接）。",
        "Check the file name and folder.",
        "请检查文件名和所在文件夹。");

    public static DiagnosticMessage EmptyFile() => DiagnosticDescriptors.Unreadable.Message(
        "The file is empty (0 bytes): saving it may have gone wrong.",
        "文件是空的（0 字节）：可能保存时出了问题。",
        "Save the file again, or copy it from the reference folder that dpf init writes.",
        "请重新保存该文件，或从 dpf init 写出的参考目录中复制一份。");

    public static DiagnosticMessage NotARegularFile() => DiagnosticDescriptors.Unreadable.Message(
        "This is not an ordinary file but a special system entry (a device or a pipe, for example), so it is not read.",
        "这不是普通的文件，而是系统的特殊项目（例如设备或管道），因此不读取。",
        "Name the file itself: open the folder in the file manager and choose the file saved there.",
        "请指定文件本身：在文件夹中找到保存好的文件，使用它的路径。");

    public static DiagnosticMessage LargerThan(long maximumBytes) => DiagnosticDescriptors.Unreadable.Message(
        $"The file is larger than {Size(maximumBytes)}, so it is not read.",
        $"文件超过 {Size(maximumBytes)}，因此不读取。",
        "Check that the path names the right file; split a file that is really this large.",
        "请确认路径指向正确的文件；确实这么大的文件请拆分。");

    public static DiagnosticMessage CannotOpen(BilingualText reason) => DiagnosticDescriptors.Unreadable.Message(
        $"The file cannot be opened: {reason.English}.",
        $"文件无法打开：{reason.Chinese}。",
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

    /// <summary>A file that is not JSON (or not text): the heading, what is wrong here and the fix for that mistake.</summary>
    public static DiagnosticMessage NotJson(DetailAndFix problem) => DiagnosticDescriptors.JsonSyntax.Message(
        $"The file is not valid JSON: {problem.Detail.English}",
        $"文件不是有效的 JSON：{problem.Detail.Chinese}",
        problem.Fix.English,
        problem.Fix.Chinese);

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

    private static readonly BilingualText SaveAsUtf8 = new(
        "In Notepad: File > Save as, choose Encoding: UTF-8, Save. In WPS: File > Save as, Encoding UTF-8 (for a table: \"CSV UTF-8\").",
        "记事本：点“文件 > 另存为”，“编码”选“UTF-8”，再保存。WPS：点“文件 > 另存为”，编码选 UTF-8（表格请选“CSV UTF-8”）。");

    /// <summary>An encoding detail: the file is saved as UTF-32, or as UTF-16 without a byte-order mark.</summary>
    public static DetailAndFix WideEncoding(string encoding, bool marked) => new(
        marked
            ? new($"The file is saved as {encoding}, which is not read.", $"文件的编码是 {encoding}，无法读取。")
            : new($"The file is saved as {encoding} without the mark at its start that says so, so it is not read.", $"文件的编码是 {encoding}，但开头没有标明编码的标记，无法读取。"),
        SaveAsUtf8);

    /// <summary>An encoding detail: bytes that are neither UTF-8 nor GB18030/GBK.</summary>
    public static DetailAndFix NotText(string bytes) => new(
        new($"The bytes here ({bytes}) are neither UTF-8 nor GB18030/GBK text: the file may be a workbook or document that was renamed, or damaged.", $"此处的字节（{bytes}）既不是 UTF-8 也不是 GB18030/GBK 编码的文字：文件可能是改了扩展名的表格或文档，或者已经损坏。"),
        new($"Open the file in Notepad or WPS and save it as UTF-8 text. {SaveAsUtf8.English}", $"请用记事本或 WPS 打开文件，另存为 UTF-8 文本。{SaveAsUtf8.Chinese}"));

    /// <summary>An encoding detail: a UTF-8 file with Chinese text before a byte that is not UTF-8.</summary>
    public static DetailAndFix DamagedUtf8(string bytes) => new(
        new($"The bytes here ({bytes}) are not UTF-8 text, though the text before them is: the file is damaged here, or text in another encoding was pasted in.", $"此处的字节（{bytes}）不是 UTF-8 编码的文字，而前面的内容是：文件在这里损坏了，或者粘贴进了其他编码的文字。"),
        new($"Retype the text at this position, then save the file as UTF-8. {SaveAsUtf8.English}", $"请重新输入此位置的文字，再把文件保存为 UTF-8。{SaveAsUtf8.Chinese}"));

    /// <summary>An encoding detail: a UTF-16 file with a broken character.</summary>
    public static readonly DetailAndFix DamagedUtf16 = new(
        new("The file is saved as UTF-16 (\"Unicode\") and holds a broken character here.", "文件的编码是 UTF-16（“Unicode”），此处有一个损坏的字符。"),
        new($"Retype the text at this position, then save the file as UTF-8. {SaveAsUtf8.English}", $"请重新输入此位置的文字，再把文件保存为 UTF-8。{SaveAsUtf8.Chinese}"));

    /// <summary>A syntax detail: nothing to read.</summary>
    public static readonly DetailAndFix Empty = new(
        new("The file is empty (or holds only spaces and line breaks).", "文件是空的（或者只有空格和换行）。"),
        new("Write the file's content: one JSON object that starts with '{' and ends with '}'.", "请写入文件内容：一个以“{”开始、以“}”结束的 JSON 对象。"));

    /// <summary>A syntax detail: text after the document.</summary>
    public static readonly DetailAndFix TextAfterTheEnd = new(
        new("There is more text after the end of the JSON document (after the '}' that closes the first '{').", "JSON 文档结束后（与第一个“{”配对的“}”之后）还有多余的文字。"),
        new("Delete the extra text, or look for a '}' typed too early before it.", "请删除多余的文字，或检查前面是否提前多写了一个“}”。"));

    /// <summary>A syntax detail: nested too deep.</summary>
    public static DetailAndFix NestedTooDeep(int maximumDepth) => new(
        new($"Objects and lists are nested more than {maximumDepth} levels deep here.", $"此处对象和列表的嵌套超过 {maximumDepth} 层。"),
        new("Nest the lists and objects less deeply, as in the examples.", "请参照示例，减少列表和对象的嵌套层数。"));

    /// <summary>A syntax detail: an escape that is no text.</summary>
    public static readonly DetailAndFix EscapeNotText = new(
        new("This text holds an escape that is not a character (a lone surrogate such as \\ud800).", "这段文字含有不代表任何字符的转义（例如单独的代理项 \\ud800）。"),
        new("Write the character itself instead of the \\u escape.", "请直接写出该字符，不要用 \\u 转义。"));

    private static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
