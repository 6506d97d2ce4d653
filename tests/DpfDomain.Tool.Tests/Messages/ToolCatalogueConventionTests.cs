using System.Text.RegularExpressions;

namespace DpfDomain.Tool.Tests.Messages;

/// <summary>
/// The tool's own words live in its message catalogue (<c>src/DpfDomain.Tool/Messages/</c>), where
/// docs/messages.md finds them: a string literal with Chinese characters anywhere else in
/// <c>src/DpfDomain.Tool</c> fails here, unless its file is listed below with its reason. Comments
/// are not code. The detector is tested on snippets first.
/// </summary>
public sealed partial class ToolCatalogueConventionTests
{
    /// <summary>The catalogue folder, where the tool's texts belong.</summary>
    private const string Catalogue = "src/DpfDomain.Tool/Messages/";

    /// <summary>Files whose Chinese literals stay where they are, each with its reason.</summary>
    private static readonly Dictionary<string, string> Exempt = new(StringComparer.Ordinal)
    {
        ["src/DpfDomain.Tool/UsageErrors.cs"] = "the table of System.CommandLine's usage errors and help headings, each Chinese sentence beside the English pattern it answers; listed in docs/messages.md through UsageErrors.Examples and HelpWords",
    };

    [Theory]
    [InlineData("error.WriteLine(t.Pick(\"The folder does not exist.\", \"文件夹不存在。\"));")]
    [InlineData("error.WriteLine($\"--lang {language} is not supported. 不支持 --lang {language}。\");")]
    [InlineData("var v = @\"第一行\n第二行\";")]
    [InlineData("var c = '空';")]
    [InlineData("// a comment\nvar s = cond ? \"on\" : \"开启\";")]
    [InlineData("string[] header = [t.Pick(\"Program\", \"项目\"), t.Pick(\"Name\", \"名称\")];")]
    public void Detector_FindsAChineseLiteral(string snippet) =>
        Assert.NotEmpty(ChineseLiterals(snippet));

    [Theory]
    [InlineData("// 中文注释\nvar s = \"English only\";")]
    [InlineData("/// <summary>The roll (花名册).</summary>\npublic string Roll { get; }")]
    [InlineData("/* 多行\n注释 */ var s = \"x\";")]
    [InlineData("error.WriteLine(t.Say(ToolMessages.FolderMissing(folder)));")]
    [InlineData("output.WriteLine($\"{who.Name}（{who.Id}）\");")]
    [InlineData("error.WriteLine(t.Pick(exception.Message, exception.MessageZh));")]
    public void Detector_IgnoresCommentsCatalogueUsesAndPunctuation(string snippet) =>
        Assert.Empty(ChineseLiterals(snippet));

    [Fact]
    public void NoChineseLiteral_OutsideTheCatalogue_ExceptTheListedFiles()
    {
        var files = ToolSources();

        Assert.True(files.Count > 15, $"Only {files.Count} files were found in the tool.");
        Assert.Contains(files, f => f.Path.StartsWith(Catalogue, StringComparison.Ordinal));
        Assert.All(Exempt.Keys, listed => Assert.Contains(files, f => f.Path == listed));
        var found = files
            .Where(f => !f.Path.StartsWith(Catalogue, StringComparison.Ordinal) && !Exempt.ContainsKey(f.Path))
            .SelectMany(f => ChineseLiterals(f.Text).Select(literal => $"{f.Path}: {literal}"))
            .ToList();
        Assert.True(found.Count == 0, "Chinese text outside the tool's message catalogue (move it to a class of src/DpfDomain.Tool/Messages/):\n" + string.Join('\n', found));
    }

    [Fact]
    public void EveryExemptFile_StillHasChineseLiterals_SoTheListOnlyShrinks()
    {
        var files = ToolSources().ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);

        Assert.All(Exempt.Keys, listed => Assert.True(ChineseLiterals(files[listed]).Any(), $"{listed} has no Chinese literal any more: remove it from the list."));
    }

    /// <summary>Every .cs file of the tool, outside bin and obj, as (path relative to the repository, text).</summary>
    private static List<(string Path, string Text)> ToolSources()
    {
        var folder = Path.Combine(Repository.Root, "src", "DpfDomain.Tool");
        return [.. Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(Path.Combine(Repository.Root, path))))];
    }

    /// <summary>The string and character literals with Chinese characters, outside comments.</summary>
    private static IEnumerable<string> ChineseLiterals(string source) =>
        CommentOrLiteral().Matches(source)
            .Select(m => m.Value)
            .Where(value => !value.StartsWith('/') && Chinese().IsMatch(value));

    [GeneratedRegex("""//[^\n]*|/\*.*?\*/|@"(?:[^"]|"")*"|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)+'""", RegexOptions.Singleline)]
    private static partial Regex CommentOrLiteral();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
