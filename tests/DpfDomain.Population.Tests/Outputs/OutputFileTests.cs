using System.Text.Json;
using DpfDomain.Disabilities;
using DpfDomain.Population.Files;
using DpfDomain.Population.Outputs;
using DpfDomain.Population.Tests.Support;
using DpfDomain.Rules.Model;
using MiniExcelLibs;
using static DpfDomain.Population.Tests.Support.RollText;

namespace DpfDomain.Population.Tests.Outputs;

public sealed class OutputFileTests
{
    private static readonly string Holder = Id(1961, 1);
    private static readonly string Student = Id(2008, 3);

    private static Population.Roll.RollSource Roll(string householdNo = "H1") => Csv("roll.csv", string.Join("\r\n",
        "户号,姓名,公民身份号码,残疾人证号,发证日期,户口性质,父母身份证号",
        $"{householdNo},王芳,{Holder},{Certificate(Holder, DisabilityCategory.Mental, 2)},2016-01-01,农业,",
        $"{householdNo},王小明,{Student},,,农业,{Holder}") + "\r\n");

    private static Population.Roll.RollSource[] Lists() =>
    [
        Csv("civil-affairs.csv", $"公民身份号码,类型,开始日期\r\n{Holder},低保,2018-01-01\r\n{Holder},建档立卡,2015-01-01\r\n"),
        Csv("health.csv", $"公民身份号码,类型,开始日期\r\n{Holder},精神科治疗,2019-03-01\r\n"),
        Csv("schools.csv", $"公民身份号码,类型,开始日期,结束日期\r\n{Student},初中,2018-09-01,2019-07-15\r\n"),
    ];

