namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>What is wrong and how to fix it, in English and Chinese: a part of a message, shown after its heading.</summary>
/// <param name="Detail">What is wrong here.</param>
/// <param name="Fix">How to fix it.</param>
internal readonly record struct DetailAndFix(BilingualText Detail, BilingualText Fix);

/// <summary>
/// Why a file is not JSON, in plain words: each mistake staff make when typing JSON by hand
/// (full-width punctuation, a missing or extra comma, a comment, a key or text without double
/// quotes, a wrong number or word, an unclosed text or bracket, a Windows path with single
/// backslashes), with the fix for that mistake. These are the details of <see cref="FileMessages.NotJson"/>.
/// </summary>
internal static class JsonSyntaxMessages
{
    private static readonly BilingualText HalfWidthHint = new(
        "switch the input method to English (half-width) to type it; full-width characters may stand only inside text in double quotes.",
        "请切换到英文（半角）输入状态再输入；全角字符只能出现在双引号内的文字中。");

    /// <summary>A full-width or Chinese punctuation mark, digit or space where JSON needs a half-width one.</summary>
    /// <param name="character">The character as typed.</param>
    /// <param name="name">What it is, e.g. "Chinese comma".</param>
    /// <param name="ascii">What to type instead.</param>
    public static DetailAndFix FullWidth(string character, BilingualText name, string ascii) => ascii == " "
        ? new(
            new("A full-width space stands here; JSON allows only ordinary spaces between its parts.", "此处有一个全角空格，JSON 各部分之间只能用普通（半角）空格。"),
            new($"Replace it with an ordinary space, or delete it; {HalfWidthHint.English}", $"请把它改成普通空格或删除；{HalfWidthHint.Chinese}"))
        : new(
            new($"A {name.English} ('{character}') stands here, where JSON needs the half-width '{ascii}'.", $"此处是{name.Chinese}（{character}），JSON 在这里需要半角字符 {ascii} 。"),
            new($"Type '{ascii}' instead; {HalfWidthHint.English}", $"请改为半角字符 {ascii} ；{HalfWidthHint.Chinese}"));

    /// <summary>An invisible character between the parts of the JSON.</summary>
    public static DetailAndFix Invisible(int code, BilingualText name) => new(
        new($"An invisible character, U+{code:X4} ({name.English}), stands here.", $"此处有一个看不见的字符 U+{code:X4}（{name.Chinese}）。"),
        new("Delete it: put the cursor just before the next visible character and press Backspace until that character moves.", "请删除它：把光标放在下一个看得见的字符前，按退格键，直到该字符移动为止。"));

    /// <summary>What an invisible character that may stand between the parts of JSON is called, or null when it is none of them.</summary>
    public static BilingualText? InvisibleName(int code) => code switch
    {
        0xFEFF => new BilingualText("a byte-order mark, which only the start of a file may have", "字节顺序标记，只能出现在文件开头"),
        0x00A0 => new BilingualText("a non-breaking space, often copied from a web page or a Word document", "不换行空格，常从网页或 Word 文档中复制而来"),
        0x200B or 0x200C or 0x200D or 0x2060 => new BilingualText("a zero-width character", "零宽字符"),
        (>= 0x2000 and <= 0x200A) or 0x202F or 0x205F => new BilingualText("a special-width space", "特殊宽度的空格"),
        _ => null,
    };

    /// <summary>Two values or properties without a comma between them.</summary>
    public static DetailAndFix MissingComma(bool property) => property
        ? new(
            new("A comma is missing before this key: two properties follow each other without ',' between them.", "此键前面缺少逗号：两个属性之间没有用“,”隔开。"),
            new("Type a half-width ',' after the previous value (usually at the end of the previous line).", "请在上一个值的后面（通常是上一行末尾）加上半角逗号“,”。"))
        : new(
            new("A comma is missing before this value: two values follow each other without ',' between them.", "此值前面缺少逗号：两个值之间没有用“,”隔开。"),
            new("Type a half-width ',' after the previous value.", "请在上一个值的后面加上半角逗号“,”。"));

    /// <summary>A text closed by a double quote that was meant to be part of it: more text follows the quote directly.</summary>
    public static readonly DetailAndFix QuoteEndedText = new(
        new(
            "This double quote ends the text early: a '\"' inside text closes it, so what follows on the line is left outside the text.",
            "此处的双引号让文字提前结束了：文字中间的半角双引号会被当作文字的结尾，后面的内容就落在了文字之外。"),
        new(
            "Write a double quote that is part of the text as \\\" (in an expression: Person.SchoolStage == \\\"Primary\\\"); numbers need no quotes: Person.Age >= 16.",
            "文字中要用到的双引号请写成 \\\"（在表达式中写作 Person.SchoolStage == \\\"Primary\\\"）；数字不加引号，例如 Person.Age >= 16。"));

