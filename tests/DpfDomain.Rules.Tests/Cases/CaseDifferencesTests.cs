using DpfDomain.Identity;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Authoring.Messages;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Cases;

/// <summary>How a failed case says what differs: one line per difference, in English and Chinese, in the order outcome, amounts, failed rules, outputs.</summary>
public sealed class CaseDifferencesTests
{
    private static readonly DivisionCode County = DivisionCode.Parse("340123");
    private static readonly Lazy<RuleCatalog> Catalog = new(ReferenceCatalog.Load);

    [Fact]
    public void AWrongOutcome_FailedRulesAndOutput_AreEachOneLine_InBothLanguages()
    {
        var result = FirstP2Case(text => text
            .Replace("\"Outcome\": \"Eligible\",", "\"Outcome\": \"NotEligible\", \"FailedRules\": [ \"AgeInRange\" ],", StringComparison.Ordinal)
            .Replace("\"PriorityGroup\": 1", "\"PriorityGroup\": 2", StringComparison.Ordinal));

        Assert.False(result.Passed);
        Assert.Equal(
            ["outcome: expected NotEligible, actual Eligible", "failed rules: expected [AgeInRange], actual (none)", "output PriorityGroup: expected 2, actual 1"],
            result.Differences);
        Assert.Equal(
            ["结果：应为“不符合条件”，实际为“符合条件”", "未通过的规则：应为 AgeInRange，实际为（无）", "输出项 PriorityGroup：应为 2，实际为 1"],
            result.DifferencesZh);
    }

    [Theory]
    [InlineData(DecisionOutcome.Eligible, "Eligible", "符合条件")]
    [InlineData(DecisionOutcome.NotEligible, "NotEligible", "不符合条件")]
    [InlineData(DecisionOutcome.NotInForce, "NotInForce", "不在有效期内")]
    [InlineData(DecisionOutcome.Error, "Error", "出错")]
    public void EachOutcome_HasItsNameAndItsChineseWords(DecisionOutcome outcome, string english, string chinese) =>
        Assert.Equal((english, chinese), (CaseResultMessages.Outcome(outcome).English, CaseResultMessages.Outcome(outcome).Chinese));

    [Fact]
    public void AnOutcomeThatIsAnError_ShowsTheErrorInBrackets()
    {
        var text = CaseResultMessages.OutcomeDiffers(DecisionOutcome.Eligible, DecisionOutcome.Error, "a division by zero", "除数为零");

        Assert.Equal("outcome: expected Eligible, actual Error (a division by zero)", text.English);
        Assert.Equal("结果：应为“符合条件”，实际为“出错”（除数为零）", text.Chinese);
    }

    [Fact]
    public void FailedRulesOfSeveralNames_AreListedWithEnumerationCommasInChinese()
    {
        var text = CaseResultMessages.FailedRulesDiffer([], ["AgeInRange", "CertificateValid"]);

        Assert.Equal("failed rules: expected (none), actual [AgeInRange, CertificateValid]", text.English);
        Assert.Equal("未通过的规则：应为（无），实际为 AgeInRange、CertificateValid", text.Chinese);
    }

    [Fact]
    public void AnAmountExpected_WhereNothingIsPaid_SaysNothing()
    {
        var text = CaseResultMessages.AmountDiffers("¥80.00", CaseResultMessages.NoAmount.English, CaseResultMessages.NoAmount.Chinese);

        Assert.Equal("amount: expected ¥80.00, actual nothing", text.English);
        Assert.Equal("金额：应为 ¥80.00，实际为 无金额", text.Chinese);
    }

    private static CaseResult FirstP2Case(Func<string, string> edit)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("src", "DpfDomain.Rules", "Catalog", "P2.cases.json"));
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-P2.cases.json");
        try
        {
            File.WriteAllText(path, edited);
            var file = CaseRunner.Read(path);
            return Assert.Single(CaseRunner.Run(Catalog.Value, County, new CaseFile { Program = file.Program, Cases = [file.Cases[0]] }, "P2.cases.json"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
