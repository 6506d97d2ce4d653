using System.Text.RegularExpressions;

namespace DpfDomain.Tool.Tests;

/// <summary>End-to-end tests of each dpf command: exit codes and the key output, on a freshly written reference catalog.</summary>
public sealed class DpfCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dpf-tests-" + Guid.NewGuid().ToString("N"));

    public DpfCommandTests()
    {
        var (code, _, _) = Dpf("init", _folder);
        Assert.Equal(0, code);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Init_WritesTheCatalogCasesAndSchema_AndRefusesToOverwrite()
    {
        Assert.True(File.Exists(Path.Combine(_folder, "P9.ruleset.json")));
        Assert.True(File.Exists(Path.Combine(_folder, "P9.cases.json")));
        Assert.True(File.Exists(Path.Combine(_folder, "dpf-ruleset.schema.json")));
        Assert.Contains("\"$schema\": \"dpf-ruleset.schema.json\"", File.ReadAllText(Path.Combine(_folder, "P9.ruleset.json")), StringComparison.Ordinal);

        var (again, _, error) = Dpf("init", _folder);
        var (forced, _, _) = Dpf("init", _folder, "--force");

        Assert.Equal(1, again);
        Assert.Contains("Use --force to overwrite them.", error, StringComparison.Ordinal);
        Assert.Equal(0, forced);
    }

    [Fact]
    public void Validate_TheCatalog_ExitsZero()
    {
        var (code, output, _) = Dpf("validate", _folder);

        Assert.Equal(0, code);
        Assert.Equal("9 rule set(s) and 9 case file(s) checked: no problems.", output.TrimEnd());
    }

    [Fact]
    public void TestAndValidate_ATypoInOneCaseOfThree_ReportTheCaseAtItsPosition_AndRunTheOthers()
    {
        var folder = Path.Combine(_folder, "typo");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(_folder, "P1.ruleset.json"), Path.Combine(folder, "P1.ruleset.json"));
        var cases = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(_folder, "P1.cases.json")))!;
        var list = cases["Cases"]!.AsArray();
        while (list.Count > 3)
        {
            list.RemoveAt(3);
        }

        var names = list.Select(c => c!["Name"]!.GetValue<string>()).ToList();
        var text = cases.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n");
        var second = text.IndexOf("\"Date\"", text.IndexOf(names[1], StringComparison.Ordinal), StringComparison.Ordinal);
        text = string.Concat(text.AsSpan(0, second), "\"Dat\"", text.AsSpan(second + "\"Date\"".Length));
        var lines = text.Split('\n');
        var typoLine = Array.FindIndex(lines, l => l.Contains("\"Dat\"", StringComparison.Ordinal));
        var caseLine = Array.FindAll(Enumerable.Range(0, lines.Length).ToArray(), i => lines[i] == "    {")[1];
        var file = Path.Combine(folder, "P1.cases.json");
        File.WriteAllText(file, text);
        var at = $"{file}:{typoLine + 1}:{lines[typoLine].IndexOf("\"Dat\"", StringComparison.Ordinal) + 1}: DPF101 ";

        var (code, output, _) = Dpf("test", folder);
        var (codeZh, outputZh, _) = Dpf("test", folder, "--lang", "zh-CN");
        var (validate, validateOutput, _) = Dpf("validate", folder);
        var (validateZh, validateOutputZh, _) = Dpf("validate", folder, "--lang", "zh-CN");

        Assert.Equal(1, code);
        Assert.Contains($"PASS  P1  {names[0]}", output, StringComparison.Ordinal);
        Assert.Contains($"FAIL  P1  {names[1]}  ({file}:{caseLine + 1}:5)", output, StringComparison.Ordinal);
        Assert.Contains($"      invalid case: {at}The key \"Dat\" in case ", output, StringComparison.Ordinal);
        Assert.Contains("is probably a misspelling of \"Date\".", output, StringComparison.Ordinal);
        Assert.Contains($"PASS  P1  {names[2]}", output, StringComparison.Ordinal);
        Assert.EndsWith("2 passed, 1 failed.", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(1, codeZh);
        Assert.Contains($"失败  P1  {names[1]}  ({file}:{caseLine + 1}:5)", outputZh, StringComparison.Ordinal);
        Assert.Contains($"      用例无效：{at}", outputZh, StringComparison.Ordinal);
        Assert.EndsWith("通过 2 个，失败 1 个。", outputZh.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(1, validate);
        Assert.StartsWith($"invalid case: {at}The key \"Dat\" in case ", validateOutput, StringComparison.Ordinal);
        Assert.Contains("is probably a misspelling of \"Date\".", validateOutput.Split('\n')[0], StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^1 rule set\(s\) and 1 case file\(s\) checked: 1 problem\(s\) in 1 file\(s\)\.$", RegexOptions.Multiline), validateOutput);
        Assert.Equal(1, validateZh);
        Assert.StartsWith($"用例无效：{at}", validateOutputZh, StringComparison.Ordinal);
        Assert.Contains("中的键“Dat”可能拼错了，应为“Date”。", validateOutputZh.Split('\n')[0], StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^已校验 1 个规则集和 1 个用例文件：1 个文件中共有 1 个问题。$", RegexOptions.Multiline), validateOutputZh);
    }

    [Fact]
    public void Validate_ANegativeAmountInACaseFile_IsReportedAtItsLineAndColumn()
    {
        var file = Path.Combine(_folder, "P9.cases.json");
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.Contains("\"Amount\": 2754000", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("\"Amount\": 2754000", "\"Amount\": -1200", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);
        var at = $"{file}:{index + 1}:{lines[index].IndexOf("-1200", StringComparison.Ordinal) + 1}: DPF105 ";
        var cases = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!["Cases"]!.AsArray();
        var number = cases.ToList().FindIndex(c => c!["Expected"]!["Amount"]?.GetValue<decimal>() == -1200m);
        var name = cases[number]!["Name"]!.GetValue<string>();

        var (code, output, _) = Dpf("validate", _folder);
        var (codeZh, outputZh, _) = Dpf("validate", _folder, "--lang", "zh-CN");

        Assert.Equal(1, code);
        Assert.Contains($"invalid case: {at}The amount of the expected decision of case \"{name}\" (Cases[{number}].Expected.Amount) is -1200; an expected amount cannot be negative. Fix: Write the amount the decision pays, or 0 for a decision that pays nothing.", output, StringComparison.Ordinal);
        Assert.EndsWith("9 rule set(s) and 9 case file(s) checked: 1 problem(s) in 1 file(s).", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(1, codeZh);
        Assert.Contains($"用例无效：{at}用例“{name}”的预期结果的金额（Cases[{number}].Expected.Amount）为 -1200；期望金额不能为负数。 修改建议：请填写决定支付的金额；不支付时写 0。", outputZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ABrokenCopy_ReportsLineAndColumnAndExitsOne()
    {
        var file = Path.Combine(_folder, "P9.ruleset.json");
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.Contains("\"RuleName\": \"BelowTheQuota\"", StringComparison.Ordinal)) + 1;
        var column = lines[index].IndexOf("\"Expression\"", StringComparison.Ordinal) + 1;
        lines[index] = lines[index].Replace("\"Expression\"", "\"Expresion\"", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);

        var (code, output, _) = Dpf("validate", _folder);
        var (codeZh, outputZh, _) = Dpf("validate", _folder, "--lang", "zh-CN");

        Assert.Equal(1, code);
        Assert.Contains($"P9.ruleset.json:{index + 1}:{column}: DPF101 [rule BelowTheQuota]", output, StringComparison.Ordinal);
        Assert.Contains("The key \"Expresion\" in rule BelowTheQuota (Eligibility.Rules[1]) is probably a misspelling of \"Expression\". Fix: Write \"Expression\" instead of \"Expresion\" (upper and lower case matter).", output, StringComparison.Ordinal);
        Assert.Equal(1, codeZh);
        Assert.Contains("规则 BelowTheQuota（Eligibility.Rules[1]）中的键“Expresion”可能拼错了，应为“Expression”。 修改建议：请把“Expresion”改为“Expression”（键名区分大小写）。", outputZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_TheCatalog_PassesEveryCase()
    {
        var (code, output, _) = Dpf("test", _folder);

        Assert.Equal(0, code);
        Assert.Matches(new Regex(@"^[1-9][0-9]* passed, 0 failed\.$", RegexOptions.Multiline), output);
        Assert.DoesNotContain("FAIL", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_AWrongExpectation_ShowsExpectedAndActualAndExitsOne()
    {
        var file = Path.Combine(_folder, "P9.cases.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"Amount\": 2754000", "\"Amount\": 2754001", StringComparison.Ordinal));

        var (code, output, _) = Dpf("test", _folder);

        Assert.Equal(1, code);
        Assert.Matches(new Regex($@"^FAIL  P9  2020年实际安排比例0\.99%：按保障金的90%缴纳  \({Regex.Escape(file)}:[1-9][0-9]*:5\)$", RegexOptions.Multiline), output);
        Assert.Contains("amount: expected ¥2,754,001.00, actual ¥2,754,000.00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_AnEmployer_ShowsTheAmountOrWhyNothingIsDue()
    {
        var employer = Path.Combine(_folder, "employer.json");
        File.WriteAllText(employer, """{ "Name": "示例公司", "Kind": "Enterprise", "Headcount": 30, "AverageWage": 60000, "LocalAverageWage": 50000 }""");

        var (exempt, exemptOutput, _) = Dpf("explain", _folder, "--employer", employer, "--date", "2020-06-30", "--lang", "zh-CN");
        var (due, dueOutput, _) = Dpf("explain", _folder, "--employer", employer, "--date", "2019-06-30", "--lang", "en");

        Assert.Equal(0, exempt);
        Assert.Contains("无需缴纳，原因：", exemptOutput, StringComparison.Ordinal);
        Assert.Contains("✗ NotExemptSmallEnterprise: 用人单位为在职职工人数不超过免征上限（参考目录为30人）的企业", exemptOutput, StringComparison.Ordinal);
        Assert.Equal(0, due);
        Assert.Contains("Levy due: ¥27,000.00 per year", dueOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P1", "2019-06-30", "Eligible.", "¥1,000.00 per year")]
    [InlineData("P2", "2019-06-30", "Eligible.", "(PriorityGroup) = 1")]
    [InlineData("P3", "2019-01-25", "Eligible.", "¥300.00 once")]
    [InlineData("P4", "2019-06-30", "Eligible.", "(Group) = a")]
    [InlineData("P5", "2019-03-03", "Eligible.", "in kind (value)")]
    [InlineData("P6", "2019-03-03", "Eligible.", "¥240.00 in kind (value)")]
    [InlineData("P7", "2019-06-30", "Eligible.", "¥80.00 per month")]
    [InlineData("P8", "2019-06-30", "Eligible.", "¥100.00 per month")]
    public void Explain_TheDocumentedPersonExamples_AreEligibleForTheirProgram(string program, string date, string outcome, string detail)
    {
        var example = Path.Combine(RepositoryRoot(), "docs", "examples", "persons", $"{program}.person.json");

        var (code, output, _) = Dpf("explain", _folder, "--person", example, "--program", program, "--date", date);

        Assert.Equal(0, code);
        Assert.Contains(outcome, output, StringComparison.Ordinal);
        Assert.Contains(detail, output, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("[0-9]{17}[0-9X]"), output);
    }

    [Theory]
    [InlineData("en", "Total per period: ¥15,000.00 per year; ¥6,000.00 in kind")]
    [InlineData("zh-CN", "按周期合计: 每年 ¥15,000.00；实物 ¥6,000.00")]
    public void Explain_ItemsOfSeveralPeriods_AreTotalledPerPeriodNeverAsOneSum(string language, string totals)
    {
        var example = Path.Combine(RepositoryRoot(), "docs", "examples", "persons", "P2.person.json");

        var (code, output, _) = Dpf("explain", _folder, "--person", example, "--program", "P2", "--date", "2019-06-30", "--lang", language);

        Assert.Equal(0, code);
        Assert.Contains(totals, output, StringComparison.Ordinal);
        Assert.DoesNotContain("21,000", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_APersonForEveryProgram_GivesReasonsInChinese()
    {
        var example = Path.Combine(RepositoryRoot(), "docs", "examples", "persons", "P6.person.json");

        var (code, output, _) = Dpf("explain", _folder, "--person", example, "--date", "2019-03-03", "--lang", "zh-CN");

        Assert.Equal(0, code);
        Assert.Contains("P1 贫困精神残疾人服药补助", output, StringComparison.Ordinal);
        Assert.Contains("不符合条件，原因：", output, StringComparison.Ordinal);
        Assert.Contains("✗ ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("P9", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_APersonFileWithThreeMistakes_TellsAllThreeInChinese_EachAtItsLine_AndExitsOne()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "examples", "persons", "P1.person.json")).ReplaceLineEndings("\n")
            .Replace("\"Category\": \"Mental\"", "\"Category\": \"Mentl\"", StringComparison.Ordinal)
            .Replace("\"Grade\": 2", "\"Grade\": 5", StringComparison.Ordinal)
            .Replace("\"Name\": \"王某某\",", "\"Name\": \"王某某\",\n        \"CareNeedMonths\": -12,", StringComparison.Ordinal);
        var person = Path.Combine(_folder, "p.person.json");
        File.WriteAllText(person, text);

        var (code, output, error) = Dpf("explain", _folder, "--person", person, "--date", "2019-06-30", "--lang", "zh-CN");

        Assert.Equal(1, code);
        Assert.Contains(
            $"""
            {person} 不是有效的人员文件：
            {person}:15:27: DPF105 第 1 位家庭成员的预计照护月数（Household.Members[0].CareNeedMonths）为 -12；预计需要照护的时长为 0 至 1200 个月。 修改建议：请填写 0 至 1200 之间的月数。
            {person}:19:27: DPF105 第 1 位家庭成员的残疾证的第 1 项残疾的类别（Household.Members[0].Certificate.Components[0].Category）不能是“Mentl”。 修改建议：是否应为“Mental”？可填：视力、听力、言语、肢体、智力、精神、多重（或英文 Visual、Hearing、Speech、Physical、Intellectual、Mental、Multiple）。
            {person}:20:24: DPF105 第 1 位家庭成员的残疾证的第 1 项残疾的等级（Household.Members[0].Certificate.Components[0].Grade）为 5；残疾等级为 1（一级，最重）至 4（四级，最轻）。 修改建议：请按残疾人证填写等级：1 至 4，或“一级”至“四级”。
            """,
            (output + error).ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DpfDomain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }

    [Theory]
    [InlineData("explain", "--date", "2020-13-01")]
    [InlineData("explain", "--program", "P99")]
    [InlineData("explain")]
    public void Explain_BadUsage_ExitsTwo(params string[] args)
    {
        var employer = Path.Combine(_folder, "employer.json");
        File.WriteAllText(employer, """{ "Name": "示例公司", "Kind": "Enterprise", "Headcount": 30, "AverageWage": 60000, "LocalAverageWage": 50000 }""");
        var full = args[0] == "explain" && args.Length == 1 ? [args[0], _folder] : new[] { args[0], _folder, "--employer", employer }.Concat(args.Skip(1)).ToArray();

        var (code, _, error) = Dpf(full);

        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Explain_TheExampleInTheFormatDocument_IsAValidPersonFile()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "person-file.md"));
        var json = Regex.Match(doc, "```json\\n(?<json>\\{\\n  \"Subject\".*?\\n\\})\\n```", RegexOptions.Singleline).Groups["json"].Value;
        var file = Path.Combine(_folder, "documented.person.json");
        File.WriteAllText(file, json);

        var (code, output, error) = Dpf("explain", _folder, "--person", file, "--date", "2019-06-30");

        Assert.True(code == 0, error);
        Assert.Contains("P1 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_APersonFileWithAMisspeltKey_SaysWhereAndSuggestsTheKey()
    {
        var file = Path.Combine(_folder, "misspelt.person.json");
        File.WriteAllText(file, File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "examples", "persons", "P8.person.json")).Replace("\"CareNeedMonths\"", "\"CareNeedMonth\"", StringComparison.Ordinal));

        var (code, _, error) = Dpf("explain", _folder, "--person", file, "--lang", "zh-CN", "--date", "2019-06-30");

        Assert.Equal(1, code);
        Assert.Matches(new Regex(@"misspelt\.person\.json:\d+:\d+: DPF101"), error);
        Assert.Contains("第 1 位家庭成员（Household.Members[0]）中的键“CareNeedMonth”可能拼错了，应为“CareNeedMonths”。 修改建议：请把“CareNeedMonth”改为“CareNeedMonths”（键名区分大小写）。", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AFolderWithoutRuleSets_ExitsOne()
    {
        var empty = Path.Combine(_folder, "empty");
        Directory.CreateDirectory(empty);

        var (code, output, _) = Dpf("validate", empty);

        Assert.Equal(1, code);
        Assert.Contains("nothing to check", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_AnEmployerProgramForAPerson_IsAUsageError()
    {
        var example = Path.Combine(RepositoryRoot(), "docs", "examples", "persons", "P1.person.json");

        var (code, _, error) = Dpf("explain", _folder, "--person", example, "--program", "P9", "--date", "2019-06-30");

        Assert.Equal(2, code);
        Assert.Contains("give --employer instead of --person", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_InChinese_SaysPassAndFailInChinese()
    {
        var file = Path.Combine(_folder, "P9.cases.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"Outcome\": \"NotInForce\"", "\"Outcome\": \"Eligible\"", StringComparison.Ordinal));

        var (code, output, _) = Dpf("test", _folder, "--lang", "zh-CN");

        Assert.Equal(1, code);
        Assert.Contains("通过  P1", output, StringComparison.Ordinal);
        Assert.Contains("失败  P9", output, StringComparison.Ordinal);
        Assert.Contains("结果：应为“符合条件”，实际为“不在有效期内”", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lang_Omitted_FollowsTheCurrentCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
            var (chinese, chineseOutput, _) = Dpf("validate", _folder);
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en-GB");
            var (english, englishOutput, _) = Dpf("validate", _folder);

            Assert.Equal(0, chinese);
            Assert.Matches(new Regex(@"^已校验 9 个规则集和 9 个用例文件：没有问题。$", RegexOptions.Multiline), chineseOutput);
            Assert.Equal(0, english);
            Assert.Matches(new Regex(@"^9 rule set\(s\) and 9 case file\(s\) checked: no problems\.$", RegexOptions.Multiline), englishOutput);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Lang_Unsupported_IsAUsageError()
    {
        var (code, _, error) = Dpf("validate", _folder, "--lang", "fr");

        Assert.Equal(2, code);
        Assert.Contains("zh-CN or en", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFolder_ExitsTwo()
    {
        var (code, _, error) = Dpf("validate", Path.Combine(_folder, "nope"));

        Assert.Equal(2, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    /// <summary>"Today" for commands run without --date: 2019-06-30 in China.</summary>
    private static readonly NodaTime.IClock Clock = new FixedClock(NodaTime.Instant.FromUtc(2019, 6, 29, 18, 0));

    [Fact]
    public void Explain_WithoutADate_UsesTodayInChina()
    {
        var example = Path.Combine(RepositoryRoot(), "docs", "examples", "persons", "P1.person.json");

        var (code, output, _) = Dpf("explain", _folder, "--person", example, "--program", "P1");

        Assert.Equal(0, code);
        Assert.Contains("on 2019-06-30:", output, StringComparison.Ordinal);
    }

    private sealed class FixedClock(NodaTime.Instant now) : NodaTime.IClock
    {
        public NodaTime.Instant GetCurrentInstant() => now;
    }

    internal static (int Code, string Output, string Error) Dpf(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DpfCommand.Run(args, output, error, Clock);
        return (code, output.ToString(), error.ToString());
    }
}
