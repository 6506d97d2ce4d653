using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Loading;

/// <summary>
/// The corpus of malformed rule sets (<c>Corpora/RuleSets</c>): one file per kind of mistake,
/// each loaded through the public loader from disk, with the problems it must give listed in
/// <c>expected.json</c>. A file whose problem is reported differently, elsewhere or not at all,
/// or that makes the loader throw, fails here.
/// </summary>
public sealed partial class RuleSetCorpusTests
{
    /// <summary>The fewest files the corpus may have; it only grows.</summary>
    private const int MinimumSize = 80;

    private static readonly string Folder = RepositoryFiles.PathOf("tests", "DpfDomain.Rules.Tests", "Corpora", "RuleSets");

    private static readonly IReadOnlyDictionary<string, Expectation> Manifest = ReadManifest();

    public static TheoryData<string> Files => new(Manifest.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void MalformedRuleSet_IsReportedAtItsFirstProblem_InBothLanguages_NeverThrown(string file)
    {
        var expected = Manifest[file];
        var path = Path.Combine(Folder, file);
        IReadOnlyList<RuleDiagnostic> diagnostics = [];

        var thrown = Record.Exception(() => diagnostics = RuleCatalog.Validate([RuleSetSource.FromFile(path)]));

        Assert.Null(thrown);
        Assert.NotEmpty(diagnostics);
        var first = diagnostics[0];
        Assert.Equal((expected.Codes[0], expected.Line, expected.Column), (first.Code, first.Line, first.Column));
        Assert.All(expected.Codes, code => Assert.Contains(diagnostics, d => d.Code == code));
        Assert.Contains(expected.Says ?? string.Empty, first.Message, StringComparison.Ordinal);
        Assert.Contains(expected.SaysZh ?? string.Empty, first.MessageZh, StringComparison.Ordinal);
        Assert.All(diagnostics, d =>
        {
            Assert.Equal(path, d.File);
            Assert.False(string.IsNullOrWhiteSpace(d.Message), "The English message is empty.");
            Assert.False(string.IsNullOrWhiteSpace(d.Hint), "The English fix is empty.");
            Assert.Matches(ChineseCharacter(), d.MessageZh);
            Assert.False(string.IsNullOrWhiteSpace(d.HintZh), "The Chinese fix is empty.");
            var texts = d.Message + d.MessageZh + d.Hint + d.HintZh;
            Assert.DoesNotContain(texts, IsInvisible);
            Assert.DoesNotMatch(IdentityNumber(), texts);
        });
    }

    [Fact]
    public void Corpus_HasAtLeast80Files_AndEveryFileHasAnEntryAndEveryEntryAFile()
    {
        var onDisk = Directory.EnumerateFiles(Folder).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not ("expected.json" or ".gitattributes" or ".editorconfig"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(onDisk.Count >= MinimumSize, $"The corpus has {onDisk.Count} files; it must keep at least {MinimumSize}.");
        Assert.Equal(onDisk, Manifest.Keys.Order(StringComparer.Ordinal));
        Assert.All(onDisk, name => Assert.EndsWith(RuleSetSource.FileSuffix, name, StringComparison.Ordinal));
    }

    [Fact]
    public void Corpus_CoversTheDocumentShapeAndExpressionStages()
    {
        var codes = Manifest.Values.SelectMany(e => e.Codes).ToHashSet();

        Assert.Superset(
            new HashSet<DiagnosticCode>
            {
                DiagnosticCode.JsonSyntax, DiagnosticCode.UnknownKey, DiagnosticCode.MissingKey, DiagnosticCode.WrongType,
                DiagnosticCode.DuplicateKey, DiagnosticCode.InvalidValue, DiagnosticCode.InvalidDate, DiagnosticCode.DuplicateRuleName,
                DiagnosticCode.DuplicateName, DiagnosticCode.ParameterHasNoValueOnStart, DiagnosticCode.ParameterValuesOutOfOrder,
                DiagnosticCode.ParameterValueKind, DiagnosticCode.MissingReason, DiagnosticCode.InvalidRuleShape,
                DiagnosticCode.ExpressionSyntax, DiagnosticCode.UnknownName, DiagnosticCode.ExpressionType,
                DiagnosticCode.SandboxViolation, DiagnosticCode.ExpressionTooLarge, DiagnosticCode.AmountType, DiagnosticCode.InvalidName,
            },
            codes);
    }

    private static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;

    private static Dictionary<string, Expectation> ReadManifest()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));
        return document.RootElement.GetProperty("files").EnumerateObject().ToDictionary(
            entry => entry.Name,
            entry =>
            {
                var at = entry.Value.GetProperty("at").GetString()!.Split(':');
                return new Expectation(
                    [.. entry.Value.GetProperty("codes").EnumerateArray().Select(c => Enum.Parse<DiagnosticCode>(c.GetString()!))],
                    int.Parse(at[0], CultureInfo.InvariantCulture),
                    int.Parse(at[1], CultureInfo.InvariantCulture),
                    entry.Value.TryGetProperty("says", out var says) ? says.GetString() : null,
                    entry.Value.TryGetProperty("saysZh", out var saysZh) ? saysZh.GetString() : null);
            },
            StringComparer.Ordinal);
    }

    [GeneratedRegex("[\u4e00-\u9fff]")]
    private static partial Regex ChineseCharacter();

    [GeneratedRegex("[0-9]{17}[0-9Xx]")]
    private static partial Regex IdentityNumber();

    /// <summary>What one corpus file must give: its codes (the first one's is listed first) and where the first problem is.</summary>
    private sealed record Expectation(IReadOnlyList<DiagnosticCode> Codes, int Line, int Column, string? Says, string? SaysZh);
}
