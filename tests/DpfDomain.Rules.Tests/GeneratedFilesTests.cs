using System.Text.Json;
using DpfDomain.Rules.Authoring.Facts;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Authoring.Schema;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests;

public sealed class GeneratedFilesTests
{
    [Fact]
    public void Schema_Committed_IsWhatTheTypesGenerate()
    {
        RepositoryFiles.AssertUpToDate(RuleSetSchema.Generate(), "src", "DpfDomain.Rules", "Schema", RuleSetSchema.FileName);
    }

    [Fact]
    public void Schema_Embedded_IsTheCommittedOne()
    {
        Assert.Equal(RuleSetSchema.Generate(), RuleSetSchema.Embedded().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Schema_ForbidsUnknownKeysAndDescribesDates()
    {
        using var schema = JsonDocument.Parse(RuleSetSchema.Generate());
        var root = schema.RootElement;

        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        var from = root.GetProperty("properties").GetProperty("Program").GetProperty("properties").GetProperty("EffectiveFrom");
        Assert.Equal("date", from.GetProperty("format").GetString());
        Assert.Contains("Program", root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData(false, "facts-reference.md")]
    [InlineData(true, "facts-reference.zh-CN.md")]
    public void FactsReference_Committed_IsWhatTheCodeGenerates(bool chinese, string file)
    {
        RepositoryFiles.AssertUpToDate(FactsReference.ToMarkdown(chinese), "docs", file);
    }

    [Fact]
    public void FactsReference_ListsEveryFact()
    {
        var names = typeof(PersonFacts).GetProperties().Select(p => p.Name).Order().ToArray();

        Assert.Equal(names, FactsReference.PersonFacts.Select(f => f.Name).Order().ToArray());
        Assert.All(FactsReference.PersonFacts, f => Assert.False(string.IsNullOrWhiteSpace(f.MeaningZh)));
    }

    [Fact]
    public void EveryRuleSetInTheRepository_ReferencesTheCommittedSchema()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.Root, "*.ruleset.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Corpora{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var reference = document.RootElement.GetProperty("$schema").GetString()!;
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, reference));
            Assert.Equal(RepositoryFiles.PathOf("src", "DpfDomain.Rules", "Schema", RuleSetSchema.FileName), target);
        });
    }
}
