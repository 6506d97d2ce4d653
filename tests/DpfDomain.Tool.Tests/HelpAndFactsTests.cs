using System.Globalization;
using System.Text.RegularExpressions;
using DpfDomain.Rules.Authoring.Facts;

namespace DpfDomain.Tool.Tests;

/// <summary>
/// The help, usage errors and <c>dpf facts</c> in one language: Chinese under <c>--lang zh-CN</c> or a
/// Chinese UI culture, English otherwise, System.CommandLine's own words included; the UI culture
/// is restored after each run.
/// </summary>
public sealed partial class HelpAndFactsTests
{
    /// <summary>The ASCII words a Chinese help may hold: the names staff type (commands, options, file kinds), never a description.</summary>
    private static readonly HashSet<string> Typed = new(StringComparer.Ordinal)
    {
        "dpf", "validate", "test", "explain", "facts", "init", "diff", "impact", "roll", "status", "output", "xlsx", "csv", "lang", "county", "help", "version", "person", "employer",
        "program", "date", "force", "markdown", "Markdown", "Age", "Headcount", "JSON", "Schema", "Person", "Employer", "example", "json", "ruleset", "cases", "yyyy",
    };

    public static TheoryData<string[]> ChineseHelp => new(
        ["--lang", "zh-CN", "--help"],
        ["--lang", "zh-CN", "-h"],
        ["--lang", "zh-CN", "-?"],
        ["--lang", "zh-CN"],
        ["--lang=zh-CN", "validate", "--help"],
        ["test", "-h", "--lang", "zh-CN"],
        ["explain", "-?", "--lang", "zh-CN"],
        ["facts", "--help", "--lang", "zh-CN"],
        ["init", "--help", "--lang", "zh-CN"]);

    [Theory]
    [MemberData(nameof(ChineseHelp))]
    public void Help_InChinese_HasChineseHeadingsAndNoEnglishDescription(string[] args)
    {
        var (code, output, error) = DpfCommandTests.Dpf(args);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("说明：", output, StringComparison.Ordinal);
        Assert.Contains("用法：", output, StringComparison.Ordinal);
        Assert.Contains("选项：", output, StringComparison.Ordinal);
        Assert.Contains("-?, -h, --help", output, StringComparison.Ordinal);
        Assert.Contains("显示本帮助。", output, StringComparison.Ordinal);
        Assert.Empty(AsciiWords().Matches(output).Select(m => m.Value).Where(word => !Typed.Contains(word)).Distinct());
    }

