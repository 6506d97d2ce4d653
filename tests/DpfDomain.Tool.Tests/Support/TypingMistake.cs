using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DpfDomain.Tool.Tests.Support;

/// <summary>What staff typing in Notepad or WPS on Chinese Windows do to a good file.</summary>
internal enum TypingMistakeKind
{
    /// <summary>A half-width character typed with the Chinese input method on: <c>,</c> becomes <c>，</c>, <c>1</c> becomes <c>１</c>.</summary>
    FullWidth,

    /// <summary>A comparison typed as one mathematical sign: <c>&gt;=</c> becomes <c>≥</c>.</summary>
    MathematicalSign,

    /// <summary>A comma deleted.</summary>
    CommaDeleted,

    /// <summary>A comma added before a closing bracket.</summary>
    TrailingComma,

    /// <summary>A note written as a comment line.</summary>
    Comment,

    /// <summary>A key's first letter swapped with its second.</summary>
    KeySwapped,
}

/// <summary>One mistake at a position (taken modulo the candidates, so any value fits any file), and how the file is saved.</summary>
internal sealed record TypingMistake(TypingMistakeKind Kind, int Position, FileSaving Saving)
{
    private const string HalfWidth = ",:;\"{}[]()<>=!&|0123456789 ";

    /// <summary>One to three mistakes, then one way of saving.</summary>
    public static Gen<(TypingMistake[] Mistakes, FileSaving Saving)> Several { get; } =
        from count in Gen.Choose(1, 3)
        from mistakes in One.ArrayOf(count)
        from saving in Gen.Elements(Enum.GetValues<FileSaving>())
        select (mistakes, saving);

    private static Gen<TypingMistake> One =>
        from kind in Gen.Elements(Enum.GetValues<TypingMistakeKind>())
        from position in Gen.Choose(0, int.MaxValue)
        select new TypingMistake(kind, position, FileSaving.Utf8);

    /// <summary>The text after the mistakes, saved as chosen.</summary>
    public static byte[] Apply(string text, IEnumerable<TypingMistake> mistakes, FileSaving saving)
    {
        var changed = mistakes.Aggregate(text, (current, mistake) => mistake.Apply(current));
        return saving switch
        {
            FileSaving.Utf8WithMark => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(changed)],
            FileSaving.Gb18030 => Gb18030.GetBytes(changed),
            FileSaving.WindowsLineEnds => Encoding.UTF8.GetBytes(changed.ReplaceLineEndings("\r\n")),
            _ => Encoding.UTF8.GetBytes(changed),
        };
    }

    private static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    /// <summary>The text after this mistake (unchanged when the text has no place for it).</summary>
    public string Apply(string text)
    {
        switch (Kind)
        {
            case TypingMistakeKind.FullWidth:
                return At(text, c => HalfWidth.Contains(c, StringComparison.Ordinal), (before, c, after) => before + FullWidthOf(c) + after);
            case TypingMistakeKind.MathematicalSign:
                var signs = new[] { (">=", "≥"), ("<=", "≤"), ("!=", "≠"), ("&&", "＆＆") };
                for (var i = 0; i < signs.Length; i++)
                {
                    var (ascii, sign) = signs[(Position + i) % signs.Length];
                    var index = text.IndexOf(ascii, StringComparison.Ordinal);
                    if (index >= 0)
                    {
                        return text[..index] + sign + text[(index + ascii.Length)..];
                    }
                }

                return text;
            case TypingMistakeKind.CommaDeleted:
                return At(text, c => c == ',', (before, _, after) => before + after);
            case TypingMistakeKind.TrailingComma:
                return At(text, c => c is '}' or ']', (before, c, after) => before.TrimEnd() + "," + Environment.NewLine + c + after);
            case TypingMistakeKind.Comment:
                return At(text, c => c == '\n', (before, c, after) => before + c + "// 2024年起按新标准执行" + c + after);
            default:
                var keys = Enumerable.Range(0, text.Length - 3).Where(i => text[i] == '"' && char.IsAsciiLetter(text[i + 1]) && char.IsAsciiLetter(text[i + 2]) && text[i + 1] != text[i + 2]).ToArray();
                if (keys.Length == 0)
                {
                    return text;
                }

                var key = keys[Position % keys.Length];
                return text[..(key + 1)] + text[key + 2] + text[key + 1] + text[(key + 3)..];
        }
    }

    /// <summary>The same character typed with the Chinese input method (full width); a space becomes the ideographic space.</summary>
    public static char FullWidthOf(char c) => c switch
    {
        ' ' => '\u3000',
        '"' => '“',
        _ => (char)(c - 0x21 + 0xFF01),
    };

    private string At(string text, Func<char, bool> candidate, Func<string, char, string, string> change)
    {
        var positions = Enumerable.Range(0, text.Length).Where(i => candidate(text[i])).ToArray();
        if (positions.Length == 0)
        {
            return text;
        }

        var at = positions[Position % positions.Length];
        return change(text[..at], text[at], text[(at + 1)..]);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} at {Position}";
}

/// <summary>How the edited file is saved.</summary>
internal enum FileSaving
{
    /// <summary>UTF-8 without a byte-order mark.</summary>
    Utf8,

    /// <summary>UTF-8 with a byte-order mark (Notepad's "UTF-8 with BOM").</summary>
    Utf8WithMark,

    /// <summary>GB18030/GBK (Notepad's and WPS's "ANSI" on Chinese Windows).</summary>
    Gb18030,

    /// <summary>UTF-8 with CR LF line ends.</summary>
    WindowsLineEnds,
}
