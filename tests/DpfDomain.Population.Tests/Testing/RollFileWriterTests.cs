using System.Text;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Population.Roll;
using DpfDomain.Testing;
using NodaTime;

namespace DpfDomain.Population.Tests.Testing;

public sealed class RollFileWriterTests
{
    private static readonly DivisionCode County = CountyRollOptions.DefaultCounty;

    public static TheoryData<RollFileFormat, RollTextEncoding, string?> Formats => new()
    {
        { RollFileFormat.Csv, RollTextEncoding.Utf8WithBom, "UTF-8" },
        { RollFileFormat.Csv, RollTextEncoding.Gb18030, "GB18030/GBK" },
        { RollFileFormat.Xlsx, RollTextEncoding.Utf8WithBom, null },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task WriteFiles_ReadBack_GivesTheSameHouseholdsWithNoProblem(RollFileFormat format, RollTextEncoding encoding, string? encodingRead)
    {
        using var scratch = new ScratchDirectory();
        var generator = new CountyRollGenerator(new CountyRollOptions { People = 2_500, Seed = 77 });

        var manifest = await generator.WriteFilesAsync(scratch.Path, new RollFileOptions { Format = format, Encoding = encoding });
        var (households, report) = await ReadBack.ReadAsync(manifest);

        var expected = generator.Households().ToList();
        Assert.Empty(report.Problems);
        Assert.True(report.IsBalanced);
        Assert.Equal((2_500, 2_500, 0), (report.PeopleRead, report.PeopleAccepted, report.PeopleRejected));
        Assert.Equal(manifest.GoodListRows, report.ListRowsApplied);
        Assert.Equal(0, report.ListRowsRejected);
        Assert.Equal(expected.Count, report.Households);
        Assert.Equal(expected.Select(h => h.HouseholdNo), households.Select(h => h.HouseholdNo));
        Assert.Equal(expected.Select(h => HouseholdFingerprint.Of(h.Household)), households.Select(h => HouseholdFingerprint.Of(h.Household)));
        Assert.Equal(encodingRead, report.Encodings.GetValueOrDefault(Path.GetFileName(manifest.RollPath)));
    }

    [Fact]
    public async Task WriteFiles_Csv_WritesEveryFileInTheDocumentedLayout()
    {
        using var scratch = new ScratchDirectory();

        var manifest = await new CountyRollGenerator(new CountyRollOptions { People = 300 }).WriteFilesAsync(scratch.Path);

        Assert.Equal(
            ["roll.csv", "civil-affairs.csv", "poverty-register.csv", "schools.csv", "care-needs.csv", "health.csv"],
            manifest.Files.Values.Select(Path.GetFileName));
        Assert.Equal(manifest.Files.Values.Skip(1), manifest.ListPaths);
        var roll = await File.ReadAllBytesAsync(manifest.RollPath);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, roll[..3]);
        Assert.Equal("户号,姓名,公民身份号码,残疾人证号,残疾类别,残疾等级,多重残疾组成,发证日期,注销日期,注销原因,户口性质,户籍地代码,父母身份证号", FirstLine(manifest.RollPath, Encoding.UTF8));
        Assert.Equal("公民身份号码,姓名,类型,开始日期,结束日期,月数", FirstLine(manifest.Files[RollFileKind.CareNeeds], Encoding.UTF8));
        Assert.Equal("公民身份号码,姓名,类型,开始日期,结束日期,定点机构", FirstLine(manifest.Files[RollFileKind.Health], Encoding.UTF8));
        Assert.Equal(RollLayout.ChineseHeader(StatusListColumn.IdNumber), RollFileWriter.Header(RollFileKind.Schools)[0]);
        Assert.Equal(300 + manifest.ListRowsWritten, manifest.RowsByFile.Values.Sum());
        foreach (var (kind, path) in manifest.Files)
        {
            Assert.Equal(manifest.RowsByFile[kind] + 1, File.ReadLines(path).Count());
        }
    }

