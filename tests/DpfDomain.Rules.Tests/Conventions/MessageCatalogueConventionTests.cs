using System.Text.RegularExpressions;

namespace DpfDomain.Rules.Tests.Conventions;

/// <summary>
/// Chinese text of the rules packages lives in their message catalogues
/// (<c>src/DpfDomain.Rules/Diagnostics/Messages/</c>, <c>src/DpfDomain.Rules.Authoring/Messages/</c>):
/// a string literal with Chinese characters anywhere else in <c>src/DpfDomain.Rules</c> or
/// <c>src/DpfDomain.Rules.Authoring</c> fails here, unless it is an attribute argument (a
/// constant describing the member beside it: schema descriptions, fact descriptions, the log
/// templates of the generated logger) or its file is listed below with its reason. Comments are
/// not code. The detector is tested on snippets first.
/// </summary>
public sealed partial class MessageCatalogueConventionTests
{
    /// <summary>The catalogue folders, where message texts belong.</summary>
    private static readonly string[] Catalogues = ["src/DpfDomain.Rules/Diagnostics/Messages/", "src/DpfDomain.Rules.Authoring/Messages/"];

    /// <summary>Files whose Chinese literals stay where they are, each with its reason.</summary>
    private static readonly Dictionary<string, string> Exempt = new(StringComparer.Ordinal)
    {
        ["src/DpfDomain.Rules.Authoring/Catalog/CatalogMarkdown.cs"] = "the template of the generated catalog pages (headings and table words of a document, compared with the committed pages by GeneratedFilesTests), not messages",
        ["src/DpfDomain.Rules.Authoring/Facts/FactsReference.cs"] = "the template of the generated facts reference (a document compared with its committed copy), not messages",
        ["src/DpfDomain.Rules.Authoring/Schema/RuleSetSchema.cs"] = "a description of the generated JSON Schema (a document compared with its committed copy), not a message",
    };

    [Theory]
    [InlineData("var m = \"文件为空。\";")]
    [InlineData("throw new X($\"{name} 为空：此项必填。\", where);")]
    [InlineData("var v = @\"第一行\n第二行\";")]
    [InlineData("var c = '空';")]
    [InlineData("// a comment\nvar s = cond ? \"on\" : \"开启\";")]
    [InlineData("var d = new Dictionary<string, string> { [\"Description\"] = \"说明\" };")]
    public void Detector_FindsAChineseLiteral(string snippet) =>
        Assert.NotEmpty(ChineseLiterals(snippet));

    [Theory]
    [InlineData("// 中文注释\nvar s = \"English only\";")]
    [InlineData("/// <summary>The program's name (项目名称).</summary>\npublic string Name { get; }")]
    [InlineData("/* 多行\n注释 */ var s = \"x\";")]
    [InlineData("[Description(\"Yearly task numbers (任务数).\")]\npublic int Quota { get; }")]
    [InlineData("    [FactDescription(\"评估日期所在年份\", \"The year of the evaluation date.\")]\n    public int Year { get; }")]
    [InlineData("[LoggerMessage(1, LogLevel.Information, \"In service. / 已生效。\")]\npublic static partial void Replaced(ILogger logger);")]
    [InlineData("var s = DocumentMessages.NoRules().TextZh;")]
    public void Detector_IgnoresCommentsAttributeArgumentsAndCatalogueUses(string snippet) =>
        Assert.Empty(ChineseLiterals(snippet));

    [Fact]
    public void NoChineseLiteral_OutsideTheCatalogues_ExceptTheListedFiles()
    {
        var files = SourceText.Files("DpfDomain.Rules").Concat(SourceText.Files("DpfDomain.Rules.Authoring")).ToList();

        Assert.True(files.Count > 100, $"Only {files.Count} files were found in the rules packages.");
        Assert.All(Exempt.Keys, listed => Assert.Contains(files, f => f.Path == listed));
        var found = files
            .Where(f => !Catalogues.Any(c => f.Path.StartsWith(c, StringComparison.Ordinal)) && !Exempt.ContainsKey(f.Path))
            .SelectMany(f => ChineseLiterals(f.Text).Select(literal => $"{f.Path}: {literal}"))
            .ToList();
        Assert.True(found.Count == 0, "Chinese text outside the message catalogues (move it to a *Messages class):\n" + string.Join('\n', found));
    }

    [Fact]
    public void EveryExemptFile_StillHasChineseLiterals_SoTheListOnlyShrinks()
    {
        var files = SourceText.Files("DpfDomain.Rules").Concat(SourceText.Files("DpfDomain.Rules.Authoring")).ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);

        Assert.All(Exempt.Keys, listed => Assert.True(ChineseLiterals(files[listed]).Any(), $"{listed} has no Chinese literal any more: remove it from the list."));
    }

    /// <summary>The string and character literals with Chinese characters, outside comments and attribute arguments.</summary>
    private static IEnumerable<string> ChineseLiterals(string source)
    {
        var attributes = AttributeStart().Matches(source)
            .Select(m => (Start: m.Index, End: m.Index + m.Length + (SourceText.Parenthesised(source, m.Index + m.Length - 1)?.Length ?? 0)))
            .ToList();
        foreach (Match match in CommentOrLiteral().Matches(source))
        {
            var inAttribute = attributes.Any(a => match.Index >= a.Start && match.Index <= a.End);
            if (!match.Value.StartsWith('/') && !inAttribute && Chinese().IsMatch(match.Value))
            {
                yield return match.Value;
            }
        }
    }

    [GeneratedRegex("""//[^\n]*|/\*.*?\*/|@"(?:[^"]|"")*"|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)+'""", RegexOptions.Singleline)]
    private static partial Regex CommentOrLiteral();

    /// <summary>An attribute opening a line: <c>[Name(</c>.</summary>
    [GeneratedRegex(@"^[ \t]*\[\w+\(", RegexOptions.Multiline)]
    private static partial Regex AttributeStart();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
