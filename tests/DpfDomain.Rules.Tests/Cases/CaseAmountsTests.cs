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
    public void AMisspeltPeriod_IsRefusedAtItsPosition_WithASuggestion()
    {
        var error = Assert.Throws<CaseInputException>(() => FirstP2Case(text => text.Replace(PerPeriod, "\"Amounts\": { \"PerYer\": 15000, \"InKind\": 6000 },", StringComparison.Ordinal)));

        Assert.Contains(":37:", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"PerYer\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"PerYear\"?", error.Message, StringComparison.Ordinal);
        Assert.Contains("是否应为“PerYear”？", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void APeriodGivenTwice_IsRefused()
    {
        var error = Assert.Throws<CaseInputException>(() => FirstP2Case(text => text.Replace(PerPeriod, "\"Amounts\": { \"PerYear\": 15000, \"PerYear\": 6000 },", StringComparison.Ordinal)));

        Assert.Contains("appears twice", error.Message, StringComparison.Ordinal);
        Assert.Contains("出现了两次", error.MessageZh, StringComparison.Ordinal);
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
