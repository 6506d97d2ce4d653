using System.Globalization;
using System.Text.RegularExpressions;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Rules.Tests.Loading;

/// <summary>
/// Whatever field a value was typed into, a problem report never shows an identity number in
/// full, never passes on control or bidi characters, and never grows with the value.
/// </summary>
public sealed partial class EchoHygieneTests
{
    private const string Id = "340123197505201319";

    [Theory]
    [InlineData("program id", "\"Id\": \"P1\"", "\"Id\": \"" + Id + "\"")]
    [InlineData("parameter name", "\"Name\": \"MinAge\"", "\"Name\": \"" + Id + "\"")]
    [InlineData("unit", "\"Unit\": \"Years\"", "\"Unit\": \"" + Id + "\"")]
    [InlineData("benefit id", "\"Id\": \"Subsidy\"", "\"Id\": \"" + Id + "\"")]
    [InlineData("unknown key", "\"WorkflowName\": \"P1\",", "\"WorkflowName\": \"P1\", \"" + Id + "\": 1,")]
    [InlineData("operator", "\"Expression\": \"Person.CertificateValid\"", "\"Operator\": \"" + Id + "\", \"Rules\": [ { \"RuleName\": \"A\", \"Expression\": \"true\", \"ErrorMessage\": \"x\", \"Properties\": { \"ErrorMessageZh\": \"x\" } } ]")]
    [InlineData("rule expression type", "\"Expression\": \"Person.CertificateValid\"", "\"Expression\": \"Person.CertificateValid\", \"RuleExpressionType\": \"" + Id + "\"")]
    [InlineData("NUL and U+202E in a key", "\"WorkflowName\": \"P1\",", "\"WorkflowName\": \"P1\", \"Ru\\u0000le\\u202Ex\": 1,")]
    public void AnIdentityNumberOrControlCharacter_TypedIntoAnyField_IsNeverEchoedRaw(string field, string from, string to)
    {
        var json = RuleSetText.Build().Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(RuleSetText.Build(), json);

        var problems = RuleSetText.Validate(json);

        Assert.NotEmpty(problems);
        foreach (var text in problems.SelectMany(p => new[] { p.Format(chinese: false), p.Format(chinese: true) }))
        {
            Assert.DoesNotContain(Id, text, StringComparison.Ordinal);
            Assert.DoesNotContain(text, c => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format);
        }

        Assert.True(problems.Any(p => p.Message.Contains("340123", StringComparison.Ordinal) || p.Message.Contains("\\u202E", StringComparison.Ordinal)), $"{field}: the value is shown masked or escaped, not dropped: {string.Join(" / ", problems)}");
    }

    [Fact]
    public void AMegabyteEnumValueOrKey_IsCutInTheReport()
    {
        var huge = new string('x', 1_000_000);
        foreach (var json in new[] { RuleSetText.Build().Replace("\"Unit\": \"Years\"", $"\"Unit\": \"{huge}\"", StringComparison.Ordinal), RuleSetText.Build().Replace("\"WorkflowName\": \"P1\",", $"\"WorkflowName\": \"P1\", \"{huge}\": 1,", StringComparison.Ordinal) })
        {
            var problems = RuleSetText.Validate(json);

            Assert.NotEmpty(problems);
            Assert.All(problems, p => Assert.True(p.Format(chinese: false).Length < 2 * DiagnosticText.MaximumLength, "too long"));
        }
    }

    [Fact]
    public void ACaseDate_HoldingAnIdentityNumber_IsMasked()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dpf-echo-{Guid.NewGuid():N}.cases.json");
        File.WriteAllText(path, $$"""{ "Program": "P1", "Cases": [ { "Name": "c", "Date": "{{Id}}", "Person": { "Household": { "County": "340123", "Registration": "Rural", "Members": [] } }, "Expected": { "Outcome": "Eligible" } } ] }""");
        try
        {
            var file = CaseRunner.Read(path);
            var results = CaseRunner.Run(DpfDomain.Rules.Catalog.ReferenceCatalog.Load(), DpfDomain.Identity.DivisionCode.Parse("340123"), file, path);

            var text = string.Join("\n", results.Select(r => r.ToString()));
            Assert.DoesNotContain(Id, text, StringComparison.Ordinal);
            Assert.Contains("340123", text, StringComparison.Ordinal);
        }
        catch (CaseInputException exception)
        {
            Assert.DoesNotContain(Id, exception.Message + exception.MessageZh, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AGuidInATemporaryFolderName_IsNotTakenForAnIdentityNumber_AndFilePathsStayFindable()
    {
        const string Path = "rules-c11ac293916549388665fc03b18d0ef1/P2.ruleset.json";

        Assert.Equal(Path, DiagnosticText.Clean(Path));
        Assert.Equal($"{Path}:1:1: DPF100", DiagnosticText.Clean($"{Path}:1:1: DPF100"));
        Assert.Equal("\"340123********1319\"", DiagnosticText.Clean($"\"{Id}\""));
        Assert.Equal($"people/{Id}.person.json", DiagnosticText.Clean($"people/{Id}.person.json", maskIdentityNumbers: false));
    }

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property CleanedText_HidesEveryIdentityNumber_AndEveryInvisibleCharacter_AndIsBounded()
    {
        string[] ids = [Id, "34012319750520131X", "340123750520131"];
        var pieces = Gen.OneOf(
            Gen.Elements("规则", "Rule ", " at line 17", "\u202E", "\u0000", "\u200B", "\n", "1", "12345", "3401\u200B23197505201319", "c11ac293916549388665fc03b18d0ef1"),
            Gen.Elements(ids),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty));
        // Pieces are joined as text is written: an identity number stands between spaces or punctuation.
        var separators = Gen.Elements(" ", "：", "\"", "“", ",", "=", "\n", "Rule ");
        var texts = Gen.ListOf(pieces.SelectMany(piece => separators, (piece, separator) => separator + piece)).Select(string.Concat);
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var cleaned = DiagnosticText.Clean(text);
            // Every run of 15 or more digits the text holds, read past invisible characters typed between them.
            var runs = LongDigitRuns().Matches(string.Concat(text.Where(c => char.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format)))).Select(m => m.Value).Where(run => !GuidPiece.Contains(run, StringComparison.Ordinal));
            return (ids.All(id => !cleaned.Contains(id, StringComparison.Ordinal))
                    && runs.All(run => !cleaned.Contains(run, StringComparison.Ordinal))
                    && !cleaned.Any(c => c != '\n' && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format)
                    && cleaned.Length <= DiagnosticText.MaximumLength + 1)
                .Label($"{text} → {cleaned}");
        });
    }

    private const string GuidPiece = "c11ac293916549388665fc03b18d0ef1";

    [GeneratedRegex("[0-9]{15,}")]
    private static partial Regex LongDigitRuns();
}
