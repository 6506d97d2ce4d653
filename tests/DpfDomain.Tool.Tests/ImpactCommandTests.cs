using System.Globalization;
using System.Text.RegularExpressions;
using DpfDomain.People;
using DpfDomain.Testing;
using MiniExcelLibs;
using NodaTime;

namespace DpfDomain.Tool.Tests;

/// <summary>
/// <c>dpf impact</c> on a generated roll of 2,000 people (and 3 bad rows) with an edit whose effect
/// is known: P7's monthly amount raised from 80 to 100 yuan, P6's age limit lowered from 14 to 10.
/// The expected people are found here from the generated households themselves, by the policy's
/// plain conditions, not by the rules engine.
/// </summary>
public sealed partial class ImpactCommandTests : IDisposable
{
    private static readonly LocalDate Day = new(2019, 6, 30);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dpf-impact-" + Guid.NewGuid().ToString("N"));
    private readonly string _old;
    private readonly string _new;
    private readonly GeneratedRollManifest _roll;
    private readonly CountyRollGenerator _county = new(new CountyRollOptions { People = 2_000, Seed = 11 }.WithBadRows(BadRowKind.InvalidIdCheckCharacter, 3));

    public ImpactCommandTests()
    {
        _old = Path.Combine(_folder, "old");
        _new = Path.Combine(_folder, "new");
        Assert.Equal(0, DpfCommandTests.Dpf("init", _old).Code);
        Assert.Equal(0, DpfCommandTests.Dpf("init", _new).Code);
        Edit("P7", "\"Value\": 80,", "\"Value\": 80, \"Reference\": \"old\" }, { \"From\": \"2019-01-01\", \"Value\": 100,");
        Edit("P6", "\"Value\": 14,", "\"Value\": 10,");
        _roll = _county.WriteFilesAsync(Path.Combine(_folder, "county")).GetAwaiter().GetResult();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>P7 (living subsidy): a valid certificate, a 低保 household, not in 特困 support, no work-injury nursing allowance, not on orphan support.</summary>
    private List<Person> LivingSubsidy() => [.. People().Where(p =>
        p.Person.Certificate?.IsValidOn(Day) == true
        && p.Household.HasPovertyStatusOn(PovertyStatus.MinimumLivingAllowance, Day)
        && !p.Person.HasSupportOn(SupportStatus.ExtremeHardshipSupport, Day)
        && !p.Person.HasSupportOn(SupportStatus.WorkInjuryNursingAllowance, Day)
        && !p.Person.HasSupportOn(SupportStatus.OrphanSupport, Day)).Select(p => p.Person)];

    /// <summary>P6 (hearing-aid batteries): a child wearing a hearing aid or with a cochlear implant, of an age within the limits.</summary>
    private List<Person> Batteries(int maxAge) => [.. People().Select(p => p.Person).Where(p =>
        p.AgeOn(Day) >= 0 && p.AgeOn(Day) <= maxAge && (p.Hearing.WearsHearingAid || p.Hearing.HasCochlearImplant))];

    [Fact]
    public void TheKnownEdit_GivesExactlyTheExpectedCountsAndCosts_OnTheConsole()
    {
        var living = LivingSubsidy();
        var (before, after) = (Batteries(14), Batteries(10));
        var losers = before.Where(p => p.AgeOn(Day) > 10).ToList();
        Assert.True(living.Count > 20 && losers.Count > 0 && after.Count > 0, $"The generated county is too small to tell: P7 {living.Count}, P6 losers {losers.Count}, P6 remaining {after.Count}.");

        var (code, output, error) = Impact("--lang", "en");

        Assert.True(code == 0, error);
        Assert.Contains($"Roll roll.csv on 2019-06-30: 2,003 people read = 2,000 evaluated + 3 rejected.", output, StringComparison.Ordinal);
        Assert.Contains(
            $"P6 Free hearing-aid batteries for children{Environment.NewLine}  eligible {before.Count} before, {after.Count} after{Environment.NewLine}  gain 0, lose {losers.Count}, amount changed 0, unchanged {after.Count}, not eligible either way {N(2_000 - before.Count)}{Environment.NewLine}"
            + $"  in-kind value: {Yuan(240m * before.Count)} before, {Yuan(240m * after.Count)} after, difference {Yuan(-240m * losers.Count)}",
            output,
            StringComparison.Ordinal);
        Assert.Contains(
            $"  gain 0, lose 0, amount changed {N(living.Count)}, unchanged 0, not eligible either way {N(2_000 - living.Count)}{Environment.NewLine}"
            + $"  per month: {Yuan(80m * living.Count)} before, {Yuan(100m * living.Count)} after, difference +{Yuan(20m * living.Count)}",
            output,
            StringComparison.Ordinal);
        Assert.Contains("No change in P1, P2, P3, P4, P5, P8.", output, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^  P1: eligible [1-9][0-9,]* before, [1-9][0-9,]* after$", RegexOptions.Multiline), output);
        Assert.DoesNotContain("Nobody is eligible", output, StringComparison.Ordinal);
        Assert.Contains($"People whose decision changes ({losers.Count + living.Count}), at most 20 per program here; all of them with --output:", output, StringComparison.Ordinal);
        Assert.Contains($"  P7: {N(living.Count - 20)} more.", output, StringComparison.Ordinal);
        var loser = losers[0];
        Assert.Contains($"P6 loses row ", output, StringComparison.Ordinal);
        Assert.Contains($" {loser.Id.Masked} {loser.Name.Masked}: eligible ¥240.00 in kind → not eligible (ChildAgeInRange: ", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(FullIdNumber(), output);
        Assert.DoesNotContain(loser.Name.ToUnmaskedString(), output, StringComparison.Ordinal);
    }

    [Fact]
    public void InChinese_TheSummaryIsInChinese_WithTheSameNumbers()
    {
        var living = LivingSubsidy();
        var losers = Batteries(14).Where(p => p.AgeOn(Day) > 10).ToList();

        var (code, output, _) = Impact("--lang", "zh-CN");

        Assert.Equal(0, code);
        Assert.Contains("花名册 roll.csv（评估日 2019-06-30）：读取 2,003 人 = 评估 2,000 人 + 拒绝 3 人。", output, StringComparison.Ordinal);
        Assert.Contains($"  新增符合 0 人，不再符合 {losers.Count} 人，金额变化 0 人", output, StringComparison.Ordinal);
        Assert.Contains($"  新增符合 0 人，不再符合 0 人，金额变化 {living.Count} 人，不变 0 人", output, StringComparison.Ordinal);
        Assert.Contains($"  每月金额合计：原 {Yuan(80m * living.Count)}，新 {Yuan(100m * living.Count)}，变化 +{Yuan(20m * living.Count)}", output, StringComparison.Ordinal);
        Assert.Contains($"  实物价值合计：", output, StringComparison.Ordinal);
        Assert.Contains($"变化 {Yuan(-240m * losers.Count)}", output, StringComparison.Ordinal);
        Assert.Contains("没有变化的项目：P1、P2、P3、P4、P5、P8。", output, StringComparison.Ordinal);
        Assert.Contains($"  修改前符合 {N(living.Count)} 人，修改后符合 {N(living.Count)} 人{Environment.NewLine}  新增符合 0 人，不再符合 0 人，金额变化 {living.Count} 人", output, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^  P1：修改前符合 [1-9][0-9,]* 人，修改后符合 [1-9][0-9,]* 人$", RegexOptions.Multiline), output);
        Assert.DoesNotMatch(FullIdNumber(), output);
    }

    [Fact]
    public void NothingChanges_AndNobodyIsEligibleOnTheDate_SaysSoWithTheLikelyReason()
    {
        var (code, output, error) = DpfCommandTests.Dpf(["impact", _old, _old, "--roll", _roll.RollPath, "--status", .. _roll.ListPaths, "--date", "2075-06-30", "--lang", "zh-CN"]);
        var (_, outputEn, _) = DpfCommandTests.Dpf(["impact", _old, _old, "--roll", _roll.RollPath, "--status", .. _roll.ListPaths, "--date", "2075-06-30"]);

        Assert.True(code == 0, error);
        Assert.Contains("  P1：修改前符合 0 人，修改后符合 0 人", output, StringComparison.Ordinal);
        Assert.Contains("  P8：修改前符合 0 人，修改后符合 0 人", output, StringComparison.Ordinal);
        Assert.Contains("评估日 2075-06-30 没有任何人符合条件：请检查评估日期（例如残疾证是否已过有效期）和花名册。", output, StringComparison.Ordinal);
        Assert.EndsWith("没有人的判定结果发生变化。", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("  P1: eligible 0 before, 0 after", outputEn, StringComparison.Ordinal);
        Assert.Contains("Nobody is eligible for any program on 2075-06-30: check the evaluation date (for example whether the certificates had expired by then) and the roll.", outputEn, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWorkbook_ReadsBackWithTheSameNumbers_AndMaskedPeople()
    {
        var living = LivingSubsidy();
        var losers = Batteries(14).Where(p => p.AgeOn(Day) > 10).ToList();
        var workbook = Path.Combine(_folder, "impact.xlsx");

        var (code, _, error) = Impact("--lang", "zh-CN", "--output", workbook);

        Assert.True(code == 0, error);
        var summary = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "汇总").Cast<IDictionary<string, object?>>().ToList();
        var p7 = summary.Single(r => (string?)r["项目"] == "P7");
        var p6 = summary.Single(r => (string?)r["项目"] == "P6");
        Assert.Equal(living.Count, Convert.ToInt32(p7["金额变化(人)"], CultureInfo.InvariantCulture));
        Assert.Equal(20m * living.Count, Convert.ToDecimal(p7["每月金额变化(元)"], CultureInfo.InvariantCulture));
        Assert.Equal(losers.Count, Convert.ToInt32(p6["不再符合(人)"], CultureInfo.InvariantCulture));
        Assert.Equal(-240m * losers.Count, Convert.ToDecimal(p6["实物价值变化(元)"], CultureInfo.InvariantCulture));
        Assert.All(summary.Where(r => (string?)r["项目"] is not ("P6" or "P7")), r => Assert.Equal(0, Convert.ToInt32(r["新增符合(人)"], CultureInfo.InvariantCulture) + Convert.ToInt32(r["不再符合(人)"], CultureInfo.InvariantCulture) + Convert.ToInt32(r["金额变化(人)"], CultureInfo.InvariantCulture)));

        var changes = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "变化名单").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(living.Count + losers.Count, changes.Count);
        Assert.Equal(losers.Select(p => p.Id.Masked).Order(StringComparer.Ordinal), changes.Where(r => (string?)r["项目"] == "P6").Select(r => (string)r["公民身份号码(已遮蔽)"]!).Order(StringComparer.Ordinal));
        Assert.All(changes, r => Assert.Matches(@"^\d{6}\*{8}\d{3}[\dX]$", (string)r["公民身份号码(已遮蔽)"]!));
        Assert.All(changes.Where(r => (string?)r["项目"] == "P7"), r => Assert.Equal((80m, 100m), (Convert.ToDecimal(r["原每月金额(元)"], CultureInfo.InvariantCulture), Convert.ToDecimal(r["新每月金额(元)"], CultureInfo.InvariantCulture))));
        var about = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object?>>().ToDictionary(r => (string)r["项目"]!, r => Convert.ToString(r["值"], CultureInfo.InvariantCulture));
        Assert.Equal(("2003", "2000", "3"), (about["读取人数"], about["评估人数"], about["拒绝人数"]));
    }

    [Fact]
    public void AWorkbookNameThatIsNotXlsx_OrAMissingRoll_IsRefused()
    {
        var (code, _, error) = Impact("--lang", "en", "--output", Path.Combine(_folder, "impact.csv"));
        var (missing, _, missingError) = DpfCommandTests.Dpf("impact", _old, _new, "--roll", Path.Combine(_folder, "none.csv"), "--date", "2019-06-30", "--lang", "en");

        Assert.Equal(2, code);
        Assert.Contains("--output must name an .xlsx file", error, StringComparison.Ordinal);
        Assert.Equal(1, missing);
        Assert.Contains("none.csv", missingError, StringComparison.Ordinal);
    }

    private (int Code, string Output, string Error) Impact(params string[] more) =>
        DpfCommandTests.Dpf([
            "impact", _old, _new, "--roll", _roll.RollPath, "--status", .. _roll.ListPaths, "--date", "2019-06-30", .. more,
        ]);

    private IEnumerable<(Person Person, Household Household)> People() =>
        _county.Households().SelectMany(h => h.Household.Members.Select(m => (m, h.Household)));

    private void Edit(string program, string from, string to)
    {
        var file = Path.Combine(_new, program + ".ruleset.json");
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static string N(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Yuan(decimal yuan) => yuan < 0
        ? string.Create(CultureInfo.InvariantCulture, $"-¥{-yuan:#,0.00}")
        : string.Create(CultureInfo.InvariantCulture, $"¥{yuan:#,0.00}");

    [GeneratedRegex(@"\d{17}[\dX]")]
    private static partial Regex FullIdNumber();
}
