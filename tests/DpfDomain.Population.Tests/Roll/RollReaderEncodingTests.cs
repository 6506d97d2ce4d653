using DpfDomain.Population.Roll;
using static DpfDomain.Population.Tests.Support.RollText;

namespace DpfDomain.Population.Tests.Roll;

public sealed class RollReaderEncodingTests
{
    private static byte[] LargeGbkRoll(int padding, byte[]? badRow = null)
    {
        var gb = Gb18030();
        var rows = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"H{i},王芳,{UniqueId(i, 1950)},农业\r\n"));
        var header = gb.GetBytes("户号,姓名,公民身份号码,户口性质" + new string(' ', padding) + "\r\n");
        return [.. header, .. gb.GetBytes(rows), .. badRow ?? []];
    }

    [Fact]
    public async Task ReadAsync_Utf16FileWithItsMark_ReadsTheSameAsUtf8()
    {
        var text = $"户号,姓名,公民身份号码,户口性质\r\nH1,王芳,{UniqueId(1, 1960)},农业\r\nH2,李强,{UniqueId(2, 1970)},非农业\r\n";

        var utf8 = await ReadAsync(Csv("roll.csv", text));
        var utf16 = await ReadAsync(Bytes("roll.csv", [.. System.Text.Encoding.Unicode.Preamble, .. System.Text.Encoding.Unicode.GetBytes(text)]));

        Assert.Equal("UTF-16 LE", utf16.Report.Encodings["roll.csv"]);
        Assert.Equal(utf8.Report.ToString().Replace("UTF-8", "UTF-16 LE", StringComparison.Ordinal), utf16.Report.ToString());
        Assert.Equal(["王芳", "李强"], utf16.Households.SelectMany(h => h.Household.Members).Select(m => m.Name.ToUnmaskedString()));
    }

    [Fact]
    public async Task ReadAsync_BytesThatAreNoText_AreRefusedAtTheRowAndCharacterOfTheFirstBadByte()
    {
        byte[] bytes = [.. "HouseholdNo,Name\r\nH1,"u8.ToArray(), 0xFF, 0xFF, .. "\r\n"u8.ToArray()];

        var error = await Assert.ThrowsAsync<Files.TabularFileException>(() => ReadAsync(Bytes("roll.csv", bytes)));

        Assert.Equal(2, error.Row);
        Assert.StartsWith("该行第 4 个字符处：此处的字节（FF FF）既不是 UTF-8 也不是 GB18030/GBK 编码的文字", error.ReasonZh, StringComparison.Ordinal);
        Assert.Contains("另存为 UTF-8", error.ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Gb18030FileLargerThanTheSample_IsReadToTheEnd()
    {
        var bytes = LargeGbkRoll(0);

        var (households, report) = await ReadAsync(Bytes("roll.csv", bytes));

        Assert.True(bytes.Length > 1 << 20);
        Assert.Equal(30_000, report.PeopleAccepted);
        Assert.Equal("王芳", households[^1].Household.Members[0].Name.ToUnmaskedString());
    }

    [Fact]
    public async Task ReadAsync_Gb18030FileWithABadByteAfterTheSample_RejectsThatRowOnly()
    {
        var bad = Gb18030().GetBytes($"H99999,李").Concat(new byte[] { 0x81, 0x20 }).Concat(Gb18030().GetBytes($",{UniqueId(40_000, 1950)},农业\r\n")).ToArray();

        var (_, report) = await ReadAsync(Bytes("roll.csv", LargeGbkRoll(0, bad)));

        Assert.Equal(30_001, report.PeopleRead);
        Assert.Equal(30_000, report.PeopleAccepted);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((30_002, RollProblemCode.InvalidText, "姓名"), (problem.Row, problem.Code, problem.Column));
    }

    [Fact]
    public async Task ReadAsync_TwoColumnsForTheSameThing_ReadsTheFirstAndSaysSo()
    {
        var id = UniqueId(1, 1960);

        var (households, report) = await ReadAsync(Csv("roll.csv", $"户号,姓名,身份证号,户口性质,公民身份号码\r\nH1,王芳,{id},农业,{UniqueId(2, 1960)}\r\n"));

        Assert.Equal(id, households.Single().Members.Single().Person.Id.ToUnmaskedString());
        var notice = Assert.Single(report.Problems);
        Assert.Equal(("公民身份号码", false), (notice.Column, notice.RejectsRow));
    }

    [Fact]
    public async Task ReadAsync_OngoingTreatment_CountsEveryYearToTheRunDate()
    {
        var id = UniqueId(1, 1960);
        var health = Csv("health.csv", $"公民身份号码,类型,开始日期\r\n{id},精神科治疗,2017-05-01\r\n");

        var (households, _) = await ReadAsync(Csv("roll.csv", $"户号,姓名,公民身份号码,户口性质\r\nH1,王芳,{id},农业\r\n"), health);

        Assert.Equal([2017, 2018, 2019], households.Single().Members.Single().Person.PsychiatricTreatmentYears);
    }

    [Theory]
    [InlineData("1920-01-01", "2019-12-31", true)]
    [InlineData("1919-12-31", "2019-01-01", false)]
    [InlineData("1919-01-01", "", false)]
    [InlineData("1920-01-01", "", true)]
    public async Task ReadAsync_TreatmentRow_CoversAtMost100CalendarYearsCountingAnOngoingOneToTheRunDate(string from, string until, bool accepted)
    {
        var id = UniqueId(1, 1910);
        var health = Csv("health.csv", $"公民身份号码,类型,开始日期,结束日期\r\n{id},精神科治疗,{from},{until}\r\n");

        var (_, report) = await ReadAsync(Csv("roll.csv", $"户号,姓名,公民身份号码,户口性质\r\nH1,王芳,{id},农业\r\n"), health);

        Assert.Equal(accepted ? 1 : 0, report.ListRowsApplied);
        Assert.Equal(accepted ? 0 : 1, report.ListRowsRejected);
    }

    [Fact]
    public async Task ReadAsync_IdNumberUsedAsHouseholdNumber_IsMaskedInMessages()
    {
        var head = UniqueId(1, 1960);
        var text = $"户号,姓名,公民身份号码,户口性质\r\n{head},王芳,{head},农业\r\nH2,李强,{UniqueId(2, 1960)},农业\r\n{head},王小,{UniqueId(3, 1990)},农业\r\n";

        var (households, report) = await ReadAsync(Csv("roll.csv", text));

        var problem = Assert.Single(report.Problems);
        Assert.Equal(RollProblemCode.HouseholdInconsistent, problem.Code);
        Assert.DoesNotContain(head, problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(head, problem.ToChineseString(), StringComparison.Ordinal);
        Assert.DoesNotContain(head, households[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_CertificateColumnWithoutIssueDateColumn_RefusesTheRoll()
    {
        var error = await Assert.ThrowsAsync<Files.TabularFileException>(() => ReadAsync(Csv("roll.csv", "户号,姓名,残疾人证号,户口性质\r\n")));

        Assert.Contains("发证日期", error.ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_OneHouseholdNumberForAWholeVillage_StopsTheHouseholdAtTheLimit()
    {
        var rows = string.Concat(Enumerable.Range(0, RollReader.MaximumHouseholdMembers + 10).Select(i => $"V01,王芳,{UniqueId(i, 1960)},农业\r\n"));

        var (households, report) = await ReadAsync(Csv("roll.csv", "户号,姓名,公民身份号码,户口性质\r\n" + rows));

        Assert.Equal(RollReader.MaximumHouseholdMembers, households.Single().Members.Count);
        Assert.Equal(10, report.RejectedPeopleByCode[RollProblemCode.HouseholdInconsistent]);
        Assert.True(report.IsBalanced);
    }

    [Theory]
    [InlineData("<dimension ref=\"A1:XFD1048576\"/>")]
    [InlineData("<sheetData><row r=\"1\"><c r=\"XFD1\"/></row></sheetData>")]
    [InlineData("<sheetData><row r=\"99999999\"/></sheetData>")]
    public async Task ReadAsync_WorkbookClaimingHugeSheets_IsRefusedBeforeItIsRead(string content)
    {
        var bytes = Workbook($"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">{content}</worksheet>");

        var error = await Assert.ThrowsAsync<Files.TabularFileException>(() => ReadAsync(Bytes("roll.xlsx", bytes)));

        Assert.Contains("工作簿", error.ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_WorkbookWithAHugeCell_IsRefused()
    {
        var bytes = Workbook($"<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>{new string('x', 40_000)}</t></is></c></row></sheetData></worksheet>");

        var error = await Assert.ThrowsAsync<Files.TabularFileException>(() => ReadAsync(Bytes("roll.xlsx", bytes)));

        Assert.Contains("32,767", error.Reason, StringComparison.Ordinal);
    }

    private static byte[] Workbook(string sheet)
    {
        var memory = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(sheet);
        }

        return memory.ToArray();
    }
}
