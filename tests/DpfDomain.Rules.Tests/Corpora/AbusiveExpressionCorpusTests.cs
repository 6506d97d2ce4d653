using System.Text.Json;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Corpora;

/// <summary>
/// The abusive-expression corpus (Corpora/Expressions/abusive-expressions.json): every entry, as the
/// single rule's expression of an otherwise valid rule set, is refused at load — without an
/// exception, with its expected code and a message containing its fragment, in both languages
/// with a fix, positioned on the expression.
/// </summary>
public sealed class AbusiveExpressionCorpusTests
{
    /// <summary>The fewest entries the corpus may have.</summary>
    private const int MinimumEntries = 60;

    private static readonly Lazy<IReadOnlyList<Entry>> Corpus = new(Load);

    /// <summary>The corpus entries, by index.</summary>
    public static TheoryData<int> Indexes => [.. Enumerable.Range(0, Corpus.Value.Count)];

    [Fact]
    public void TheCorpus_HasAtLeastSixtyEntries_EachWithACodeAFragmentAndAReason()
    {
        Assert.True(Corpus.Value.Count >= MinimumEntries, $"The corpus has {Corpus.Value.Count} entries; at least {MinimumEntries} are expected.");
        Assert.All(Corpus.Value, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Expression));
            Assert.True(Enum.IsDefined(entry.Code), $"{entry.Code} is not a diagnostic code.");
            Assert.False(string.IsNullOrWhiteSpace(entry.Fragment));
            Assert.False(string.IsNullOrWhiteSpace(entry.Why));
        });
        Assert.Equal(Corpus.Value.Count, Corpus.Value.Select(e => e.Expression).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void EveryEntry_IsRefusedAtLoad_WithItsCodeAndMessage_InBothLanguages_OnTheExpression(int index)
    {
        var entry = Corpus.Value[index];
        var json = RuleSetText.WithExpression(entry.Expression);

        var diagnostics = RuleSetText.Validate(json);

        var diagnostic = Assert.Single(diagnostics);
        var context = $"[{index}] {entry.Why}\n{diagnostic}";
        Assert.True(entry.Code == diagnostic.Code, $"Expected {entry.Code}. {context}");
        Assert.True(diagnostic.Message.Contains(entry.Fragment, StringComparison.Ordinal), $"Expected the message to contain \"{entry.Fragment}\". {context}");
        Assert.Equal("Main", diagnostic.RuleName);
        Assert.Contains(diagnostic.MessageZh, c => c is >= '\u4e00' and <= '\u9fff');
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Hint), context);
        Assert.Contains(diagnostic.HintZh, c => c is >= '\u4e00' and <= '\u9fff');

        // On the expression: from its opening quote to its closing quote, as written in the file.
        var written = RuleSetText.Quote(entry.Expression).Length - 2;
        Assert.Equal(RuleSetText.RuleLine, diagnostic.Line);
        Assert.InRange(diagnostic.Column, RuleSetText.ExpressionColumn - 1, RuleSetText.ExpressionColumn + written);

        // A message never carries an invisible character of the expression into a terminal.
        Assert.DoesNotContain(diagnostic.Format(chinese: false) + diagnostic.Format(chinese: true), c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.LineSeparator);
    }

    [Fact]
    public void TheRuleSetFrame_WithAnInnocentExpression_Loads()
    {
        // The rule-set frame the corpus uses is valid by itself: a refusal comes from the expression alone.
        Assert.Empty(RuleSetText.Validate(RuleSetText.WithExpression(RuleSetText.DefaultExpression)));
    }

    private static IReadOnlyList<Entry> Load()
    {
        var path = RepositoryFiles.PathOf("tests", "DpfDomain.Rules.Tests", "Corpora", "Expressions", "abusive-expressions.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("entries").EnumerateArray().Select(Entry.From)];
    }

    /// <summary>One corpus entry.</summary>
    private sealed record Entry(string Expression, DiagnosticCode Code, string Fragment, string Why)
    {
        /// <summary>Reads an entry: its expression is given whole, or as parts each repeated "times" times.</summary>
        public static Entry From(JsonElement item)
        {
            var expression = item.TryGetProperty("expression", out var whole)
                ? whole.GetString()!
                : string.Concat(item.GetProperty("parts").EnumerateArray().Select(part =>
                    string.Concat(Enumerable.Repeat(part.GetProperty("text").GetString()!, part.TryGetProperty("times", out var times) ? times.GetInt32() : 1))));
            return new Entry(
                expression,
                Enum.Parse<DiagnosticCode>(item.GetProperty("code").GetString()!),
                item.GetProperty("fragment").GetString()!,
                item.GetProperty("why").GetString()!);
        }
    }
}
