using System.Text.Json.Nodes;
using DpfDomain.Identity;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;

namespace DpfDomain.Rules.Tests.Cases;

/// <summary>A case file is read case by case: a problem in one case makes that case invalid, at its line and column, and the others still run; impossible values are refused when the file is read.</summary>
public sealed class CaseFileStrictnessTests : IDisposable
{
    private static readonly DivisionCode County = DivisionCode.Parse("340123");
    private static readonly Lazy<RuleCatalog> Catalog = new(ReferenceCatalog.Load);

    private readonly string _folder = Directory.CreateTempSubdirectory("dpf-strict-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ATypoInOneCaseOfThree_OnlyThatCaseIsInvalid_AtTheTypo_TheOthersPass()
    {
        var text = ThreeCases("P1").Replace("\"Expected\"", "\"Expectd\"", 2);
        var (line, column) = Find(text, "\"Expectd\"", 1);
        var path = Write("P1.cases.json", text);

        var file = CaseRunner.Read(path);
        var results = CaseRunner.Run(Catalog.Value, County, file, "P1.cases.json");

        Assert.Equal(3, results.Count);
        Assert.True(results[0].Passed, string.Join("; ", results[0].Differences));
        Assert.True(results[2].Passed, string.Join("; ", results[2].Differences));
        Assert.Null(results[1].Decision);
        var typo = Assert.Single(results[1].Differences, d => d.Contains("Expectd", StringComparison.Ordinal));
        Assert.StartsWith($"invalid case: {path}:{line}:{column}: DPF101 The key \"Expectd\" in case ", typo, StringComparison.Ordinal);
        Assert.EndsWith("is probably a misspelling of \"Expected\". Fix: Write \"Expected\" instead of \"Expectd\" (upper and lower case matter).", typo, StringComparison.Ordinal);
        Assert.Equal(Array.FindAll(Enumerable.Range(0, text.Split('\n').Length).ToArray(), i => text.Split('\n')[i] == "    {")[1] + 1, results[1].Line);
        Assert.Equal(5, results[1].Column);
        Assert.Equal(results[1].Differences, Assert.Single(CaseRunner.Check(Catalog.Value, file, "P1.cases.json")).Differences);
    }

    [Theory]
    [InlineData("\"Amount\": -1200", "-1200", "The amount of the expected decision of case \"{0}\" (Cases[0].Expected.Amount) is -1200; an expected amount cannot be negative. Fix: Write the amount the decision pays, or 0 for a decision that pays nothing.", "用例“{0}”的预期结果的金额（Cases[0].Expected.Amount）为 -1200；期望金额不能为负数。 修改建议：请填写决定支付的金额；不支付时写 0。")]
    [InlineData("\"Amount\": -0.01", "-0.01", "The amount of the expected decision of case \"{0}\" (Cases[0].Expected.Amount) is -0.01; an expected amount cannot be negative. Fix: Write the amount the decision pays, or 0 for a decision that pays nothing.", "用例“{0}”的预期结果的金额（Cases[0].Expected.Amount）为 -0.01；期望金额不能为负数。 修改建议：请填写决定支付的金额；不支付时写 0。")]
    public void ANegativeExpectedAmount_IsRefusedAtItsValue_TheCaseNamedInWords_InBothLanguages(string amount, string value, string english, string chinese)
    {
        var text = ThreeCases("P1");
        var name = JsonNode.Parse(text)!["Cases"]![0]!["Name"]!.GetValue<string>();
        english = english.Replace("{0}", name, StringComparison.Ordinal);
        chinese = chinese.Replace("{0}", name, StringComparison.Ordinal);
        var first = JsonNode.Parse(text)!["Cases"]![0]!["Expected"]!["Amount"]!.ToJsonString();
        text = text.Replace($"\"Amount\": {first}", amount, 1);
        var (line, column) = Find(text, value, 1);
        var path = Write("P1.cases.json", text);

        var results = CaseRunner.Run(Catalog.Value, County, CaseRunner.Read(path), "P1.cases.json");

        Assert.Equal($"invalid case: {path}:{line}:{column}: DPF105 {english}", Assert.Single(results[0].Differences));
        Assert.Equal($"用例无效：{path}:{line}:{column}: DPF105 {chinese}", Assert.Single(results[0].DifferencesZh));
        Assert.True(results[1].Passed);
    }

    [Fact]
    public void ANegativeHeadcountInALevyCase_IsRefusedAtItsValue()
    {
        var text = ThreeCases("P9");
        var headcount = JsonNode.Parse(text)!["Cases"]![0]!["Employer"]!["Headcount"]!.ToJsonString();
        text = text.Replace($"\"Headcount\": {headcount}", "\"Headcount\": -5", 1);
        var (line, column) = Find(text, "-5", 1);
        var path = Write("P9.cases.json", text);

        var invalid = Assert.Single(CaseRunner.Check(null, CaseRunner.Read(path), "P9.cases.json"));

        var name = JsonNode.Parse(text)!["Cases"]![0]!["Name"]!.GetValue<string>();
        Assert.Equal($"用例无效：{path}:{line}:{column}: DPF105 用例“{name}”的用人单位的上年度在职职工平均人数（Cases[0].Employer.Headcount）为 -5：不能为负数。 修改建议：请填写不小于 0 的上年度在职职工平均人数。", Assert.Single(invalid.DifferencesZh));
    }

    [Fact]
    public void ANegativeAmountAndAWrongGradeInOneCase_AreBothTold_EachAtItsLine()
    {
        var text = ThreeCases("P1");
        var node = JsonNode.Parse(text)!;
        var name = node["Cases"]![0]!["Name"]!.GetValue<string>();
        var first = node["Cases"]![0]!["Expected"]!["Amount"]!.ToJsonString();
        text = text.Replace($"\"Amount\": {first}", "\"Amount\": -1000", 1).Replace("\"Grade\": 2", "\"Grade\": 5", 1);
        var (amountLine, amountColumn) = Find(text, "-1000", 1);
        var (gradeLine, gradeKey) = Find(text, "\"Grade\": 5", 1);
        var gradeColumn = gradeKey + "\"Grade\": ".Length;
        var path = Write("P1.cases.json", text);

        var results = CaseRunner.Run(Catalog.Value, County, CaseRunner.Read(path), "P1.cases.json");

        Assert.Equal(
            [
                $"用例无效：{path}:{gradeLine}:{gradeColumn}: DPF105 用例“{name}”的第 1 位家庭成员的残疾证的第 1 项残疾的等级（Cases[0].Person.Household.Members[0].Certificate.Components[0].Grade）为 5；残疾等级为 1（一级，最重）至 4（四级，最轻）。 修改建议：请按残疾人证填写等级：1 至 4，或“一级”至“四级”。",
                $"用例无效：{path}:{amountLine}:{amountColumn}: DPF105 用例“{name}”的预期结果的金额（Cases[0].Expected.Amount）为 -1000；期望金额不能为负数。 修改建议：请填写决定支付的金额；不支付时写 0。",
            ],
            results[0].DifferencesZh);
        Assert.Equal(
            [
                $"invalid case: {path}:{gradeLine}:{gradeColumn}: DPF105 The grade of the 1st disability of the certificate of household member 1 of case \"{name}\" (Cases[0].Person.Household.Members[0].Certificate.Components[0].Grade) is 5; a disability grade is 1 (most severe) to 4 (mildest). Fix: Write the grade on the certificate: 1 to 4, or 一级 to 四级.",
                $"invalid case: {path}:{amountLine}:{amountColumn}: DPF105 The amount of the expected decision of case \"{name}\" (Cases[0].Expected.Amount) is -1000; an expected amount cannot be negative. Fix: Write the amount the decision pays, or 0 for a decision that pays nothing.",
            ],
            results[0].Differences);
        Assert.True(results[1].Passed);
    }

    [Fact]
    public void ACaseDateBeforeTheBirthOfThePerson_IsRefusedAtTheDate()
    {
        var node = JsonNode.Parse(ThreeCases("P1"))!;
        var born = node["Cases"]![0]!["Person"]!["Household"]!["Members"]![0]!["Id"]!.GetValue<string>().Substring(6, 4);
        var date = node["Cases"]![0]!["Date"]!.GetValue<string>();
        var text = ThreeCases("P1").Replace($"\"Date\": \"{date}\"", $"\"Date\": \"{int.Parse(born, System.Globalization.CultureInfo.InvariantCulture) - 1}-01-01\"", 1);
        var (line, column) = Find(text, "\"Date\"", 1);
        var path = Write("P1.cases.json", text);

        var invalid = Assert.Single(CaseRunner.Check(null, CaseRunner.Read(path), "P1.cases.json"));

        Assert.StartsWith($"invalid case: {path}:{line}:{column + 8}: DPF106 The case date ", Assert.Single(invalid.Differences), StringComparison.Ordinal);
        Assert.Contains("早于被评估人的出生日期", Assert.Single(invalid.DifferencesZh), StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingOutput_IsShownInChineseAsNone()
    {
        var node = JsonNode.Parse(ReferenceCatalog.Read("P2.cases.json"))!;
        var index = node["Cases"]!.AsArray().ToList().FindIndex(c => c!["Expected"]!["Outcome"]!.GetValue<string>() == "NotEligible");
        node["Cases"]![index]!["Expected"]!["Outputs"] = new JsonObject { ["PriorityGroup"] = 1 };
        var path = Write("P2.cases.json", node.ToJsonString());

        var result = CaseRunner.Run(Catalog.Value, County, CaseRunner.Read(path), "P2.cases.json")[index];

        Assert.Equal("output PriorityGroup: expected 1, actual (none)", Assert.Single(result.Differences));
        Assert.Equal("输出项 PriorityGroup：应为 1，实际为 （无）", Assert.Single(result.DifferencesZh));
    }

    /// <summary>The first three cases of a reference case file, indented.</summary>
    private static string ThreeCases(string program)
    {
        var node = JsonNode.Parse(ReferenceCatalog.Read($"{program}.cases.json"))!;
        var cases = node["Cases"]!.AsArray();
        while (cases.Count > 3)
        {
            cases.RemoveAt(cases.Count - 1);
        }

        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n");
    }

    /// <summary>The 1-based line and column of the <paramref name="occurrence"/>th occurrence of a text.</summary>
    private static (int Line, int Column) Find(string text, string value, int occurrence)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
        }

        var before = text[..index];
        return (before.Count(c => c == '\n') + 1, index - before.LastIndexOf('\n'));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}

/// <summary>Replaces one occurrence of a text: the first, second… (1-based).</summary>
internal static class StringReplaceExtensions
{
    public static string Replace(this string text, string value, string replacement, int occurrence)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
        }

        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + value.Length));
    }
}
