using System.Text;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;
using DpfDomain.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Rules.Tests.Loading;

/// <summary>Bytes that are not UTF-8 text, escapes that are not text and files that hold no rule set give positioned problems, never exceptions.</summary>
public sealed class HostileBytesTests
{
    [Fact]
    public void RuleSetSavedAsGb18030_IsReadLikeItsUtf8Twin()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(RuleSetText.Build());

        Assert.Empty(RuleCatalog.Validate([RuleSetSource.FromStream("gbk.ruleset.json", () => new MemoryStream(bytes))]));
    }

    [Fact]
    public void LoneSurrogateEscape_IsJsonSyntaxAtTheString()
    {
        var json = RuleSetText.Build().Replace("\"Test program\"", "\"Test \\ud800 program\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal((DiagnosticCode.JsonSyntax, 4, 38), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void EndlessOrHugeSource_IsReportedAfterTheSizeLimitNotReadToTheEnd()
    {
        var diagnostic = Assert.Single(RuleCatalog.Validate([RuleSetSource.FromStream("zero.ruleset.json", () => new EndlessStream())]));

        Assert.Equal(DiagnosticCode.Unreadable, diagnostic.Code);
        Assert.Contains("4 MB", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("4 MB", diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("-0001-01-01")]
    [InlineData("2019-01-01\\u0000")]
    [InlineData("1799-12-31")]
    [InlineData("2200-01-01")]
    public void ImplausibleDates_AreInvalidDatesAtTheValue(string date)
    {
        var json = RuleSetText.Build().Replace("\"EffectiveFrom\": \"2019-01-01\"", $"\"EffectiveFrom\": \"{date}\"", StringComparison.Ordinal);

        var diagnostics = RuleSetText.Validate(json);

        Assert.Contains(diagnostics, d => (d.Code, d.Line, d.Column) == (DiagnosticCode.InvalidDate, 7, 22));
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains('\0', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(99999)]
    [InlineData(-1)]
    public void QuotaYearOutsideTheCalendar_IsAnInvalidValue(int year)
    {
        var json = RuleSetText.Build().Replace("\"EffectiveFrom\": \"2019-01-01\"", $"\"EffectiveFrom\": \"2019-01-01\", \"Quotas\": [ {{ \"Year\": {year}, \"Count\": 10 }} ]", StringComparison.Ordinal);

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal((DiagnosticCode.InvalidValue, 7), (diagnostic.Code, diagnostic.Line));
        Assert.Contains("2199", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeParameterValue_IsAnInvalidValueAtTheValue()
    {
        var json = RuleSetText.Build().Replace("\"Value\": 1000,", "\"Value\": -1000,", StringComparison.Ordinal);

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal((DiagnosticCode.InvalidValue, 10), (diagnostic.Code, diagnostic.Line));
        Assert.Contains("AmountPerYear", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleNamesDifferingOnlyInCase_AreDuplicates()
    {
        var json = RuleSetText.Build(rules: RuleSetText.Rule("Person.CertificateValid", "Main") + ",\n" + RuleSetText.Rule("Person.IsRural", "main"));

        Assert.Contains(RuleSetText.Validate(json), d => d.Code == DiagnosticCode.DuplicateRuleName);
    }

    [Theory]
    [InlineData("Main\u202E")]
    [InlineData("Ma\u0000in")]
    [InlineData("\uFEFFMain")]
    [InlineData(" Main")]
    public void RuleNameWithInvisibleOrControlCharacters_IsAnInvalidName(string name)
    {
        var json = RuleSetText.Build(rules: RuleSetText.Rule("Person.CertificateValid", name));

        var diagnostic = Assert.Single(RuleSetText.Validate(json), d => d.Code == DiagnosticCode.InvalidName);

        Assert.DoesNotContain(diagnostic.Message, c => c is '\u202E' or '\u0000' or '\uFEFF');
    }

    [Fact]
    public void RuleNameOfAMegabyte_IsAnInvalidNameWithAShortMessage()
    {
        var json = RuleSetText.Build(rules: RuleSetText.Rule("Person.CertificateValid", new string('x', 1 << 20)));

        var diagnostic = Assert.Single(RuleSetText.Validate(json), d => d.Code == DiagnosticCode.InvalidName);

        Assert.True(diagnostic.Message.Length < 400, $"The message has {diagnostic.Message.Length} characters.");
    }

    [Theory]
    [InlineData("Person")]
    [InlineData("Parameters")]
    public void ScopedParamHoldingAWholeObject_IsAnExpressionTypeProblem(string expression)
    {
        var rule = $$"""      { "RuleName": "Main", "LocalParams": [ { "Name": "whole", "Expression": "{{expression}}" } ], "Expression": "Person.Dibao", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""";

        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.Build(rules: rule)));

        Assert.Equal((DiagnosticCode.ExpressionType, RuleSetText.RuleLine), (diagnostic.Code, diagnostic.Line));
        Assert.Contains("whole object", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Unit\": \"YuanPerYear\"", "\"Unit\": \"{0}\"")]
    [InlineData("\"Unit\": \"YuanPerYear\"", "\"Unit\": \"YuanPerYear\", \"{0}\": 1")]
    public void UnknownWordOrKeyOfAMegabyte_IsEchoedCutAndEscaped(string original, string replacement)
    {
        var json = RuleSetText.Build().Replace(original, string.Format(System.Globalization.CultureInfo.InvariantCulture, replacement, "\u202E" + new string('x', 1 << 20)), StringComparison.Ordinal);

        var diagnostic = Assert.Single(RuleSetText.Validate(json), d => d.Code is DiagnosticCode.InvalidValue or DiagnosticCode.UnknownKey);

        Assert.True(diagnostic.Message.Length < 400, $"The message has {diagnostic.Message.Length} characters.");
        Assert.DoesNotContain('\u202E', diagnostic.Message + diagnostic.MessageZh);
    }

    [Fact]
    public void FileHoldingJustNull_IsAProblemNotAVanishedProgram()
    {
        var diagnostic = Assert.Single(RuleSetText.Validate("null"));

        Assert.Equal(DiagnosticCode.WrongType, diagnostic.Code);
        Assert.Throws<RuleSetLoadException>(() => RuleSetText.Load("null"));
    }

    [Fact]
    public void PersonFileWithBytesThatAreNotUtf8_IsACaseInputException()
    {
        var path = Path.Combine(Path.GetTempPath(), $"person-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllBytes(path, [.. "{ \"Household\": { \"County\": \""u8.ToArray(), 0xFF, 0xFE, .. "\" } }"u8.ToArray()]);

            var error = Assert.Throws<CaseInputException>(() => CaseRunner.ReadPerson(path));

            Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("9999-12-31", "9999-12-31")]
    [InlineData("340123197503140123", "340123********0123")]
    public void PersonFileWithAnImpossibleIssueDate_NamesTheFieldAndMasksAnIdNumberTypedIntoIt(string typed, string shown)
    {
        var path = Path.Combine(Path.GetTempPath(), $"person-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", "persons", "P1.person.json")).Replace("\"IssuedOn\": \"2015-03-15\"", $"\"IssuedOn\": \"{typed}\"", StringComparison.Ordinal));

            var error = Assert.Throws<CaseInputException>(() => PersonInputMapper.ToDomain(CaseRunner.ReadPerson(path)));

            Assert.Contains("IssuedOn", error.Message, StringComparison.Ordinal);
            Assert.Contains(shown, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("340123197503140123", error.Message + error.MessageZh, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CaseWithAParameterBeyondDecimal_IsAnInvalidCaseNotACrash()
    {
        var path = Path.Combine(Path.GetTempPath(), $"P7-{Guid.NewGuid():N}.cases.json");
        try
        {
            var text = ReferenceCatalog.Read("P7.cases.json").Replace("\"IncludeDibaoMarginal\": true", "\"IncludeDibaoMarginal\": true, \"AmountPerMonth\": 1e400", StringComparison.Ordinal);
            File.WriteAllText(path, text);

            var results = CaseRunner.Run(ReferenceCatalog.Load(), DpfDomain.Identity.DivisionCode.Parse("340123"), CaseRunner.Read(path), "P7.cases.json");

            Assert.Contains(results, r => r.Differences.Any(d => d.Contains("too large", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const long MaximumAllocatedPerMutant = 64L * 1024 * 1024;

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property ShippedRuleSets_MutatedAtRandomBytes_AreReportedNeverThrown()
    {
        var files = ReferenceCatalog.FileNames.Where(n => n.EndsWith(RuleSetSource.FileSuffix, StringComparison.Ordinal)).ToArray();
        var mutation =
            from file in Gen.Elements(files)
            from mutations in ByteMutation.Several
            select (file, mutations);
        return Prop.ForAll(mutation.ToArbitrary(), m =>
        {
            var bytes = ByteMutation.ApplyAll(Encoding.UTF8.GetBytes(ReferenceCatalog.Read(m.file)), m.mutations);
            IReadOnlyList<RuleDiagnostic> diagnostics = [];
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var thrown = Record.Exception(() => diagnostics = RuleCatalog.Validate([RuleSetSource.FromStream(m.file, () => new MemoryStream(bytes))]));
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

            // Memory is bounded too: a shipped file is a few kilobytes, and no mutant may cost more than a few of its loads.
            return (thrown is null && allocated < MaximumAllocatedPerMutant && diagnostics.All(d => d.Line >= 1 && d.Column >= 1 && d.Message.Length > 0 && d.MessageZh.Length > 0))
                .Label($"{m.file} {string.Join(", ", m.mutations.Select(x => x.ToString()))}: {thrown}; {allocated / (1024 * 1024)} MB allocated");
        });
    }

    /// <summary>A stream of zeros without end, like a link to /dev/zero.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
