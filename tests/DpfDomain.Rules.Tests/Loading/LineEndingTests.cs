using System.Text;
using System.Text.RegularExpressions;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Rules.Tests.Loading;

/// <summary>A problem is reported at the same line and column whether the file ends its lines with LF, CRLF or a lone CR, or mixes them.</summary>
public sealed partial class LineEndingTests
{
    /// <summary>Stands for a byte that is not UTF-8 (0xFF) in a broken text.</summary>
    private const string NotUtf8 = "\u0001";

    /// <summary>Broken files, each written with LF endings: its name, the text, and whether it is a rule set (else an employer or person file).</summary>
    private static readonly (string Name, string Text, bool RuleSet)[] Broken =
    [
        ("misspelt-key", RuleSetText.Build().Replace("\"Version\"", "\"Versoin\"", StringComparison.Ordinal), true),
        ("trailing-comma", RuleSetText.Build().Replace("\"2019-01-01\"\n", "\"2019-01-01\",\n", StringComparison.Ordinal), true),
        ("not-utf8", RuleSetText.Build().Replace("Test document", "Test " + NotUtf8 + "document", StringComparison.Ordinal), true),
        ("lone-surrogate", RuleSetText.Build().Replace("\"Test program\"", "\"Test \\ud800 program\"", StringComparison.Ordinal), true),
        ("text-after-end", RuleSetText.Build() + "{}\n", true),
        ("bad-expression", RuleSetText.WithExpression("Person.AgeYears >= Parameters.MinAgee"), true),
        ("catalog-misspelt", ReferenceCatalog.Read("P9.ruleset.json").ReplaceLineEndings("\n").Replace("\"RuleName\": \"BelowTheQuota\"", "\"RuleNmae\": \"BelowTheQuota\"", StringComparison.Ordinal), true),
        ("employer-beyond-decimal", "{\n  \"Name\": \"示例单位\",\n  \"Kind\": \"Enterprise\",\n  \"Headcount\": 1e400,\n  \"AverageWage\": 60000,\n  \"LocalAverageWage\": 50000\n}\n", false),
        ("person-misspelt", File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", "persons", "P4.person.json")).ReplaceLineEndings("\n").Replace("\"Parents\"", "\"Parent\"", StringComparison.Ordinal), false),
        ("person-trailing-comma", File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", "persons", "P4.person.json")).ReplaceLineEndings("\n").Replace("\"Name\": \"陈某\"", "\"Name\": \"陈某\",", StringComparison.Ordinal), false),
    ];

    [Fact]
    public void BrokenFiles_WithLineFeeds_HaveProblemsBeyondTheFirstLine()
    {
        foreach (var (name, text, ruleSet) in Broken)
        {
            Assert.DoesNotContain("\n\n", text, StringComparison.Ordinal);
            Assert.True(Positions(text, "\n", ruleSet).Any(p => p.Line > 1), name);
        }
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void CatalogRuleSetWithAMisspeltKey_ReportsTheSameLineAndColumnWithEveryLineEnding(string ending)
    {
        var (_, text, _) = Broken.Single(b => b.Name == "catalog-misspelt");
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("\"RuleNmae\"", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("\"RuleNmae\"", StringComparison.Ordinal) + 1;

        var positions = Positions(text, ending, ruleSet: true);

        Assert.Contains((line, column), positions);
        Assert.True(line > 50, $"The problem is on line {line}.");
    }

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public Property AnyMixOfLineEndings_GivesTheSamePositionsAsLineFeeds()
    {
        var choice =
            from index in Gen.Choose(0, Broken.Length - 1)
            from endings in Gen.Elements("\n", "\r\n", "\r").ArrayOf(16)
            select (index, endings);
        return Prop.ForAll(choice.ToArbitrary(), c =>
        {
            var (_, text, ruleSet) = Broken[c.index];
            var parts = text.Split('\n');
            var mixed = new StringBuilder(parts[0]);
            for (var i = 1; i < parts.Length; i++)
            {
                mixed.Append(c.endings[i % c.endings.Length]).Append(parts[i]);
            }

            return Positions(text, "\n", ruleSet).SequenceEqual(PositionsOfText(mixed.ToString(), ruleSet));
        });
    }

    private static List<(int Line, int Column)> Positions(string text, string ending, bool ruleSet) =>
        PositionsOfText(text.Replace("\n", ending, StringComparison.Ordinal), ruleSet);

    private static List<(int Line, int Column)> PositionsOfText(string text, bool ruleSet)
    {
        var bytes = Bytes(text);
        if (ruleSet)
        {
            return [.. RuleCatalog.Validate([RuleSetSource.FromStream("broken.ruleset.json", () => new MemoryStream(bytes))]).Select(d => (d.Line, d.Column))];
        }

        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllBytes(path, bytes);
            var error = Assert.Throws<CaseInputException>(() => text.Contains("\"Household\"", StringComparison.Ordinal) ? CaseRunner.ReadPerson(path) : (object)CaseRunner.ReadEmployer(path));
            return [.. Position().Matches(error.Message).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))];
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Bytes(string text) => [.. Encoding.UTF8.GetBytes(text).Select(b => b == 1 ? (byte)0xFF : b)];

    [GeneratedRegex(@"\.json:(\d+):(\d+): DPF")]
    private static partial Regex Position();
}
