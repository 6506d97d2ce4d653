using System.Security.Cryptography;
using System.Text;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Rules.Tests.Loading;

/// <summary>
/// JSON mistakes named in plain words, in both languages, at the character (never the JSON
/// reader's English); files saved as GBK/GB18030, UTF-8 with a byte-order mark or UTF-16 read as
/// their UTF-8 twins; bytes that are no text refused at the first bad byte with how to save the file.
/// </summary>
public sealed class PlainSyntaxMessageTests
{
    /// <summary>Words of System.Text.Json's English messages, which must never reach a Chinese reader.</summary>
    private static readonly string[] ReaderWords = ["invalid", "Expected", "LineNumber", "BytePosition", "0x", "Path:", "token", "reader"];

    public static TheoryData<string, string, int, int, string, string> Mistakes() => new()
    {
        {
            "full-width comma", "{\n  \"A\": 1，\n  \"B\": 2\n}", 2, 9,
            "文件不是有效的 JSON：此处是全角逗号（，），JSON 在这里需要半角字符 , 。",
            "请改为半角字符 , ；请切换到英文（半角）输入状态再输入；全角字符只能出现在双引号内的文字中。"
        },
        {
            "full-width colon", "{ \"A\"： 1 }", 1, 6,
            "文件不是有效的 JSON：此处是全角冒号（：），JSON 在这里需要半角字符 : 。",
            "请改为半角字符 : ；请切换到英文（半角）输入状态再输入；全角字符只能出现在双引号内的文字中。"
        },
        {
            "full-width digits", "{ \"A\": １２００ }", 1, 8,
            "文件不是有效的 JSON：此处是全角数字（１２００），JSON 在这里需要半角字符 1200 。",
            "请改为半角字符 1200 ；请切换到英文（半角）输入状态再输入；全角字符只能出现在双引号内的文字中。"
        },
        {
            "Chinese quotation marks", "{ \"A\": “精神” }", 1, 8,
            "文件不是有效的 JSON：此处是中文左双引号（“），JSON 在这里需要半角字符 \" 。",
            "请改为半角字符 \" ；请切换到英文（半角）输入状态再输入；全角字符只能出现在双引号内的文字中。"
        },
        {
            "full-width brackets", "{ \"A\": ［1］ }", 1, 8,
            "文件不是有效的 JSON：此处是全角方括号（［），JSON 在这里需要半角字符 [ 。",
            "请改为半角字符 [ ；请切换到英文（半角）输入状态再输入；全角字符只能出现在双引号内的文字中。"
        },
        {
            "ideographic space", "{\n　\"A\": 1 }", 2, 1,
            "文件不是有效的 JSON：此处有一个全角空格，JSON 各部分之间只能用普通（半角）空格。",
            "请把它改成普通空格或删除；请切换到英文（半角）输入状态再输入；全角字符只能出现在双引号内的文字中。"
        },
        {
            "missing comma between properties", "{\n  \"A\": 1\n  \"B\": 2\n}", 3, 3,
            "文件不是有效的 JSON：此键前面缺少逗号：两个属性之间没有用“,”隔开。",
            "请在上一个值的后面（通常是上一行末尾）加上半角逗号“,”。"
        },
        {
            "plain quotes inside an expression", "{ \"Expression\": \"Person.Age >= \"16\"\" }", 1, 32,
            "文件不是有效的 JSON：此处的双引号让文字提前结束了：文字中间的半角双引号会被当作文字的结尾，后面的内容就落在了文字之外。",
            "文字中要用到的双引号请写成 \\\"（在表达式中写作 Person.SchoolStage == \\\"Primary\\\"）；数字不加引号，例如 Person.Age >= 16。"
        },
        {
            "plain quotes around Chinese text inside an expression", "{ \"Expression\": \"Person.SchoolStage == \"小学\"\" }", 1, 40,
            "文件不是有效的 JSON：此处的双引号让文字提前结束了：文字中间的半角双引号会被当作文字的结尾，后面的内容就落在了文字之外。",
            "文字中要用到的双引号请写成 \\\"（在表达式中写作 Person.SchoolStage == \\\"Primary\\\"）；数字不加引号，例如 Person.Age >= 16。"
        },
        {
            "a plain quote inside a key", "{ \"Na\"me\": 1 }", 1, 6,
            "文件不是有效的 JSON：此处的双引号让文字提前结束了：文字中间的半角双引号会被当作文字的结尾，后面的内容就落在了文字之外。",
            "文字中要用到的双引号请写成 \\\"（在表达式中写作 Person.SchoolStage == \\\"Primary\\\"）；数字不加引号，例如 Person.Age >= 16。"
        },
        {
            "missing comma between texts on one line", "{ \"A\": \"x\" \"B\": 2 }", 1, 12,
            "文件不是有效的 JSON：此键前面缺少逗号：两个属性之间没有用“,”隔开。",
            "请在上一个值的后面（通常是上一行末尾）加上半角逗号“,”。"
        },
        {
            "missing comma between values", "{ \"A\": [1 2] }", 1, 11,
            "文件不是有效的 JSON：此值前面缺少逗号：两个值之间没有用“,”隔开。",
            "请在上一个值的后面加上半角逗号“,”。"
        },
        {
            "trailing comma in an object", "{\n  \"A\": 1,\n}", 2, 9,
            "文件不是有效的 JSON：这个逗号位于最后一项之后、“}”之前：JSON 不允许在这里写逗号。",
            "请删除这个逗号。"
        },
        {
            "trailing comma in a list", "{ \"A\": [1, 2, ] }", 1, 13,
            "文件不是有效的 JSON：这个逗号位于最后一项之后、“]”之前：JSON 不允许在这里写逗号。",
            "请删除这个逗号。"
        },
        {
            "line comment", "{\n  // 说明\n  \"A\": 1 }", 2, 3,
            "文件不是有效的 JSON：此处有注释（// …）：JSON 文件（包括规则集）中不能写注释。",
            "请删除注释；说明文字请写在单独的文档里。"
        },
        {
            "block comment", "{ /* 说明 */ \"A\": 1 }", 1, 3,
            "文件不是有效的 JSON：此处有注释（/* … */）：JSON 文件（包括规则集）中不能写注释。",
            "请删除注释；说明文字请写在单独的文档里。"
        },
        {
            "key without quotes", "{ Name: 1 }", 1, 3,
            "文件不是有效的 JSON：键 Name 没有写在双引号中：每个键都必须加双引号。",
            "请写成 \"Name\"。"
        },
        {
            "single quotes", "{ \"A\": 'x' }", 1, 8,
            "文件不是有效的 JSON：此处的文字写在单引号（'…'）中：JSON 必须用双引号。",
            "请把两个单引号都改成半角双引号 \"…\"。"
        },
        {
            "missing colon", "{ \"Name\" \"P1\" }", 1, 10,
            "文件不是有效的 JSON：键“Name”后面缺少“:”。",
            "请在键和值之间输入半角冒号“:”，例如 \"Name\": …"
        },
        {
            "text not closed at the end of the line", "{ \"A\": \"abc\n}", 1, 12,
            "文件不是有效的 JSON：第 1 行第 8 列开始的文字到行末还没有结束：缺少收尾的双引号“\"”。",
            "请在文字末尾加上半角双引号“\"”。文字中需要换行时写 \\n。"
        },
        {
            "file ending before a bracket is closed", "{\n  \"A\": [1, 2\n", 3, 1,
            "文件不是有效的 JSON：文件结束时，第 2 行第 8 列的“[”还没有用“]”闭合。",
            "请补上缺少的“]”；每个“{”都要有对应的“}”，每个“[”都要有对应的“]”。"
        },
        {
            "leading zero", "{ \"A\": 0123 }", 1, 8,
            "文件不是有效的 JSON：数字 0123 以 0 开头：JSON 中的数字不能以 0 开头。",
            "请写成 123；编码、证件号等是文字，请写在双引号中：\"0123\"。"
        },
        {
            "plus sign", "{ \"A\": +1 }", 1, 8,
            "文件不是有效的 JSON：此处的数字以“+”开头：JSON 中的数字不能带正号。",
            "请删除“+”。"
        },
        {
            "leading point", "{ \"A\": .5 }", 1, 8,
            "文件不是有效的 JSON：此处的数字以小数点“.”开头：JSON 要求小数点前有数字。",
            "请在小数点前加 0，例如把 .5 写成 0.5。"
        },
        {
            "thousands separator", "{ \"A\": 1,200 }", 1, 9,
            "文件不是有效的 JSON：这个逗号在数字 1,200 中间：JSON 中的数字不能有千位分隔符。",
            "请去掉逗号，写成 1200。"
        },
        {
            "True in capitals", "{ \"A\": True }", 1, 8,
            "文件不是有效的 JSON：“True”必须用小写字母写成 true。",
            "请写成 true。"
        },
        {
            "NULL in capitals", "{ \"A\": NULL }", 1, 8,
            "文件不是有效的 JSON：“NULL”必须用小写字母写成 null。",
            "请写成 null。"
        },
        {
            "none for null", "{ \"A\": none }", 1, 8,
            "文件不是有效的 JSON：“none”不是 JSON 的写法：JSON 中“没有值”写作 null。",
            "请写成 null，或者不写这个键。"
        },
        {
            "tab inside text", "{ \"A\": \"a\tb\" }", 1, 10,
            "文件不是有效的 JSON：这段文字中有制表符（Tab 键输入的字符）：JSON 文字中不能有制表符。",
            "请把它改成空格，或写成 \\t。"
        },
        {
            "Windows path", "{ \"A\": \"C:\\data\" }", 1, 11,
            "文件不是有效的 JSON：“\\d”中的反斜杠“\\”不是有效的转义：JSON 文字中反斜杠后面只能是 \" \\ / b f n r t，或 u 加四位十六进制数；像 C:\\data 这样的 Windows 路径，每个反斜杠都要写两遍。",
            "请写两个反斜杠（C:\\\\data），或改用 /（C:/data）。"
        },
        {
            "bracket that closes the wrong thing", "{ \"A\": [1 }", 1, 11,
            "文件不是有效的 JSON：此处的“}”与第 1 行第 8 列的“[”不配对。",
            "请用“]”闭合，或检查此前是否少了“{”或多了“}”。"
        },
        {
            "word without quotes", "{ \"A\": 精神 }", 1, 8,
            "文件不是有效的 JSON：词语 精神 没有写在双引号中：文字必须加双引号，只有 true、false、null 不加。",
            "请写成 \"精神\"。"
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void JsonMistake_IsNamedInChinese_AtItsPosition_WithItsOwnFix(string mistake, string json, int line, int column, string message, string fix)
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal((DiagnosticCode.JsonSyntax, line, column), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Equal(message, diagnostic.MessageZh);
        Assert.Equal(fix, diagnostic.HintZh);
        Assert.All(ReaderWords, word => Assert.DoesNotContain(word, diagnostic.MessageZh + diagnostic.HintZh, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("逗号、引号和括号", diagnostic.HintZh, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message + diagnostic.Hint), mistake);
    }

    [Fact]
    public void PlainQuotesInsideAnExpression_AreNamedAtTheQuoteThatEndedTheText_InBothLanguages_NotAsAMissingComma()
    {
        var json = RuleSetText.Build(rules: "      { \"RuleName\": \"Main\", \"Expression\": \"Person.Age >= \"16\"\", \"ErrorMessage\": \"Fails.\" }");

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal((DiagnosticCode.JsonSyntax, RuleSetText.RuleLine, 58), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Equal(
            "The file is not valid JSON: This double quote ends the text early: a '\"' inside text closes it, so what follows on the line is left outside the text.",
            diagnostic.Message);
        Assert.Equal(
            "Write a double quote that is part of the text as \\\" (in an expression: Person.SchoolStage == \\\"Primary\\\"); numbers need no quotes: Person.Age >= 16.",
            diagnostic.Hint);
        Assert.Equal("文件不是有效的 JSON：此处的双引号让文字提前结束了：文字中间的半角双引号会被当作文字的结尾，后面的内容就落在了文字之外。", diagnostic.MessageZh);
        Assert.DoesNotContain("逗号", diagnostic.HintZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GB18030")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void ReferenceCatalog_SavedInAnotherEncoding_LoadsLikeItsUtf8Twin_HashingTheBytesAsSaved(string encoding)
    {
        var sources = ReferenceCatalog.FileNames.Where(n => n.EndsWith(RuleSetSource.FileSuffix, StringComparison.Ordinal))
            .Select(n => (Name: n, Bytes: Encode(ReferenceCatalog.Read(n), encoding)))
            .ToList();

        var catalog = RuleCatalog.Load([.. sources.Select(s => RuleSetSource.FromStream(s.Name, () => new MemoryStream(s.Bytes)))]);

        var twin = ReferenceCatalog.Load();
        Assert.Equal(twin.ProgramIds, catalog.ProgramIds);
        Assert.Equal(twin.Versions.Select(v => v.Document.Program.Version), catalog.Versions.Select(v => v.Document.Program.Version));
        Assert.All(catalog.Versions, v => Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(sources.Single(s => s.Name == v.Source).Bytes)), v.ContentHash));
    }

    [Theory]
    [InlineData("GB18030")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    public void CaseFile_SavedInAnotherEncoding_RunsLikeItsUtf8Twin(string encoding)
    {
        var catalog = ReferenceCatalog.Load();
        foreach (var name in ReferenceCatalog.FileNames.Where(n => n.EndsWith(".cases.json", StringComparison.Ordinal)))
        {
            var text = ReferenceCatalog.Read(name);
            var results = WithFile(name, Encode(text, encoding), path => CaseRunner.Run(catalog, DpfDomain.Identity.DivisionCode.Parse("340123"), CaseRunner.Read(path), name));
            var twin = WithFile(name, Encoding.UTF8.GetBytes(text), path => CaseRunner.Run(catalog, DpfDomain.Identity.DivisionCode.Parse("340123"), CaseRunner.Read(path), name));

            Assert.Equal(twin.Select(r => (r.Name, r.Passed)), results.Select(r => (r.Name, r.Passed)));
            Assert.All(results, r => Assert.True(r.Passed, $"{name}: {r.Name}"));
        }
    }

    [Theory]
    [InlineData("P1.person.json", "GB18030")]
    [InlineData("P4.person.json", "utf-8-bom")]
    [InlineData("P7.person.json", "utf-16")]
    [InlineData("P9.employer.json", "GB18030")]
    [InlineData("P9.employer.json", "utf-16BE")]
    public void PersonOrEmployerFile_SavedInAnotherEncoding_IsReadLikeItsUtf8Twin(string file, string encoding)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", "persons", file));
        Func<string, object> read = file.EndsWith(".employer.json", StringComparison.Ordinal)
            ? path => PersonInputMapper.ToDomain(CaseRunner.ReadEmployer(path)).ToString()!
            : path => PersonInputMapper.ToDomain(CaseRunner.ReadPerson(path)).ToString()!;

        Assert.Equal(WithFile(file, Encoding.UTF8.GetBytes(text), read), WithFile(file, Encode(text, encoding), read));
    }

    [Fact]
    public void PersonFileNeitherUtf8NorGbk_IsRefusedAtTheByte_SayingHowToSaveAsUtf8()
    {
        byte[] bytes = [.. "{\n  \"Household\": { \"County\": \""u8.ToArray(), 0xFF, .. "\" } }"u8.ToArray()];

        var error = WithFile("bad.person.json", bytes, path => Assert.Throws<CaseInputException>(() => CaseRunner.ReadPerson(path)));

        Assert.Contains(":2:29: DPF100 文件不是有效的 JSON：此处的字节（FF）既不是 UTF-8 也不是 GB18030/GBK 编码的文字", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("记事本：点“文件 > 另存为”，“编码”选“UTF-8”", error.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("逗号", error.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("0x", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8FileDamagedAfterChineseText_IsRefusedAtTheByte_NotReadAsGbk()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{ \"A\": \"精神\",\n  \"B\": \"x"), 0xC0, 0xAF, .. "\" }"u8.ToArray()];

        var diagnostic = Assert.Single(RuleSetText.ValidateBytes(bytes));

        Assert.Equal((DiagnosticCode.JsonSyntax, 2, 10), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Equal("文件不是有效的 JSON：此处的字节（C0 AF）不是 UTF-8 编码的文字，而前面的内容是：文件在这里损坏了，或者粘贴进了其他编码的文字。", diagnostic.MessageZh);
    }

    [Fact]
    public void GbkFile_ReportsLaterMistakesInCharacters_AsAnEditorCountsThem()
    {
        var bytes = Encode("{ \"A\": \"精神残疾\", \"B\": 1， \"C\": 2 }", "GB18030");

        var diagnostic = Assert.Single(RuleSetText.ValidateBytes(bytes));

        Assert.Equal((1, 22), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("全角逗号", diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property ShippedRuleSet_WithOneCharacterMadeFullWidth_IsReportedAtThatCharacterNeverThrown()
    {
        var files = ReferenceCatalog.FileNames.Where(n => n.EndsWith(RuleSetSource.FileSuffix, StringComparison.Ordinal)).ToArray();
        var replacements = "，：；“”‘’｛｝［］（）０１２３４５６７８９\u3000、。".ToCharArray();
        var gen =
            from file in Gen.Elements(files)
            from position in Gen.Choose(0, int.MaxValue)
            from replacement in Gen.Elements(replacements)
            from encoding in Gen.Elements("utf-8", "GB18030", "utf-8-bom")
            select (file, position, replacement, encoding);
        return Prop.ForAll(gen.ToArbitrary(), m =>
        {
            var text = ReferenceCatalog.Read(m.file);
            var at = m.position % text.Length;
            var mutated = string.Concat(text.AsSpan(0, at), m.replacement.ToString(), text.AsSpan(at + 1));
            IReadOnlyList<RuleDiagnostic> diagnostics = [];
            var thrown = Record.Exception(() => diagnostics = RuleSetText.ValidateBytes(Encode(mutated, m.encoding), m.file));
            return (thrown is null && diagnostics.All(d => d.Line >= 1 && d.Column >= 1 && d.MessageZh.Length > 0 && d.HintZh.Length > 0
                    && !ReaderWords.Any(w => (d.Code == DiagnosticCode.JsonSyntax) && (d.MessageZh + d.HintZh).Contains(w, StringComparison.OrdinalIgnoreCase))))
                .Label($"{m.file} at {at} '{m.replacement}' in {m.encoding}: {thrown}; {string.Join(" | ", diagnostics.Select(d => d.Format(chinese: true)))}");
        });
    }

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property RandomBytes_AreReportedWithAPositionNeverThrown()
    {
        var gen =
            from length in Gen.Choose(0, 200)
            from bytes in Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(length)
            from prefix in Gen.Elements<byte[]>([], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], "{\"A\": \""u8.ToArray())
            select (byte[])[.. prefix, .. bytes];
        return Prop.ForAll(gen.ToArbitrary(), bytes =>
        {
            IReadOnlyList<RuleDiagnostic> diagnostics = [];
            var thrown = Record.Exception(() => diagnostics = RuleSetText.ValidateBytes(bytes));
            return (thrown is null && diagnostics.Count > 0 && diagnostics.All(d => d.Line >= 1 && d.Column >= 1 && d.MessageZh.Length > 0 && d.HintZh.Length > 0))
                .Label($"{Convert.ToHexString(bytes)}: {thrown}");
        });
    }

    /// <summary>Text saved as Notepad, WPS or Excel would: GB18030 ("ANSI" on Chinese Windows), UTF-8 with its byte-order mark, or UTF-16 with its mark.</summary>
    internal static byte[] Encode(string text, string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
            "utf-16" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
            "utf-16BE" => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.GetEncoding(encoding).GetBytes(text),
        };
    }

    private static T WithFile<T>(string name, byte[] bytes, Func<string, T> use)
    {
        var folder = Directory.CreateTempSubdirectory("dpf-encoding-").FullName;
        try
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            return use(path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
