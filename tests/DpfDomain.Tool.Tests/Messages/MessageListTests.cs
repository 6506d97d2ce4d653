using System.Text.RegularExpressions;
using DpfDomain.Rules.Diagnostics;

namespace DpfDomain.Tool.Tests.Messages;

/// <summary>docs/messages.md and docs/messages.zh-CN.md list every message the tools can print, each with an example, and are current.</summary>
public sealed partial class MessageListTests
{
    [Theory]
    [InlineData(false, "messages.md")]
    [InlineData(true, "messages.zh-CN.md")]
    public void TheCommittedList_IsWhatTheCataloguesGenerate(bool chinese, string file) =>
        GeneratedFile.AssertUpToDate(MessageList.ToMarkdown(chinese), "docs", file);

    [Fact]
    public void TheList_HasEveryCode_AndEveryFactory()
    {
        var page = MessageList.ToMarkdown(chinese: false);
        var problems = MessageList.Problems();

        Assert.True(problems.Count > 100, $"Only {problems.Count} problems were found in the catalogues.");
        Assert.All(problems.Select(p => p.Message.Code).Distinct(), code => Assert.Contains($"### DPF{(int)code} {code} ", page, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Contains($"`{p.Name}`:", page, StringComparison.Ordinal));
        Assert.Contains(DiagnosticCode.JsonSyntax, problems.Select(p => p.Message.Code));
    }

    [Fact]
    public void EachExample_IsPrintedAsTheToolsPrintIt_WithPositionCodeAndFix()
    {
        var english = ExampleLines().Matches(MessageList.ToMarkdown(chinese: false)).Select(m => m.Value).ToList();
        var chinese = ExampleLines().Matches(MessageList.ToMarkdown(chinese: true)).Select(m => m.Value).ToList();

        Assert.Equal(MessageList.Problems().Count, english.Count);
        Assert.Equal(english.Count, chinese.Count);
        Assert.All(english, line => Assert.Contains(" Fix: ", line, StringComparison.Ordinal));
        Assert.All(chinese, line => Assert.Contains("修改建议：", line, StringComparison.Ordinal));
        Assert.All(chinese, line => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", line));
    }

    [Fact]
    public void TheChineseList_HasNoEnglishTitles()
    {
        var headings = Regex.Matches(MessageList.ToMarkdown(chinese: true), "^### .*$", RegexOptions.Multiline).Select(m => m.Value).ToList();

        Assert.NotEmpty(headings);
        Assert.All(headings, heading => Assert.Matches(@"— .*\p{IsCJKUnifiedIdeographs}", heading));
    }

    [GeneratedRegex(@"^    P1\.ruleset\.json:12:7: DPF\d{3} .*$", RegexOptions.Multiline)]
    private static partial Regex ExampleLines();
}

/// <summary>Compares a generated page with its committed copy; DPF_UPDATE_GENERATED=1 rewrites the copy instead.</summary>
internal static class GeneratedFile
{
    public static void AssertUpToDate(string generated, params string[] parts)
    {
        var path = Path.Combine([Repository.Root, .. parts]);
        if (Environment.GetEnvironmentVariable("DPF_UPDATE_GENERATED") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with DPF_UPDATE_GENERATED=1.");
        Assert.True(
            File.ReadAllText(path).ReplaceLineEndings("\n") == generated,
            $"{path} is stale: it differs from what the catalogues generate. Run the tests once with DPF_UPDATE_GENERATED=1 and commit the result.");
    }
}
