using System.Text;
using DpfDomain.Rules.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Rules.Tests.Loading;

/// <summary>Bytes that are not UTF-8 text, escapes that are not text and files that hold no rule set give positioned problems, never exceptions.</summary>
public sealed class HostileBytesTests
{
    [Fact]
    public void RuleSetSavedAsGb18030_IsJsonSyntaxAtTheFirstChineseCharacter_SayingToSaveAsUtf8()
    {
        // Line 4 is '    "Name": { "zh-CN": "测试项目", …': 测 is character 25.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(RuleSetText.Build());

        var diagnostic = Assert.Single(RuleCatalog.Validate([RuleSetSource.FromStream("gbk.ruleset.json", () => new MemoryStream(bytes))]));

        Assert.Equal((DiagnosticCode.JsonSyntax, 4, 25), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains("UTF-8", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoneSurrogateEscape_IsJsonSyntaxAtTheString()
    {
        var json = RuleSetText.Build().Replace("\"Test program\"", "\"Test \\ud800 program\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal((DiagnosticCode.JsonSyntax, 4, 38), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
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

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property ShippedRuleSets_MutatedAtRandomBytes_AreReportedNeverThrown()
    {
        var files = ReferenceCatalog.FileNames.Where(n => n.EndsWith(RuleSetSource.FileSuffix, StringComparison.Ordinal)).ToArray();
        var mutation =
            from file in Gen.Elements(files)
            from count in Gen.Choose(1, 4)
            from positions in Gen.Choose(0, int.MaxValue).ArrayOf(count)
            from values in Gen.Choose(0, 255).ArrayOf(count)
            select (file, positions, values);
        return Prop.ForAll(mutation.ToArbitrary(), m =>
        {
            var bytes = Encoding.UTF8.GetBytes(ReferenceCatalog.Read(m.file));
            for (var i = 0; i < m.positions.Length; i++)
            {
                bytes[m.positions[i] % bytes.Length] = (byte)m.values[i];
            }

            var diagnostics = RuleCatalog.Validate([RuleSetSource.FromStream(m.file, () => new MemoryStream(bytes))]);
            return diagnostics.All(d => d.Line >= 1 && d.Column >= 1);
        });
    }
}
