using DpfDomain.Disabilities;
using DpfDomain.People;
using DpfDomain.Population.Files;
using DpfDomain.Population.Roll;
using static DpfDomain.Population.Tests.Support.RollText;

namespace DpfDomain.Population.Tests.Roll;

public sealed class RollReaderTests
{
    private static readonly string Mother = Id(1975, 12);
    private static readonly string Child = Id(2008, 21);
    private static readonly string Single = Id(1960, 33);
    private static readonly string Other = Id(1950, 45);

    private static string GoodAndBadRoll()
    {
        var badCheck = Single[..17] + (Single[17] == '0' ? "1" : "0");
        return string.Join("\r\n",
            "户号,姓名,公民身份号码,残疾人证号,残疾类别,残疾等级,发证日期,户口性质,父母身份证号",
            $"H1,王芳,{Mother},{Certificate(Mother, DisabilityCategory.Physical, 2)},肢体,二级,2016-05-01,农业,",
            $"H1,王小明,{Child},,,,,农业,{Mother}",
            $"H2,李强,{badCheck},,,,,农业,",
            $"H3,赵四,{Single},{Certificate(Single, DisabilityCategory.Mental, 2)},精神,三级,2016-05-01,非农业,",
            $"H4,钱五,{Other},{Certificate(Other, DisabilityCategory.Visual, 1)},视力,一级,2019-02-30,农业,",
            "",
            $"H5,孙六,{Other},,,,,农业,",
            $"H6,周七,{Mother},,,,,农业,",
            $"H1,王大,{Id(1973, 51)},,,,,农业,",
            $"H7,吴八,,{Certificate(Id(1944, 61), DisabilityCategory.Hearing, 3)},听力,3,2012-01-01,城镇,",
            $"H8,郑九,{Id(1990, 71)},{Certificate(Id(1991, 72), DisabilityCategory.Speech, 4)},,,2015-01-01,农业,",
            $"H9,冯十,{Id(1980, 81)},{Certificate(Id(1980, 81), DisabilityCategory.Physical, 3)},火星,,2015-01-01,农业,") + "\r\n";
    }

    [Fact]
    public async Task ReadAsync_GoodAndBadRows_CountsEveryRowAndGivesRowColumnAndReason()
    {
        var (households, report) = await ReadAsync(Csv("roll.csv", GoodAndBadRoll()));

        Assert.Equal(11, report.PeopleRead);
        Assert.Equal(4, report.PeopleAccepted);
        Assert.Equal(7, report.PeopleRejected);
        Assert.True(report.IsBalanced);
        Assert.Equal(["H1", "H5", "H7"], households.Select(h => h.HouseholdNo));
        Assert.Equal(4, households.Sum(h => h.Members.Count));
        var rejected = report.Problems.Where(p => p.RejectsRow).ToDictionary(p => p.Row);
        Assert.Equal(RollProblemCode.InvalidIdNumber, rejected[4].Code);
        Assert.Equal("公民身份号码", rejected[4].Column);
        Assert.Contains("check character", rejected[4].Reason, StringComparison.Ordinal);
        Assert.Equal(RollProblemCode.InvalidCategoryOrGrade, rejected[5].Code);
        Assert.Equal("残疾等级", rejected[5].Column);
        Assert.Equal(RollProblemCode.InvalidDate, rejected[6].Code);
        Assert.Equal("发证日期", rejected[6].Column);
        Assert.DoesNotContain(8, rejected.Keys);
        Assert.Equal(RollProblemCode.DuplicatePerson, rejected[9].Code);
        Assert.Contains("row 2", rejected[9].Reason, StringComparison.Ordinal);
        Assert.Equal(RollProblemCode.HouseholdInconsistent, rejected[10].Code);
        Assert.Equal(RollProblemCode.CertificateDoesNotMatchId, rejected[12].Code);
        Assert.Equal(RollProblemCode.InvalidCategoryOrGrade, rejected[13].Code);
        Assert.Equal("残疾类别", rejected[13].Column);
    }