    [Fact]
    public async Task WriteAsync_AHousehold_WritesItsRowsCellByCell()
    {
        using var scratch = new ScratchDirectory();
        var ids = new TestIdentities(County);
        var mother = ids.Next(new LocalDate(1980, 3, 14), Sex.Female);
        var child = ids.Next(new LocalDate(2009, 10, 1), Sex.Male);
        var profile = DisabilityProfile.Multiple(new Disability(DisabilityCategory.Mental, DisabilityGrade.Two), new Disability(DisabilityCategory.Physical, DisabilityGrade.Three));
        var certificate = DisabilityCertificate.FromRegister(CertificateNumber.For(mother, profile, 1), profile, new LocalDate(2015, 4, 1), County).Revoke(new LocalDate(2019, 1, 2), RevocationReason.NoLongerQualifies);
        var household = new Household(
            new HouseholdRegistration(County, HukouType.Rural),
            [
                new Person(mother, new PersonName("王芳"), certificate, psychiatricTreatmentYears: [2017, 2018, 2019], careNeed: new CareNeed(new LocalDate(2018, 5, 6), 24)),
                new Person(child, new PersonName("王小明"), diagnoses: [new Diagnosis(DiagnosedCondition.Autism, new LocalDate(2012, 1, 9), true)], hearing: new HearingFacts(true, false, false), enrolments: [new Dated<SchoolStage>(SchoolStage.Primary, new LocalDate(2018, 9, 1), new LocalDate(2019, 7, 15))]),
            ],
            [new Dated<PovertyStatus>(PovertyStatus.MinimumLivingAllowance, new LocalDate(2016, 1, 1))],
            [new ParentChildLink(mother, child)]);

        var manifest = await new RollFileWriter().WriteAsync(scratch.Path, [new GeneratedHousehold("户-1", household)]);

        var m = mother.ToUnmaskedString();
        var c = child.ToUnmaskedString();
        Assert.Equal(
            [$"户-1,王芳,{m},{m}72B1,多重,二级,肢体三级;精神二级,2015-04-01,2019-01-02,不再符合,农业,340123,", $"户-1,王小明,{c},,,,,,,,农业,340123,{m}"],
            Lines(manifest.RollPath));
        Assert.Equal([$"{m},王芳,低保,2016-01-01,"], Lines(manifest.Files[RollFileKind.CivilAffairs]));
        Assert.Equal([$"{c},王小明,小学,2018-09-01,2019-07-15"], Lines(manifest.Files[RollFileKind.Schools]));
        Assert.Equal([$"{m},王芳,照护需求,2018-05-06,,24"], Lines(manifest.Files[RollFileKind.CareNeeds]));
        Assert.Equal(
            [$"{m},王芳,精神科治疗,2017-01-01,2019-12-31,", $"{c},王小明,孤独症诊断,2012-01-09,,是", $"{c},王小明,佩戴助听器,2012-01-09,,"],
            Lines(manifest.Files[RollFileKind.Health]));
        Assert.Empty(Lines(manifest.Files[RollFileKind.PovertyRegister]));
        Assert.Equal((2, 2, 1, 6), (manifest.PeopleWritten, manifest.GoodPeople, manifest.Households, manifest.GoodListRows));
    }

    [Fact]
    public async Task WriteFiles_SameSeed_SameBytes_OtherSeed_OtherRoll()
    {
        using var scratch = new ScratchDirectory();
        CountyRollOptions Options(int seed) => new CountyRollOptions { People = 1_500, Seed = seed }.WithBadRows(BadRowKind.DuplicatePerson, 2).WithBadRows(BadRowKind.ListRowNotOnRoll, 2);

        var first = await new CountyRollGenerator(Options(5)).WriteFilesAsync(scratch.Sub("a"));
        var again = await new CountyRollGenerator(Options(5)).WriteFilesAsync(scratch.Sub("b"), new RollFileOptions());
        var other = await new CountyRollGenerator(Options(6)).WriteFilesAsync(scratch.Sub("c"));

        foreach (var kind in Enum.GetValues<RollFileKind>())
        {
            Assert.Equal(await File.ReadAllBytesAsync(first.Files[kind]), await File.ReadAllBytesAsync(again.Files[kind]));
        }

        Assert.NotEqual(await File.ReadAllTextAsync(first.RollPath), await File.ReadAllTextAsync(other.RollPath));
        Assert.Empty(File.ReadLines(first.RollPath).Skip(1).Intersect(File.ReadLines(other.RollPath).Skip(1)));
    }