    [Fact]
    public async Task DecisionFiles_ByDefault_HoldNoUnmaskedIdNumberOrName()
    {
        var run = await RunHarness.RunAsync(Roll(), Date, lists: Lists());

        foreach (var text in new[] { run.CsvText, run.JsonText, string.Join("\n", run.Changes) })
        {
            Assert.DoesNotContain(Holder, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Student, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Holder[..14], text, StringComparison.Ordinal);
            Assert.DoesNotContain("王芳", text, StringComparison.Ordinal);
            Assert.DoesNotContain("小明", text, StringComparison.Ordinal);
        }

        Assert.Contains(Holder[..6] + "********" + Holder[14..], run.CsvText, StringComparison.Ordinal);
        Assert.Contains("王**", run.JsonText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionFiles_WhenAsked_HoldTheFullIdNumber()
    {
        var run = await RunHarness.RunAsync(Roll(), Date, fullIds: true, lists: Lists());

        Assert.Contains(Holder, run.CsvText, StringComparison.Ordinal);
        Assert.Contains(Holder, run.JsonText, StringComparison.Ordinal);
        Assert.Contains(Holder, run.Changes[0].IdNumber, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionFiles_OneLinePerPersonAndProgram_WithAmountsPerPeriodRulesVersionAndHash()
    {
        var run = await RunHarness.RunAsync(Roll(), Date, lists: Lists());

        var programs = RunHarness.Evaluator.Value.Catalog.PersonProgramIds;
        var lines = run.JsonText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal((1, RunHarness.Keys.Fingerprint), (lines[0].GetProperty("dpfDecisions").GetInt32(), lines[0].GetProperty("keyFingerprint").GetString()));
        var records = lines.Skip(1).ToList();
        Assert.Equal(2 * programs.Count, records.Count);
        Assert.Equal(1 + (2 * programs.Count), run.CsvText.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        var p1 = records.Single(r => r.GetProperty("program").GetString() == "P1" && r.GetProperty("row").GetInt32() == 2);
        Assert.Equal("Eligible", p1.GetProperty("outcome").GetString());
        Assert.Equal(1000m, p1.GetProperty("amounts").GetProperty("PerYear").GetDecimal());
        Assert.False(string.IsNullOrEmpty(p1.GetProperty("contentHash").GetString()));
        Assert.False(string.IsNullOrEmpty(p1.GetProperty("version").GetString()));
        var p7 = records.Single(r => r.GetProperty("program").GetString() == "P7" && r.GetProperty("row").GetInt32() == 2);
        Assert.Equal(80m, p7.GetProperty("amounts").GetProperty("PerMonth").GetDecimal());
        var childP1 = records.Single(r => r.GetProperty("program").GetString() == "P1" && r.GetProperty("row").GetInt32() == 3);
        Assert.Contains("CertificateValid", childP1.GetProperty("failedRules").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(",不符合,", run.CsvText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_MonthlyAndYearlyAmounts_AreTotalledApart()
    {
        var run = await RunHarness.RunAsync(Roll(), Date, lists: Lists());

        var p1 = run.Summary.Programs.Single(p => p.ProgramId == "P1");
        var p7 = run.Summary.Programs.Single(p => p.ProgramId == "P7");
        var p4 = run.Summary.Programs.Single(p => p.ProgramId == "P4");
        Assert.Equal((1, 1000m), (p1.Eligible, p1.Amounts.PerYear.Yuan));
        Assert.False(p1.Amounts.Has(BenefitPeriod.PerMonth));
        Assert.Equal(80m, p7.Amounts.PerMonth.Yuan);
        Assert.False(p7.Amounts.Has(BenefitPeriod.PerYear));
        Assert.Equal((1, 500m), (p4.Eligible, p4.Amounts.PerYear.Yuan));
        Assert.Equal(1152, p1.Quota);
        Assert.Equal(2, run.Summary.People);
        Assert.Equal(1, run.Summary.Households);
        Assert.Equal(1, run.Summary.PeopleWithoutCertificate);
        Assert.Equal(new CertificateCount(DisabilityCategory.Mental, 2, 1), Assert.Single(run.Summary.CertificateHolders));
        Assert.Equal(2, run.Report.PeopleRead);
    }

    [Fact]
    public async Task OutputFiles_CellsStartingWithAFormulaCharacter_AreNeutralisedInCsvAndWorkbook()
    {
        var run = await RunHarness.RunAsync(Roll("=HYPERLINK(\"http://x\")"), Date, lists: Lists());
        var path = Path.Combine(Path.GetTempPath(), $"changes-{Guid.NewGuid():N}.xlsx");
        try
        {
            await ChangeListFile.WriteAsync(path, run.Changes);
            await TableFile.WriteAsync(path + ".csv", ["a", "b", "c", "d"], [["+1", "-2", "@x", "ok"]]);

            Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", run.CsvText, StringComparison.Ordinal);
            Assert.DoesNotContain(",=HYPERLINK", run.CsvText, StringComparison.Ordinal);
            var household = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().First()["户号"];
            Assert.Equal("'=HYPERLINK(\"http://x\")", household);
            Assert.EndsWith("\"'+1\",\"'-2\",\"'@x\",ok\r\n", File.ReadAllText(path + ".csv"), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".csv");
        }
    }

    [Fact]
    public async Task SummaryReport_TextJsonAndWorkbook_CarryTheSameFigures()
    {
        var run = await RunHarness.RunAsync(Roll(), Date, lists: Lists());
        var path = Path.Combine(Path.GetTempPath(), $"summary-{Guid.NewGuid():N}.xlsx");
        try
        {
            var text = new StringWriter();
            SummaryReport.WriteText(text, run.Summary);
            var json = new MemoryStream();
            await SummaryReport.WriteJsonAsync(json, run.Summary);
            await SummaryReport.WriteWorkbookAsync(path, run.Summary);

            Assert.Contains("1,000.00", text.ToString(), StringComparison.Ordinal);
            Assert.Contains("持证人数", text.ToString(), StringComparison.Ordinal);
            var root = JsonDocument.Parse(json.ToArray()).RootElement;
            Assert.Equal(1000m, root.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("program").GetString() == "P1").GetProperty("amounts").GetProperty("PerYear").GetDecimal());
            Assert.Equal(2, root.GetProperty("roll").GetProperty("peopleRead").GetInt32());
            Assert.Equal(["项目汇总", "持证人数", "证件状态", "读取与拒绝"], MiniExcel.GetSheetNames(path));
            var p1 = MiniExcel.Query(path, useHeaderRow: true, sheetName: "项目汇总").Cast<IDictionary<string, object?>>().Single(r => (string?)r["项目"] == "P1");
            Assert.Equal(1000d, Convert.ToDouble(p1["每年金额合计(元)"], System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Workbook_SheetWithoutRows_KeepsItsHeader()
    {
        var path = Path.Combine(Path.GetTempPath(), $"empty-{Guid.NewGuid():N}.xlsx");
        try
        {
            await TableFile.WriteAsync(path, ["户号", "姓名"], []);

            var header = MiniExcel.Query(path, useHeaderRow: false).Cast<IDictionary<string, object?>>().Single();
            Assert.Equal(["户号", "姓名"], header.Values.Select(v => v?.ToString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task DecisionFiles_IdNumberUsedAsHouseholdNumber_IsMaskedUnlessFullNumbersAreAsked()
    {
        var masked = await RunHarness.RunAsync(Roll(Holder), Date, lists: Lists());
        var full = await RunHarness.RunAsync(Roll(Holder), Date, fullIds: true, lists: Lists());

        Assert.DoesNotContain(Holder, masked.CsvText + masked.JsonText + string.Join("\n", masked.Changes.Select(c => c.HouseholdNo)), StringComparison.Ordinal);
        Assert.Contains(Holder[..6] + "********" + Holder[14..], masked.CsvText, StringComparison.Ordinal);
        Assert.Contains(Holder, full.CsvText, StringComparison.Ordinal);
    }
}
