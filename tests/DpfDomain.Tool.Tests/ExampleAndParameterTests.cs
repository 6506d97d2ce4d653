using System.Text.RegularExpressions;

namespace DpfDomain.Tool.Tests;

/// <summary>
/// <c>dpf init</c> writes an example person and employer file that <c>dpf explain</c> takes as they
/// are; <c>dpf explain</c> shows the rule-set version, the evaluation date and the parameter values
/// the amounts were computed from, with the dates they hold from.
/// </summary>
public sealed partial class ExampleAndParameterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dpf-examples-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Init_WritesTheExampleFiles_AndSaysHowToTryThem()
    {
        var (code, output, _) = DpfCommandTests.Dpf("init", _folder, "--lang", "zh-CN");

        var person = Path.Combine(_folder, "example.person.json");
        var employer = Path.Combine(_folder, "example.employer.json");
        Assert.Equal(0, code);
        Assert.True(File.Exists(person));
        Assert.True(File.Exists(employer));
        Assert.EndsWith(
            $"可用示例文件试一试（人员“王某某”和一家用人单位；修改其中的内容即可试别的情况）：\n  dpf explain {_folder} --person {person} --date 2019-06-30\n  dpf explain {_folder} --employer {employer} --date 2019-06-30\n",
            output.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Init_AnExampleFileAlreadyThere_IsCountedAndNotOverwrittenWithoutForce()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "example.employer.json"), "mine");

        var (code, _, error) = DpfCommandTests.Dpf("init", _folder);
        var (forced, _, _) = DpfCommandTests.Dpf("init", _folder, "--force");

        Assert.Equal(1, code);
        Assert.Equal($"1 file(s) already exist in {_folder}, e.g. example.employer.json; nothing was written. Use --force to overwrite them.\n", error.ReplaceLineEndings("\n"));
        Assert.Equal(0, forced);
        Assert.Contains("\"Kind\": \"Enterprise\"", File.ReadAllText(Path.Combine(_folder, "example.employer.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "王**（340123********1319）于 2019-06-30：", "P1 贫困精神残疾人服药补助（民生工程） [2019.1]")]
    [InlineData("en", "Person 340123********1319 王** on 2019-06-30:", "P8 Nursing subsidy for people with severe disabilities (one of the two subsidies) [2016.1]")]
    public void Explain_TheExamplePerson_WorksAsWrittenAndIsMasked(string language, string heading, string program)
    {
        DpfCommandTests.Dpf("init", _folder);

        var (code, output, error) = DpfCommandTests.Dpf("explain", _folder, "--person", Path.Combine(_folder, "example.person.json"), "--date", "2019-06-30", "--lang", language);

        Assert.True(code == 0, error);
        Assert.StartsWith(heading, output, StringComparison.Ordinal);
        Assert.Contains(program, output, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(output, language == "en" ? "  Eligible\\." : "  符合条件。"));
        Assert.DoesNotContain("王某某", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(FullIdNumber(), output);
    }

    [Fact]
    public void Explain_TheExampleEmployer_OwesTheLevy()
    {
        DpfCommandTests.Dpf("init", _folder);

        var (code, output, _) = DpfCommandTests.Dpf("explain", _folder, "--employer", Path.Combine(_folder, "example.employer.json"), "--date", "2019-06-30", "--lang", "en");

        Assert.Equal(0, code);
        Assert.Contains("    Levy due: ¥30,000.00 per year", output, StringComparison.Ordinal);
        Assert.Contains("    WageCapMultiple = 2 (from 2018-04-01) — ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", """

        P1 Medication subsidy for people with mental disabilities in poverty [2019.1]
          Rule set 2019.1, in force from 2019-01-01 (no end date); evaluated on 2019-06-30.
          Eligible.
            Medication subsidy: ¥1,000.00 per year
          Parameter values used (in force on 2019-06-30):
            AmountPerYear = 1,000 yuan per year (from 2019-01-01) — Subsidy per person per year, in yuan
            IncludeDibaoMarginal = no (from 2019-01-01, a local reference value) — Whether households just above the 低保 line (低保边缘) count as poor (an extension, off in the reference catalog)

        """)]
    [InlineData("zh-CN", """

        P1 贫困精神残疾人服药补助（民生工程） [2019.1]
          规则集版本 2019.1，自 2019-01-01 起施行（未设截止日期）；评估日期 2019-06-30。
          符合条件。
            服药补助: ¥1,000.00 每年
          所用参数取值（2019-06-30 适用）：
            AmountPerYear = 1,000 元/年（自 2019-01-01 起）——每人每年补助标准（元）
            IncludeDibaoMarginal = 否（自 2019-01-01 起，地方参考值）——是否将低保边缘家庭纳入困难家庭（扩面政策，参考目录默认关闭）

        """)]
    public void Explain_P1_ShowsTheVersionTheDateAndTheParameterValuesUsed(string language, string expected)
    {
        DpfCommandTests.Dpf("init", _folder);
        var person = Path.Combine(DpfCommandTests.RepositoryRoot(), "docs", "examples", "persons", "P1.person.json");

        var (code, output, _) = DpfCommandTests.Dpf("explain", _folder, "--person", person, "--program", "P1", "--date", "2019-06-30", "--lang", language);

        Assert.Equal(0, code);
        var text = output.ReplaceLineEndings("\n");
        Assert.Equal(expected.ReplaceLineEndings("\n"), text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
    }

    [Theory]
    [InlineData("2019-12-31", "¥1,000.00 per year", "AmountPerYear = 1,000 yuan per year (from 2019-01-01)")]
    [InlineData("2020-01-01", "¥1,200.00 per year", "AmountPerYear = 1,200 yuan per year (from 2020-01-01)")]
    public void Explain_AfterANewDatedValue_ShowsTheValueTheAmountWasComputedFrom(string date, string amount, string parameter)
    {
        DpfCommandTests.Dpf("init", _folder);
        var file = Path.Combine(_folder, "P1.ruleset.json");
        var text = File.ReadAllText(file);
        var first = """
                  "From": "2019-01-01",
                  "Value": 1000,
        """;
        var at = text.IndexOf(first, StringComparison.Ordinal);
        var end = text.IndexOf('}', at) + 1;
        File.WriteAllText(file, text.Insert(end, """
        ,
                {
                  "From": "2020-01-01",
                  "Value": 1200,
                  "Reference": "A county decision raising the subsidy"
                }
        """));
        var person = Path.Combine(DpfCommandTests.RepositoryRoot(), "docs", "examples", "persons", "P1.person.json");

        var (code, output, error) = DpfCommandTests.Dpf("explain", _folder, "--person", person, "--program", "P1", "--date", date, "--lang", "en");

        Assert.True(code == 0, error + output);
        Assert.Contains($"    Medication subsidy: {amount}", output, StringComparison.Ordinal);
        Assert.Contains($"    {parameter} — Subsidy per person per year, in yuan", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedCases_AreNamedInChinese_AndAllRunAndPass()
    {
        DpfCommandTests.Dpf("init", _folder);
        var names = Rules.Authoring.Cases.CaseRunner.FindCaseFiles(_folder).SelectMany(file => Rules.Authoring.Cases.CaseRunner.Read(file).Cases.Select(c => c.Name)).ToList();

        var (code, output, _) = DpfCommandTests.Dpf("test", _folder, "--lang", "zh-CN");

        Assert.Equal(187, names.Count);
        Assert.All(names, name => Assert.Matches(ChineseCharacter(), name));
        Assert.All(names, name => Assert.DoesNotMatch(EnglishWord(), name.Replace("Subject", string.Empty, StringComparison.Ordinal)));
        Assert.Equal(0, code);
        Assert.EndsWith("通过 187 个，失败 0 个。\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    /// <summary>A lower-case English word of three letters or more (rule names such as HearingDisability, which staff see in the output, are kept).</summary>
    [GeneratedRegex("(?<![A-Za-z])[a-z]{3,}")]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseCharacter();

    [GeneratedRegex("[0-9]{17}[0-9X]")]
    private static partial Regex FullIdNumber();
}