    [Fact]
    public async Task WriteFiles_Gb18030_IsChineseWindowsTextWithoutByteOrderMark()
    {
        using var scratch = new ScratchDirectory();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding("GB18030");

        var utf8 = await new CountyRollGenerator(new CountyRollOptions { People = 100 }).WriteFilesAsync(scratch.Sub("utf8"));
        var chinese = await new CountyRollGenerator(new CountyRollOptions { People = 100 }).WriteFilesAsync(scratch.Sub("gb"), new RollFileOptions { Encoding = RollTextEncoding.Gb18030 });

        var bytes = await File.ReadAllBytesAsync(chinese.RollPath);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(await File.ReadAllTextAsync(utf8.RollPath, Encoding.UTF8), gb18030.GetString(bytes));
    }

    [Fact]
    public async Task WriteFiles_Xlsx_SameCellsEveryTime_AndEmptyListsAreLeftOut()
    {
        using var scratch = new ScratchDirectory();
        var options = new RollFileOptions { Format = RollFileFormat.Xlsx };

        var first = await new CountyRollGenerator(new CountyRollOptions { People = 3, Seed = 4 }).WriteFilesAsync(scratch.Sub("a"), options);
        var again = await new CountyRollGenerator(new CountyRollOptions { People = 3, Seed = 4 }).WriteFilesAsync(scratch.Sub("b"), options);

        Assert.All(first.Files.Values, path => Assert.EndsWith(".xlsx", path, StringComparison.Ordinal));
        Assert.All(first.Files.Keys.Where(k => k != RollFileKind.Roll), kind => Assert.True(first.RowsByFile[kind] > 0));
        Assert.Equal(first.Files.Keys, again.Files.Keys);
        var (households, report) = await ReadBack.ReadAsync(first);
        var (householdsAgain, _) = await ReadBack.ReadAsync(again);
        Assert.Equal(3, report.PeopleAccepted);
        Assert.Equal(households.Select(h => HouseholdFingerprint.Of(h.Household)), householdsAgain.Select(h => HouseholdFingerprint.Of(h.Household)));
    }

    [Fact]
    public async Task WriteFiles_EmptyCounty_CsvHasHeadersOnly_XlsxIsRefused()
    {
        using var scratch = new ScratchDirectory();
        var empty = new CountyRollGenerator(new CountyRollOptions { People = 0 });

        var manifest = await empty.WriteFilesAsync(scratch.Sub("csv"));
        var (households, report) = await ReadBack.ReadAsync(manifest);

        Assert.Empty(households);
        Assert.Equal((0, 0, 0L), (report.PeopleRead, report.ListRowsRead, manifest.ListRowsWritten));
        await Assert.ThrowsAsync<InvalidOperationException>(() => empty.WriteFilesAsync(scratch.Sub("xlsx"), new RollFileOptions { Format = RollFileFormat.Xlsx }));
        Assert.False(File.Exists(Path.Combine(scratch.Sub("xlsx"), "roll.xlsx")));
    }

    [Fact]
    public void Constructor_UndefinedFormatOrEncoding_Throws()
    {
        Assert.Throws<ArgumentException>(() => new RollFileWriter(new RollFileOptions { Format = (RollFileFormat)9 }));
        Assert.Throws<ArgumentException>(() => new RollFileWriter(new RollFileOptions { Encoding = (RollTextEncoding)9 }));
        Assert.Equal("care-needs.xlsx", RollFileWriter.FileName(RollFileKind.CareNeeds, RollFileFormat.Xlsx));
    }

    private static string FirstLine(string path, Encoding encoding) => File.ReadLines(path, encoding).First().TrimStart('\uFEFF');

    private static List<string> Lines(string path) => [.. File.ReadLines(path, Encoding.UTF8).Skip(1)];
}