    /// <summary>A comma after the last item of an object or list.</summary>
    public static DetailAndFix TrailingComma(char closer) => new(
        new($"This comma stands after the last item, before '{closer}': JSON allows no comma there.", $"这个逗号位于最后一项之后、“{closer}”之前：JSON 不允许在这里写逗号。"),
        new("Delete this comma.", "请删除这个逗号。"));

    /// <summary>A comma where a value should be: after '[', after another comma, or after ':'.</summary>
    public static DetailAndFix EmptyItem(bool afterColon, string? key) => afterColon
        ? new(
            new($"The key \"{key}\" has no value: a comma or bracket follows its ':'.", $"键“{key}”没有值：它的“:”后面直接是逗号或括号。"),
            new("Write the value after the ':' (text in double quotes, a number, true, false, a list [ ] or an object { }).", "请在“:”后面写上值（双引号中的文字、数字、true、false、列表 [ ] 或对象 { }）。"))
        : new(
            new("A comma stands here with no value before it (two commas in a row, or a comma right after '[').", "此处的逗号前面没有值（连续两个逗号，或“[”后面直接是逗号）。"),
            new("Delete the extra comma, or write the missing value before it.", "请删除多余的逗号，或在它前面补上缺少的值。"));

    /// <summary>A // or /* */ comment.</summary>
    public static DetailAndFix Comment(bool block) => new(
        new(
            $"A comment ({(block ? "/* … */" : "// …")}) stands here: JSON files, and rule sets with them, may not hold comments.",
            $"此处有注释（{(block ? "/* … */" : "// …")}）：JSON 文件（包括规则集）中不能写注释。"),
        new("Delete the comment; keep notes in a separate document.", "请删除注释；说明文字请写在单独的文档里。"));

    /// <summary>A key written without double quotes.</summary>
    public static DetailAndFix UnquotedKey(string word) => new(
        new($"The key {word} is not in double quotes: every key must be.", $"键 {word} 没有写在双引号中：每个键都必须加双引号。"),
        new($"Write \"{word}\".", $"请写成 \"{word}\"。"));

    /// <summary>Text or a key in single quotes.</summary>
    public static DetailAndFix SingleQuotes() => new(
        new("Text is written in single quotes ('…') here: JSON needs double quotes.", "此处的文字写在单引号（'…'）中：JSON 必须用双引号。"),
        new("Replace both single quotes with half-width double quotes \"…\".", "请把两个单引号都改成半角双引号 \"…\"。"));

    /// <summary>A key not followed by ':'.</summary>
    public static DetailAndFix MissingColon(string key, bool equalsSign) => new(
        new(
            equalsSign ? $"The key \"{key}\" is followed by '=' : JSON separates a key from its value with ':'." : $"The key \"{key}\" is not followed by ':'.",
            equalsSign ? $"键“{key}”后面是“=”：JSON 中键和值之间要用“:”。" : $"键“{key}”后面缺少“:”。"),
        new($"Type a half-width ':' between the key and its value: \"{key}\": …", $"请在键和值之间输入半角冒号“:”，例如 \"{key}\": …"));

    /// <summary>A text not closed before the end of its line.</summary>
    public static DetailAndFix UnclosedString(int line, int column, int? fullWidthQuoteColumn) => fullWidthQuoteColumn is { } at
        ? new(
            new($"The text that starts at line {line}, column {column} is not closed: the '”' at column {at} is a Chinese (full-width) quotation mark, which does not end text.", $"第 {line} 行第 {column} 列开始的文字没有结束：第 {at} 列的 ” 是中文（全角）引号，不能结束文字。"),
            new("Replace the Chinese quotation marks around the text with half-width '\"'.", "请把文字两边的中文引号改成半角双引号 \" 。"))
        : new(
            new($"The text that starts at line {line}, column {column} is not closed before the end of the line: its closing '\"' is missing.", $"第 {line} 行第 {column} 列开始的文字到行末还没有结束：缺少收尾的双引号“\"”。"),
            new("Type '\"' at the end of the text. A line break inside text is written \\n.", "请在文字末尾加上半角双引号“\"”。文字中需要换行时写 \\n。"));

    /// <summary>The file ends inside a text.</summary>
    public static DetailAndFix EndsInString(int line, int column) => new(
        new($"The file ends inside the text that starts at line {line}, column {column}: its closing '\"' is missing.", $"文件在第 {line} 行第 {column} 列开始的文字中结束：缺少收尾的双引号“\"”。"),
        new("Type '\"' at the end of the text.", "请在文字末尾加上半角双引号“\"”。"));

    /// <summary>The file ends before an object or list is closed.</summary>
    public static DetailAndFix EndsOpen(char opener, int line, int column) => new(
        new($"The file ends before the '{opener}' opened at line {line}, column {column} is closed with '{Closer(opener)}'.", $"文件结束时，第 {line} 行第 {column} 列的“{opener}”还没有用“{Closer(opener)}”闭合。"),
        new($"Type the missing '{Closer(opener)}'; every '{{' needs its '}}' and every '[' its ']'.", $"请补上缺少的“{Closer(opener)}”；每个“{{”都要有对应的“}}”，每个“[”都要有对应的“]”。"));

    /// <summary>The file ends right after a key's ':' or a comma.</summary>
    public static readonly DetailAndFix EndsWithoutValue = new(
        new("The file ends where a value or key is still expected.", "文件在还应有值或键的地方结束了。"),
        new("Complete the last item and close every '{' and '['; the file may have been cut off when saved.", "请补全最后一项，并闭合所有的“{”和“[”；文件可能在保存时被截断了。"));

    /// <summary>A closing bracket that does not match the open object or list.</summary>
    public static DetailAndFix Mismatched(char found, char opener, int line, int column) => new(
        new($"This '{found}' does not close the '{opener}' opened at line {line}, column {column}.", $"此处的“{found}”与第 {line} 行第 {column} 列的“{opener}”不配对。"),
        new($"Close it with '{Closer(opener)}', or look for a missing '{Opener(found)}' or an extra '{found}' before this point.", $"请用“{Closer(opener)}”闭合，或检查此前是否少了“{Opener(found)}”或多了“{found}”。"));

    /// <summary>A number that starts with 0.</summary>
    public static DetailAndFix LeadingZero(string number) => new(
        new($"The number {number} starts with 0: JSON numbers have no leading zeros.", $"数字 {number} 以 0 开头：JSON 中的数字不能以 0 开头。"),
        new($"Write {number.TrimStart('-').TrimStart('0').PadLeft(1, '0')}; a code or identity number is text: put it in double quotes, \"{number}\".", $"请写成 {number.TrimStart('-').TrimStart('0').PadLeft(1, '0')}；编码、证件号等是文字，请写在双引号中：\"{number}\"。"));

    /// <summary>A number with a plus sign.</summary>
    public static DetailAndFix PlusSign() => new(
        new("A number here starts with '+': JSON numbers have no plus sign.", "此处的数字以“+”开头：JSON 中的数字不能带正号。"),
        new("Delete the '+'.", "请删除“+”。"));

    /// <summary>A number that starts with a decimal point.</summary>
    public static DetailAndFix LeadingDot() => new(
        new("A number here starts with '.': JSON needs a digit before the decimal point.", "此处的数字以小数点“.”开头：JSON 要求小数点前有数字。"),
        new("Write 0 before the point, e.g. 0.5 instead of .5.", "请在小数点前加 0，例如把 .5 写成 0.5。"));

    /// <summary>A number without digits after its point, sign or exponent.</summary>
    public static DetailAndFix IncompleteNumber(string number) => new(
        new($"The number {number} is incomplete: digits are missing after its '-', '.' or 'e'.", $"数字 {number} 不完整：“-”、“.”或“e”后面缺少数字。"),
        new("Write the missing digits, or delete the sign or point.", "请补上缺少的数字，或删除多余的符号或小数点。"));

    /// <summary>A number with a thousands separator.</summary>
    public static DetailAndFix ThousandsSeparator(string number) => new(
        new($"This comma stands inside the number {number}: JSON numbers have no thousands separators.", $"这个逗号在数字 {number} 中间：JSON 中的数字不能有千位分隔符。"),
        new($"Write the number without commas: {number.Replace(",", string.Empty, System.StringComparison.Ordinal)}.", $"请去掉逗号，写成 {number.Replace(",", string.Empty, System.StringComparison.Ordinal)}。"));

    /// <summary>A number followed directly by letters or other characters.</summary>
    public static DetailAndFix NumberFollowedBy(string number, string what) => new(
        new($"The number {number} is followed directly by '{what}': a number is written with the digits 0-9 alone (no units, no hexadecimal).", $"数字 {number} 后面紧跟着“{what}”：数字只能用 0-9 书写（不能带单位，也不能写十六进制）。"),
        new($"Write the number alone, e.g. {number}; text goes in double quotes.", $"请只写数字，例如 {number}；文字请写在双引号中。"));

    /// <summary>true, false or null written with capitals.</summary>
    public static DetailAndFix WrongCase(string word, string right) => new(
        new($"'{word}' must be written in small letters: {right}.", $"“{word}”必须用小写字母写成 {right}。"),
        new($"Write {right}.", $"请写成 {right}。"));

    /// <summary>A word for "nothing" from another language.</summary>
    public static DetailAndFix NotNull(string word) => new(
        new($"'{word}' is not a JSON word: JSON writes 'no value' as null.", $"“{word}”不是 JSON 的写法：JSON 中“没有值”写作 null。"),
        new("Write null, or leave the key out.", "请写成 null，或者不写这个键。"));

    /// <summary>NaN or Infinity.</summary>
    public static DetailAndFix NotANumber(string word) => new(
        new($"'{word}' is not a number JSON allows.", $"“{word}”不是 JSON 允许的数字。"),
        new("Write an ordinary number, e.g. 0.", "请写一个普通数字，例如 0。"));

    /// <summary>A word not in quotes where a value is expected.</summary>
    public static DetailAndFix BareWord(string word) => new(
        new($"The word {word} is not in double quotes: text must be written in double quotes; only true, false and null are written without.", $"词语 {word} 没有写在双引号中：文字必须加双引号，只有 true、false、null 不加。"),
        new($"Write \"{word}\".", $"请写成 \"{word}\"。"));

    /// <summary>A tab inside a text.</summary>
    public static readonly DetailAndFix TabInString = new(
        new("A tab character stands inside this text: JSON text may not hold tabs.", "这段文字中有制表符（Tab 键输入的字符）：JSON 文字中不能有制表符。"),
        new("Replace it with spaces, or write \\t.", "请把它改成空格，或写成 \\t。"));

    /// <summary>Another control character inside a text.</summary>
    public static DetailAndFix ControlInString(int code) => new(
        new($"An invisible control character, U+{code:X4}, stands inside this text.", $"这段文字中有一个看不见的控制字符 U+{code:X4}。"),
        new("Delete it; if it cannot be found, retype the text.", "请删除它；如果找不到，请重新输入这段文字。"));

    /// <summary>A backslash that starts no valid escape.</summary>
    public static DetailAndFix BadEscape(string sequence) => new(
        new($"The backslash in '{sequence}' starts no valid escape: in JSON text a backslash must be followed by \" \\ / b f n r t or u and four hexadecimal digits; a Windows path such as C:\\data needs each backslash doubled.", $"“{sequence}”中的反斜杠“\\”不是有效的转义：JSON 文字中反斜杠后面只能是 \" \\ / b f n r t，或 u 加四位十六进制数；像 C:\\data 这样的 Windows 路径，每个反斜杠都要写两遍。"),
        new("Write two backslashes (C:\\\\data), or use / instead (C:/data).", "请写两个反斜杠（C:\\\\data），或改用 /（C:/data）。"));

    /// <summary>\u not followed by four hexadecimal digits.</summary>
    public static DetailAndFix BadUnicodeEscape(string sequence) => new(
        new($"'{sequence}' is not a valid \\u escape: \\u must be followed by four hexadecimal digits (0-9, A-F).", $"“{sequence}”不是有效的 \\u 转义：\\u 后面必须是四位十六进制数（0-9、A-F）。"),
        new("Write the character itself, or four hexadecimal digits after \\u; for a backslash itself write \\\\.", "请直接写出该字符，或在 \\u 后写四位十六进制数；反斜杠本身请写成 \\\\。"));

    /// <summary>Something where a value is expected.</summary>
    public static DetailAndFix ExpectedValue(string found) => new(
        new($"A value is expected here, but there is '{found}'.", $"此处应当是一个值，却是“{found}”。"),
        new("Write a value: text in double quotes, a number, true, false, null, a list [ … ] or an object { … }.", "请写一个值：双引号中的文字、数字、true、false、null、列表 [ … ] 或对象 { … }。"));

    /// <summary>Something where a key is expected.</summary>
    public static DetailAndFix ExpectedKey(string found) => new(
        new($"A key in double quotes is expected here, but there is '{found}'.", $"此处应当是一个带双引号的键，却是“{found}”。"),
        new("Write the key in double quotes followed by ':' and its value, e.g. \"Id\": \"P1\".", "请写出带双引号的键，后接“:”和值，例如 \"Id\": \"P1\"。"));

    /// <summary>Something after a value where ',' or a closing bracket is expected.</summary>
    public static DetailAndFix ExpectedCommaOrEnd(string found, char closer) => new(
        new($"After a value there must be ',' or '{closer}', but there is '{found}'.", $"一个值后面应当是“,”或“{closer}”，却是“{found}”。"),
        new($"Type ',' before the next item, or '{closer}' to end.", $"请在下一项前输入“,”，或输入“{closer}”结束。"));

    /// <summary>The reader refused something these checks do not name (a rare case).</summary>
    public static readonly DetailAndFix Unexplained = new(
        new("The JSON text cannot be read from here on.", "从此处开始，JSON 文字无法读取。"),
        new("Check the commas, double quotes and brackets near this position.", "请检查此位置附近的逗号、双引号和括号。"));

    private static char Closer(char opener) => opener == '{' ? '}' : ']';

    private static char Opener(char closer) => closer == '}' ? '{' : '[';
}
