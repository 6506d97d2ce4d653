namespace DpfDomain.Tool.Tests;

/// <summary><c>dpf diff</c>: two folders of rule sets compared in words, with diff's exit codes (0 same, 1 different, 2 cannot compare).</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly string _old = Path.Combine(Path.GetTempPath(), "dpf-diff-old-" + Guid.NewGuid().ToString("N"));
    private readonly string _new = Path.Combine(Path.GetTempPath(), "dpf-diff-new-" + Guid.NewGuid().ToString("N"));

    public DiffCommandTests()
    {
        Assert.Equal(0, DpfCommandTests.Dpf("init", _old).Code);
        Assert.Equal(0, DpfCommandTests.Dpf("init", _new).Code);
    }

    public void Dispose()
    {
        Directory.Delete(_old, recursive: true);
        Directory.Delete(_new, recursive: true);
    }

    [Fact]
    public void TheCatalog_WithItself_HasNoDifferences_AndExitsZero()
    {
        var (code, output, error) = DpfCommandTests.Dpf("diff", _old, _new);
        var (codeZh, outputZh, _) = DpfCommandTests.Dpf("diff", _old, _old, "--lang", "zh-CN");

        Assert.Equal(0, code);
        Assert.Equal("No differences: the two folders mean the same rules." + Environment.NewLine, output);
        Assert.Empty(error);
        Assert.Equal(0, codeZh);
        Assert.Equal("没有差别：两个文件夹的规则相同。" + Environment.NewLine, outputZh);
    }

    [Fact]
    public void AChangedCopy_ListsExactlyTheChanges_InEnglishAndChinese_AndExitsOne()
    {
        Edit("P1", "（每人每年1000元）\"", "（每人每年1000元）\" }, { \"From\": \"2025-01-01\", \"Value\": 1500, \"Reference\": \"县政府2024年第9号文件\"");
        Edit("P2", "Person.Age <= Parameters.MaxAge", "Person.Age < Parameters.MaxAge");
        File.Delete(Path.Combine(_new, "P3.ruleset.json"));

        var (code, output, _) = DpfCommandTests.Dpf("diff", _old, _new, "--lang", "en");
        var (codeZh, outputZh, _) = DpfCommandTests.Dpf("diff", _old, _new, "--lang", "zh-CN");

        Assert.Equal(1, code);
        Assert.Equal(
            [
                "P1 Medication subsidy for people with mental disabilities in poverty [2019.1]",
                "  - Parameter AmountPerYear: new value 1,500 yuan per year from 2025-01-01 (was 1,000 yuan per year).",
                "P2 Rehabilitation assistance for disabled children [2019.1]",
                "  - Rule AgeInRange: the condition changed from \"Person.Age >= Parameters.MinAge && Person.Age <= Parameters.MaxAge\" to \"Person.Age >= Parameters.MinAge && Person.Age < Parameters.MaxAge\".",
                "P3 Spring Festival relief visits to disabled people in hardship",
                "  - Program P3 removed: Spring Festival relief visits to disabled people in hardship.",
                "3 difference(s) in 3 program(s).",
            ],
            Lines(output));
        Assert.Equal(1, codeZh);
        Assert.Equal(
            [
                "P1 贫困精神残疾人服药补助（民生工程） [2019.1]",
                "  - 参数 AmountPerYear：新增 2025-01-01 起的取值 1,500 元/年（原为 1,000 元/年）。",
                "P2 残疾儿童（抢救性）康复救助 [2019.1]",
                "  - 规则 AgeInRange：条件由“Person.Age >= Parameters.MinAge && Person.Age <= Parameters.MaxAge”改为“Person.Age >= Parameters.MinAge && Person.Age < Parameters.MaxAge”。",
                "P3 春节慰问困难残疾人",
                "  - 删除项目 P3：春节慰问困难残疾人。",
                "共 3 个项目、3 处不同。",
            ],
            Lines(outputZh));
    }

    [Fact]
    public void AFolderThatDoesNotLoad_ShowsItsProblems_AndExitsTwo()
    {
        Edit("P9", "\"Expression\": \"shortfall > 0\"", "\"Expresion\": \"shortfall > 0\"");

        var (code, output, _) = DpfCommandTests.Dpf("diff", _old, _new, "--lang", "en");
        var (missing, _, error) = DpfCommandTests.Dpf("diff", _old, _new + "-missing", "--lang", "en");

        Assert.Equal(2, code);
        Assert.Contains("P9.ruleset.json:", output, StringComparison.Ordinal);
        Assert.Contains("is probably a misspelling of \"Expression\".", output, StringComparison.Ordinal);
        Assert.Equal(2, missing);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    private void Edit(string program, string from, string to)
    {
        var file = Path.Combine(_new, program + ".ruleset.json");
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