    [Fact]
    public async Task ReadAsync_Rows_BuildHouseholdsWithCertificatesParentsAndRegistration()
    {
        var (households, _) = await ReadAsync(Csv("roll.csv", GoodAndBadRoll()));

        var family = households[0].Household;
        Assert.Equal(2, family.Members.Count);
        Assert.True(family.Registration.IsRural);
        Assert.Equal(County, family.Registration.County);
        Assert.Equal(DisabilityCategory.Physical, family.Members[0].Certificate!.Profile.Category);
        Assert.Null(family.Members[1].Certificate);
        Assert.True(family.HasParentWithValidCertificate(family.Members[1].Id, Date));
        Assert.Equal([2, 3], households[0].Members.Select(m => m.Row));
        var fromCertificateOnly = households[2].Members.Single().Person;
        Assert.Equal(DisabilityCategory.Hearing, fromCertificateOnly.Certificate!.Profile.Category);
        Assert.False(households[2].Household.Registration.IsRural);
    }

    [Fact]
    public async Task ReadAsync_Problems_NeverShowAnUnmaskedIdNumberOrAName()
    {
        var (_, report) = await ReadAsync(Csv("roll.csv", GoodAndBadRoll()));

        var texts = report.Problems.SelectMany(p => new[] { p.ToString(), p.ToChineseString() }).ToList();
        Assert.NotEmpty(texts);
        foreach (var id in new[] { Mother, Child, Single, Other, Single[..17] })
        {
            Assert.DoesNotContain(texts, t => t.Contains(id, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(texts, t => t.Contains("周七", StringComparison.Ordinal) || t.Contains("赵四", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_Gb18030File_ReadsTheSameAsUtf8()
    {
        var utf8 = await ReadAsync(Csv("roll.csv", GoodAndBadRoll()));
        var gb = await ReadAsync(Csv("roll-gbk.csv", GoodAndBadRoll(), Gb18030()));

        Assert.Equal("GB18030/GBK", gb.Report.Encodings["roll-gbk.csv"]);
        Assert.Equal("UTF-8", utf8.Report.Encodings["roll.csv"]);
        Assert.Equal(utf8.Report.ToString(), gb.Report.ToString());
        Assert.Equal(
            utf8.Households.SelectMany(h => h.Household.Members).Select(m => m.Name.ToUnmaskedString()),
            gb.Households.SelectMany(h => h.Household.Members).Select(m => m.Name.ToUnmaskedString()));
        Assert.Equal("王芳", gb.Households[0].Household.Members[0].Name.ToUnmaskedString());
    }

    [Fact]
    public async Task ReadAsync_Utf8WithByteOrderMarkAndFullWidthDigits_IsRead()
    {
        var text = "户号,姓名,公民身份号码,户口性质\r\nＨ１,王芳," + string.Concat(Mother.Select(c => c is >= '0' and <= '9' ? (char)(c + 0xFEE0) : c)) + ",农业\r\n";
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray();

        var (households, report) = await ReadAsync(Bytes("roll.csv", bytes));

        Assert.Equal(1, report.PeopleAccepted);
        Assert.Equal(Mother, households.Single().Members.Single().Person.Id.ToUnmaskedString());
    }

    [Fact]
    public async Task ReadAsync_UndecodableBytes_RefusesTheFileWithAMessageSayingHowToSaveIt()
    {
        var bytes = new byte[] { 0x81, 0x30, 0xFF, 0xFF, 0x00, 0x81, 0xFE, 0xFE, 0x0A };

        var error = await Assert.ThrowsAsync<TabularFileException>(() => ReadAsync(Bytes("roll.csv", bytes)));

        Assert.Equal("roll.csv", error.File);
        Assert.Contains("UTF-8", error.ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Utf8FileWithALaterGbkName_RejectsThatRowAsUndecodable()
    {
        var head = System.Text.Encoding.UTF8.GetBytes($"户号,姓名,公民身份号码,户口性质\r\nH1,王芳,{Mother},农业\r\n");
        var padding = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 40_000).Select(i => $"H{i + 10},Name,{Id(1900 + (i % 100), 1 + (i / 100))},农业\r\n")));
        var tail = Gb18030().GetBytes($"H2,李强,{Single},农业\r\n");

        var (_, report) = await ReadAsync(Bytes("roll.csv", [.. head, .. padding, .. tail]));

        var problem = Assert.Single(report.Problems, p => p.Code == RollProblemCode.InvalidText);
        Assert.Equal("姓名", problem.Column);
        Assert.Equal(40_003, problem.Row);
        Assert.True(report.IsBalanced);
    }

    [Fact]
    public async Task ReadAsync_MissingRequiredColumn_RefusesTheRollNamingTheColumn()
    {
        var error = await Assert.ThrowsAsync<TabularFileException>(() => ReadAsync(Csv("roll.csv", $"户号,姓名,公民身份号码\r\nH1,王芳,{Mother}\r\n")));

        Assert.Equal(1, error.Row);
        Assert.Contains("户口性质", error.ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_EnglishHeadersAndAnUnknownColumn_ReadsAndNotesTheColumnWithASuggestion()
    {
        var text = $"HouseholdNo,Name,IdNumber,CertificateNumber,Category,Grade,IssuedOn,HukouType,残疾等极\r\nH1,Wang Fang,{Mother},{Certificate(Mother, DisabilityCategory.Physical, 2)},Physical,2,2016/5/1,Rural,x\r\n";

        var (households, report) = await ReadAsync(Csv("roll.csv", text));

        Assert.Single(households);
        var notice = Assert.Single(report.Problems);
        Assert.False(notice.RejectsRow);
        Assert.Equal(RollProblemCode.UnknownColumn, notice.Code);
        Assert.Contains("残疾等级", notice.ReasonZh, StringComparison.Ordinal);
        Assert.Equal(0, report.PeopleRejected);
    }

    [Fact]
    public async Task ReadAsync_MultipleDisabilityAndRevocation_BuildTheCertificate()
    {
        var multiple = CertificateOf(Single, DisabilityProfile.Multiple(new Disability(DisabilityCategory.Mental, new DisabilityGrade(2)), new Disability(DisabilityCategory.Physical, new DisabilityGrade(3))));
        var text = string.Join("\r\n",
            "户号,姓名,公民身份号码,残疾人证号,多重残疾组成,发证日期,注销日期,注销原因,户口性质",
            $"H1,赵四,{Single},{multiple},精神二级;肢体三级,2016-05-01,,,农业",
            $"H2,钱五,{Other},{Certificate(Other, DisabilityCategory.Visual, 1)}B1,,2016-05-01,2019-01-02,死亡,农业",
            $"H3,孙六,{Mother},{Certificate(Mother, DisabilityCategory.Visual, 1)},,2016-05-01,2015-01-02,死亡,农业",
            $"H4,周七,{Child},{Certificate(Child, DisabilityCategory.Visual, 1)},,2016-05-01,2018-01-02,,农业") + "\r\n";

        var (households, report) = await ReadAsync(Csv("roll.csv", text));

        Assert.Equal(2, report.PeopleAccepted);
        var components = households[0].Members[0].Person.Certificate!.Profile.Components;
        Assert.Equal([DisabilityCategory.Physical, DisabilityCategory.Mental], components.Select(c => c.Category).Order());
        var revoked = households[1].Members[0].Person.Certificate!;
        Assert.False(revoked.IsValidOn(Date));
        Assert.Equal(1, revoked.Number.ReissueCount);
        Assert.Equal(RollProblemCode.InvalidDate, report.Problems.Single(p => p.Row == 4).Code);
        Assert.Equal(RollProblemCode.MissingValue, report.Problems.Single(p => p.Row == 5).Code);
    }

    [Fact]
    public async Task ReadAsync_ParentNotInTheHousehold_RejectsTheChildRow()
    {
        var text = string.Join("\r\n",
            "户号,姓名,公民身份号码,户口性质,父母身份证号",
            $"H1,王小明,{Child},农业,{Mother}",
            $"H2,王芳,{Mother},农业,") + "\r\n";

        var (households, report) = await ReadAsync(Csv("roll.csv", text));

        Assert.Equal(["H2"], households.Select(h => h.HouseholdNo));
        var problem = Assert.Single(report.Problems);
        Assert.Equal((2, RollProblemCode.ParentNotInHousehold), (problem.Row, problem.Code));
    }

    [Fact]
    public async Task ReadAsync_StatusLists_JoinOnTheIdNumberAndRejectUnknownPeopleAndBadRows()
    {
        var roll = Csv("roll.csv", string.Join("\r\n",
            "户号,姓名,公民身份号码,残疾人证号,发证日期,户口性质,父母身份证号",
            $"H1,王芳,{Mother},{Certificate(Mother, DisabilityCategory.Mental, 2)},2016-05-01,农业,",
            $"H1,王小明,{Child},,,农业,{Mother}") + "\r\n");
        var civil = Csv("civil-affairs.csv", string.Join("\r\n",
            "公民身份号码,姓名,类型,开始日期,结束日期",
            $"{Child},王小明,低保,2018-01-01,",
            $"{Mother},王芳,特困,2018-01-01,2018-12-31",
            $"{Other},钱五,低保,2018-01-01,",
            $"{Mother},王芳,火星补贴,2018-01-01,",
            $"{Mother},王芳,低保,2019-07-01,2019-01-01") + "\r\n");
        var schools = Csv("schools.xlsx.csv", string.Join("\r\n",
            "IdNumber,Status,From,Until",
            $"{Child},Primary,2018-09-01,2019-07-15") + "\r\n");
        var health = Csv("health.csv", string.Join("\r\n",
            "公民身份号码,类型,开始日期,结束日期,月数,定点机构",
            $"{Mother},精神科治疗,2018-03-01,2019-02-01,,",
            $"{Mother},照护需求,2019-01-01,,24,",
            $"{Child},孤独症诊断,2015-01-01,,,是",
            $"{Mother},照护需求,2019-01-01,,,") + "\r\n");

        var (households, report) = await ReadAsync(roll, civil, schools, health);

        var household = households.Single().Household;
        var mother = household.Members[0];
        var child = household.Members[1];
        Assert.True(household.HasPovertyStatusOn(PovertyStatus.MinimumLivingAllowance, Date));
        Assert.False(mother.HasSupportOn(SupportStatus.ExtremeHardshipSupport, Date));
        Assert.True(mother.HasSupportOn(SupportStatus.ExtremeHardshipSupport, new NodaTime.LocalDate(2018, 12, 31)));
        Assert.True(mother.HadPsychiatricTreatmentIn(2018) && mother.HadPsychiatricTreatmentIn(2019));
        Assert.Equal(24, mother.CareNeed!.ExpectedMonths);
        Assert.Equal(SchoolStage.Primary, child.SchoolStageOn(Date));
        Assert.True(child.HasDiagnosis(DiagnosedCondition.Autism, Date, byDesignatedHospitalOnly: true));
        Assert.Equal(10, report.ListRowsRead);
        Assert.Equal(6, report.ListRowsApplied);
        Assert.Equal(4, report.ListRowsRejected);
        Assert.True(report.IsBalanced);
        Assert.Equal(RollProblemCode.NotOnRoll, report.Problems.Single(p => p.File == "civil-affairs.csv" && p.Row == 4).Code);
        Assert.Equal(RollProblemCode.InvalidValue, report.Problems.Single(p => p.File == "civil-affairs.csv" && p.Row == 5).Code);
        Assert.Equal(RollProblemCode.InvalidDate, report.Problems.Single(p => p.File == "civil-affairs.csv" && p.Row == 6).Code);
        Assert.Equal(("月数", RollProblemCode.MissingValue), report.Problems.Where(p => p.File == "health.csv").Select(p => (p.Column, p.Code)).Single());
    }

    [Fact]
    public async Task ReadAsync_Workbook_ReadsRowsWithSpreadsheetRowNumbers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roll-{Guid.NewGuid():N}.xlsx");
        try
        {
            var badCheck = Single[..17] + (Single[17] == '0' ? "1" : "0");
            await TableFile.WriteAsync(path, ["户号", "姓名", "公民身份号码", "残疾人证号", "发证日期", "户口性质"],
            [
                ["H1", "王芳", Mother, Certificate(Mother, DisabilityCategory.Physical, 2), "2016-05-01", "农业"],
                ["H2", "李强", badCheck, null, null, "农业"],
                ["H3", "赵四", Single, null, null, "非农业"],
            ]);

            var (households, report) = await ReadAsync(RollSource.FromFile(path));

            Assert.Equal(3, report.PeopleRead);
            Assert.Equal(["H1", "H3"], households.Select(h => h.HouseholdNo));
            Assert.Equal([2, 4], households.Select(h => h.Members.Single().Row));
            Assert.Equal((3, RollProblemCode.InvalidIdNumber), report.Problems.Select(p => (p.Row, p.Code)).Single());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadAsync_IdNumberThatExcelTurnedIntoANumber_SaysToFormatTheColumnAsText()
    {
        var (_, report) = await ReadAsync(Csv("roll.csv", "户号,姓名,公民身份号码,户口性质\r\nH1,王芳,3.40123197503E+17,农业\r\n"));

        Assert.Contains("文本", Assert.Single(report.Problems).ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NotAWorkbook_RefusesTheFile()
    {
        var error = await Assert.ThrowsAsync<TabularFileException>(() => ReadAsync(Bytes("roll.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3])));

        Assert.Contains(".xlsx", error.Reason, StringComparison.Ordinal);
    }

    private static string CertificateOf(string id, DisabilityProfile profile) =>
        Certificates.CertificateNumber.For(Identity.ResidentIdNumber.Parse(id), profile).ToUnmaskedString();
}
