using System.Reflection;
using System.Text.RegularExpressions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Tool.Messages;

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

    [Fact]
    public void TheToolSection_ListsEveryMemberOfTheToolCatalogue()
    {
        // Found here by reflection of its own, not from MessageList, so that a member it misses fails.
        var members = typeof(ToolText).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(ToolText).Namespace && type.IsAbstract && type.IsSealed)
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.Static)
                .Where(m => m is FieldInfo { FieldType: var f } && f == typeof(ToolText)
                    || m is PropertyInfo { PropertyType: var p } && p == typeof(ToolText)
                    || m is MethodInfo { ReturnType: var r, IsSpecialName: false } && r == typeof(ToolText))
                .Select(m => $"{type.Name}.{m.Name}"))
            .Distinct()
            .ToList();

        Assert.True(members.Count > 130, $"Only {members.Count} texts were found in the tool's catalogue.");
        foreach (var chinese in new[] { false, true })
        {
            var page = MessageList.ToMarkdown(chinese);
            var section = page[page.IndexOf(chinese ? "## dpf 自身的提示" : "## The tool's own words", StringComparison.Ordinal)..];
            Assert.All(members, name => Assert.Contains($"`{name}`:", section, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryToolText_HasChinese_InTheChineseList()
    {
        var texts = MessageList.ToolTexts();

        Assert.Equal(texts.Count, texts.Select(t => t.Name).Distinct().Count());
        Assert.All(texts, t => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", t.Text.Chinese));
        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t.Text.English), t.Name));
    }

    [Fact]
    public void EveryUsageErrorExample_IsRecognisedAsItself_AndSaidInChinese()
    {
        var examples = UsageErrors.Examples();
        var page = MessageList.ToMarkdown(chinese: true);

        Assert.True(examples.Count >= 14, $"Only {examples.Count} usage errors are listed.");
        Assert.All(examples, e => Assert.Equal(e.Name, UsageErrors.Recognise(e.English)));
        Assert.All(examples, e => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Chinese));
        Assert.All(examples, e => Assert.Contains($"`UsageErrors.{e.Name}`:", page, StringComparison.Ordinal));
        Assert.All(UsageErrors.HelpWords(), w => Assert.Contains($"    {w.English} → {w.Chinese}", page, StringComparison.Ordinal));
    }

    [Fact]
    public void ASuggestion_IsKeptInChinese()
    {
        var said = UsageErrors.Say("'vaildate' was not matched. Did you mean one of the following?\nvalidate", new Texts(chinese: true));

        Assert.Equal("“vaildate”无法识别。是否应为下列之一？\nvalidate", said);
    }

    [Theory]
    [InlineData("UsageErrors.Unrecognized", "vaildate")]
    [InlineData("UsageErrors.CommandArgumentMissing", "validate")]
    [InlineData("UsageErrors.OptionArgumentMissing", "explain rules --date")]
    [InlineData("UsageErrors.OneArgument", "explain rules --date 2019-06-30 --date 2019-07-01")]
    [InlineData("UsageErrors.OptionMissing", "impact old new")]
    [InlineData("UsageErrors.NotCombined", "--version validate")]
    public void TheListedEnglish_IsWhatSystemCommandLineSays(string name, string arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = DpfCommand.Run(["--lang", "en", .. arguments.Split(' ')], output, error, NodaTime.SystemClock.Instance);

        Assert.Equal(2, code);
        var said = error.ToString().Split('\n')[0].TrimEnd('\r');
        Assert.Equal(name["UsageErrors.".Length..], UsageErrors.Recognise(said));
        var example = UsageErrors.Examples().Single(e => $"UsageErrors.{e.Name}" == name).English;
        Assert.Equal(Shape().Replace(example, "'…'"), Shape().Replace(said, "'…'"));
    }

    /// <summary>The quoted values of a usage error, which differ between the example and a real command line.</summary>
    [GeneratedRegex("'[^']*'|\\b[0-9]+\\b")]
    private static partial Regex Shape();

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