    [Fact]
    public void Help_OfExplainInChinese_NamesItsArgumentAndOptionsInChinese()
    {
        var (_, output, _) = DpfCommandTests.Dpf("explain", "--help", "--lang", "zh-CN");

        Assert.Contains("  dpf explain <文件夹> [选项]", output, StringComparison.Ordinal);
        Assert.Contains("  --date <日期>      评估日期，写作 yyyy-MM-dd，默认为今天（北京时间）。", output, StringComparison.Ordinal);
        Assert.Contains("  <文件夹>  规则集所在的文件夹。", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_WithEnOnAChineseMachine_IsInEnglishOnly_AndTheCultureIsRestored()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

            var (code, output, _) = DpfCommandTests.Dpf("--lang", "en", "--help");

            Assert.Equal(0, code);
            Assert.Equal("zh-CN", CultureInfo.CurrentUICulture.Name);
            Assert.Contains("Usage:", output, StringComparison.Ordinal);
            Assert.Contains("Options:", output, StringComparison.Ordinal);
            Assert.Contains("Commands:", output, StringComparison.Ordinal);
            Assert.Contains("  -?, -h, --help     Show this help.", output, StringComparison.Ordinal);
            Assert.DoesNotMatch(Chinese(), output);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Help_OnAChineseMachineWithoutLang_IsInChinese_AndTheCultureIsRestored()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

            var (code, output, _) = DpfCommandTests.Dpf("--help");

            Assert.Equal(0, code);
            Assert.Equal("zh-CN", CultureInfo.CurrentUICulture.Name);
            Assert.Contains("用法：", output, StringComparison.Ordinal);
            Assert.Contains("命令：", output, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Run_InChinese_LeavesTheCallersUiCultureAsItWas()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en-GB");

            DpfCommandTests.Dpf("--lang", "zh-CN", "--help");
            var afterHelp = CultureInfo.CurrentUICulture.Name;
            DpfCommandTests.Dpf("validate", "--lang", "zh-CN");
            var afterError = CultureInfo.CurrentUICulture.Name;

            Assert.Equal("en-GB", afterHelp);
            Assert.Equal("en-GB", afterError);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Dpf_WithoutArguments_ShowsTheHelp()
    {
        var (code, output, error) = DpfCommandTests.Dpf("--lang", "en");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("  dpf [command] [options]", output, StringComparison.Ordinal);
        Assert.Contains("  facts <word>                      List every fact a rule expression can use", output, StringComparison.Ordinal);
    }

    public static TheoryData<string[], string, string> UsageErrors => new()
    {
        { ["validate"], "命令 validate 缺少必需的参数（如文件夹）：写法见 dpf validate --help。", "Required argument missing for command: 'validate'." },
        { ["valdate", "rules"], "无法识别“valdate”：没有这个命令或选项，或多写了一个值。\n无法识别“rules”：没有这个命令或选项，或多写了一个值。", "Unrecognized command or argument 'valdate'.\nUnrecognized command or argument 'rules'." },
        { ["explain", "rules", "--date"], "选项 --date 后面缺少取值：请在 --date 后面写上它的值。", "Required argument missing for option: '--date'." },
        { ["init", "rules", "--force", "maybe"], "无法识别“maybe”：没有这个命令或选项，或多写了一个值。", "Unrecognized command or argument 'maybe'." },
        { ["--version", "validate"], "--version 不能与其他参数一起使用。", "--version option cannot be combined with other arguments." },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void UsageError_IsSaidInTheChosenLanguageOnly(string[] args, string chinese, string english)
    {
        var (codeZh, _, errorZh) = DpfCommandTests.Dpf(["--lang", "zh-CN", .. args]);
        var (codeEn, _, errorEn) = DpfCommandTests.Dpf(["--lang", "en", .. args]);

        Assert.Equal(2, codeZh);
        Assert.Equal(chinese + "\n用法见 dpf --help。\n", errorZh.ReplaceLineEndings("\n"));
        Assert.Equal(2, codeEn);
        Assert.Equal(english + "\nRun dpf --help for usage.\n", errorEn.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Facts_InChinese_ListsEveryFactWithItsTypeAndMeaning()
    {
        var (code, output, _) = DpfCommandTests.Dpf("facts", "--lang", "zh-CN");

        Assert.Equal(0, code);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("人员事实：表达式中写作 Person.<名称>，例如 Person.Age >= 16", lines[0]);
        var employers = Array.IndexOf(lines, "用人单位事实（就业保障金）：表达式中写作 Employer.<名称>，例如 Employer.Headcount");
        Assert.True(employers > 0);
        foreach (var (fact, from) in FactsReference.PersonFacts.Select(f => (f, 0)).Concat(FactsReference.EmployerFacts.Select(f => (f, employers))))
        {
            var at = Array.IndexOf(lines, $"  {fact.Name}（{fact.TypeNameZh}）", from);
            Assert.True(at > 0, fact.Name);
            Assert.Equal($"      {fact.MeaningZh}", lines[at + 1]);
        }

        Assert.Contains($"共 {FactsReference.PersonFacts.Count + FactsReference.EmployerFacts.Count} 个事实。事实按评估日期计算，不含身份证号码或姓名。", lines);
        Assert.DoesNotContain("|", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_InEnglish_ListsEveryFactInEnglish()
    {
        var (code, output, _) = DpfCommandTests.Dpf("facts", "--lang", "en");

        Assert.Equal(0, code);
        Assert.Contains("  Age  (whole number)\n      Age in completed years on the evaluation date", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  IsMale  (yes/no (true/false))", output, StringComparison.Ordinal);
        Assert.Contains($"{FactsReference.PersonFacts.Count + FactsReference.EmployerFacts.Count} facts. Facts are computed for the evaluation date and hold no identity number or name.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_AChineseWord_ListsOnlyTheFactsWhoseMeaningHoldsIt()
    {
        var (code, output, _) = DpfCommandTests.Dpf("facts", "年龄", "--lang", "zh-CN");

        Assert.Equal(0, code);
        Assert.Equal(
            "人员事实：表达式中写作 Person.<名称>，例如 Person.Age >= 16\n\n  Age（整数）\n      评估日的周岁年龄（生日当天满周岁；2月29日出生者在平年的2月28日满周岁）\n\n名称或含义中含有“年龄”的事实共 1 个。\n",
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Facts_AName_ListsOnlyTheFactsThatHoldIt()
    {
        var (code, output, _) = DpfCommandTests.Dpf("facts", "headcount", "--lang", "en");

        Assert.Equal(0, code);
        Assert.Equal(
            "Employer facts (the levy): written Employer.<name>, e.g. Employer.Headcount\n\n  Headcount  (number)\n      Prior-year average number of employees (need not be whole).\n\n1 fact(s) whose name or meaning contains \"headcount\".\n",
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Facts_AWordNoFactHolds_SaysSoAndExitsOne()
    {
        var (code, output, _) = DpfCommandTests.Dpf("facts", "户口本", "--lang", "zh-CN");

        Assert.Equal(1, code);
        Assert.Equal("没有名称或含义中含有“户口本”的事实。运行 dpf facts 可查看全部事实。\n", output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("zh-CN", "facts-reference.zh-CN.md")]
    [InlineData("en", "facts-reference.md")]
    public void Facts_Markdown_IsTheCommittedReferencePage(string language, string page)
    {
        var (code, output, _) = DpfCommandTests.Dpf("facts", "--markdown", "--lang", language);

        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(Path.Combine(DpfCommandTests.RepositoryRoot(), "docs", page)).ReplaceLineEndings("\n"), output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Facts_MarkdownWithAWord_IsAUsageError()
    {
        var (code, _, error) = DpfCommandTests.Dpf("facts", "Age", "--markdown", "--lang", "zh-CN");

        Assert.Equal(2, code);
        Assert.Equal("--markdown 输出完整的参考表：请去掉“Age”，或去掉 --markdown 只看匹配的事实。\n", error.ReplaceLineEndings("\n"));
    }

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex AsciiWords();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
