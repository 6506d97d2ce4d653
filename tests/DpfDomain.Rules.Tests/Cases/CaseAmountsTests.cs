using DpfDomain.Identity;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Cases;

/// <summary>A case checks amounts per period: a yearly subsidy and an item in kind are never one total.</summary>
public sealed class CaseAmountsTests
{
    private const string PerPeriod = "\"Amounts\": { \"PerYear\": 15000, \"InKind\": 6000 },";
    private static readonly DivisionCode County = DivisionCode.Parse("340123");
    private static readonly Lazy<RuleCatalog> Catalog = new(ReferenceCatalog.Load);

    [Fact]
    public void PerPeriodAmounts_OfTheHearingAidCase_Pass()
    {
        var result = FirstP2Case(text => text);

        Assert.True(result.Passed, string.Join("; ", result.Differences));
    }

    [Fact]
    public void OneTotalAcrossPeriods_Fails_AndSaysToWritePerPeriodAmounts()
    {
        var result = FirstP2Case(text => text.Replace(PerPeriod, "\"Amount\": 21000,", StringComparison.Ordinal));

        Assert.Equal(
            "amount: expected ¥21,000.00, but the decision pays amounts of several periods (¥15,000.00 per year; ¥6,000.00 in kind), which are not added together; write \"Amounts\" per period instead, e.g. { \"PerYear\": 15000, \"InKind\": 6000 }",
            Assert.Single(result.Differences));
        Assert.StartsWith("金额：应为 ¥21,000.00，但该决定含多个周期的金额（每年 ¥15,000.00；实物 ¥6,000.00）", Assert.Single(result.DifferencesZh), StringComparison.Ordinal);
    }

    [Fact]
    public void APeriodLeftOut_MustPayNothing()
    {
        var result = FirstP2Case(text => text.Replace(PerPeriod, "\"Amounts\": { \"PerYear\": 15000 },", StringComparison.Ordinal));

        Assert.Equal("amount InKind: expected ¥0.00 in kind, actual ¥6,000.00 in kind", Assert.Single(result.Differences));
        Assert.Equal("实物金额：应为 ¥0.00，实际为 ¥6,000.00", Assert.Single(result.DifferencesZh));
    }

    [Fact]
    public void AMisspeltPeriod_IsAnInvalidCaseAtItsPosition_WithASuggestionAndTheChineseWords()
    {
        var result = FirstP2Case(text => text.Replace(PerPeriod, "\"Amounts\": { \"PerYer\": 15000, \"InKind\": 6000 },", StringComparison.Ordinal));

        var english = Assert.Single(result.Differences);
        var chinese = Assert.Single(result.DifferencesZh);
        Assert.Null(result.Decision);
        Assert.Contains(":37:", english, StringComparison.Ordinal);
        Assert.Contains("\"PerYer\"", english, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"PerYear\"? Allowed: 每月, 每年, 一次性, 实物 (or in English: PerMonth, PerYear, OneOff, InKind).", english, StringComparison.Ordinal);
        Assert.Contains("是否应为“PerYear”？可填：每月、每年、一次性、实物（或英文 PerMonth、PerYear、OneOff、InKind）。", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodsInChinese_AreTheSameAsInEnglish()
    {
        var result = FirstP2Case(text => text.Replace(PerPeriod, "\"Amounts\": { \"每年\": 15000, \"实物\": 6000 },", StringComparison.Ordinal));

        Assert.True(result.Passed, string.Join("; ", result.Differences));
    }

    [Fact]
    public void ANegativePeriodAmount_IsAnInvalidCaseAtItsValue()
    {
        var result = FirstP2Case(text => text.Replace(PerPeriod, "\"Amounts\": { \"PerYear\": -15000, \"InKind\": 6000 },", StringComparison.Ordinal));

        Assert.Matches(@"^invalid case: .*P2\.cases\.json:37:\d+: DPF105 The key ""PerYear"" of the amounts of the expected decision of case "".+"" \(Cases\[0\]\.Expected\.Amounts\.PerYear\) is -15000; an expected amount cannot be negative\. Fix: Write the amount the decision pays, or 0 for a decision that pays nothing\.$", Assert.Single(result.Differences));
        Assert.Matches(@"^用例无效：.*P2\.cases\.json:37:\d+: DPF105 用例“.+”的预期结果的各期金额的键“PerYear”（Cases\[0\]\.Expected\.Amounts\.PerYear）为 -15000；期望金额不能为负数。 修改建议：请填写决定支付的金额；不支付时写 0。$", Assert.Single(result.DifferencesZh));
    }

    [Fact]
    public void APeriodGivenTwice_IsAnInvalidCase()
    {
        var result = FirstP2Case(text => text.Replace(PerPeriod, "\"Amounts\": { \"PerYear\": 15000, \"PerYear\": 6000 },", StringComparison.Ordinal));

        Assert.Contains("appears twice", Assert.Single(result.Differences), StringComparison.Ordinal);
        Assert.Contains("出现了两次", Assert.Single(result.DifferencesZh), StringComparison.Ordinal);
    }

    private static CaseResult FirstP2Case(Func<string, string> edit)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("src", "DpfDomain.Rules", "Catalog", "P2.cases.json"));
        Assert.Contains(PerPeriod, text, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-P2.cases.json");
        try
        {
            File.WriteAllText(path, edit(text));
            var file = CaseRunner.Read(path);
            return Assert.Single(CaseRunner.Run(Catalog.Value, County, new CaseFile { Program = file.Program, Cases = [file.Cases[0]] }, "P2.cases.json"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
