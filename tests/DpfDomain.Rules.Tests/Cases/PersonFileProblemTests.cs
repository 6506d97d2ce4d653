using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Cases;

/// <summary>
/// What a person file's values are refused with, word for word in both languages, at the value's
/// path: each edit of the P1 example breaks one value. Identity numbers are masked, names never shown.
/// </summary>
public sealed class PersonFileProblemTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dpf-person-problems-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(
        "\"Grade\": 2",
        "\"Grade\": 5",
        "19:24: DPF105 The grade of the 1st disability of the certificate of household member 1 (Household.Members[0].Certificate.Components[0].Grade) is 5; a disability grade is 1 (most severe) to 4 (mildest). Fix: Write the grade on the certificate: 1 to 4, or 一级 to 四级.",
        "19:24: DPF105 第 1 位家庭成员的残疾证的第 1 项残疾的等级（Household.Members[0].Certificate.Components[0].Grade）为 5；残疾等级为 1（一级，最重）至 4（四级，最轻）。 修改建议：请按残疾人证填写等级：1 至 4，或“一级”至“四级”。")]
    [InlineData(
        "2019\n",
        "1799\n",
        "25:11: DPF105 The 1st year of psychiatric treatment of household member 1 (Household.Members[0].PsychiatricTreatmentYears[0]) is 1799; a year is written with four digits, from 1800 to 2199. Fix: Write the year with four digits, e.g. 2019.",
        "25:11: DPF105 第 1 位家庭成员的第 1 个精神科治疗年份（Household.Members[0].PsychiatricTreatmentYears[0]）为 1799；年份须写成四位数，在 1800 至 2199 之间。 修改建议：请写四位数的年份，例如 2019。")]
    [InlineData(
        "\"IssuedOn\": \"2015-03-15\"",
        "\"IssuedOn\": \"2015-13-15\"",
        "22:23: DPF106 The date of issue of the certificate of household member 1 (Household.Members[0].Certificate.IssuedOn) is \"2015-13-15\", which is not a date written yyyy-MM-dd between 1800 and 2199. Fix: Write the date as yyyy-MM-dd, e.g. 2019-01-01.",
        "22:23: DPF106 第 1 位家庭成员的残疾证的发证日期（Household.Members[0].Certificate.IssuedOn）为“2015-13-15”，不是 1800 至 2199 年之间、写成 yyyy-MM-dd 的日期。 修改建议：请按 yyyy-MM-dd 填写日期，例如 2019-01-01。")]
    [InlineData(
        "\"From\": \"2018-01-01\"",
        "\"From\": \"2018-01-01\", \"Until\": \"2017-01-01\"",
        "8:40: DPF105 The end date of poverty status 1 (Household.Poverty[0].Until) is 2017-01-01, before the start date (From) 2018-01-01: the last day of a status cannot come before its first. Fix: Correct one of the two dates; while the status lasts, leave \"Until\" out.",
        "8:40: DPF105 第 1 个贫困状态的结束日期（Household.Poverty[0].Until）为 2017-01-01，早于开始日期（From）2018-01-01：状态的最后一天不能早于第一天。 修改建议：请改正其中一个日期；状态仍在持续时，删除“Until”。")]
    [InlineData(
        "\"IssuedOn\": \"2015-03-15\"",
        "\"IssuedOn\": \"2015-03-15\", \"ValidityYears\": 51",
        "22:54: DPF105 The years of validity of the certificate of household member 1 (Household.Members[0].Certificate.ValidityYears) is 51; a certificate is valid for 1 to 50 years. Fix: Write 1 to 50, or leave \"ValidityYears\" out for the usual 10 years.",
        "22:54: DPF105 第 1 位家庭成员的残疾证的有效年限（Household.Members[0].Certificate.ValidityYears）为 51；残疾人证有效期为 1 至 50 年。 修改建议：请填写 1 至 50，或删除“ValidityYears”（按通常的 10 年）。")]
    [InlineData(
        "\"Name\": \"王某某\",",
        "\"Name\": \"王某\\u200B某\",",
        "14:17: DPF105 The name of household member 1 (Household.Members[0].Name) holds an invisible or control character (U+200B). Fix: Delete the name and type it again.",
        "14:17: DPF105 第 1 位家庭成员的姓名（Household.Members[0].Name）含有不可见字符或控制字符（U+200B）。 修改建议：请删除该姓名后重新输入。")]
    [InlineData(
        "\"Name\": \"王某某\",",
        "\"Name\": \" 王某某\",",
        "14:17: DPF105 The name of household member 1 (Household.Members[0].Name) is not a name (4 characters). Fix: Write 1 to 64 characters, without spaces at either end.",
        "14:17: DPF105 第 1 位家庭成员的姓名（Household.Members[0].Name）不是有效的姓名（4 个字符）。 修改建议：请填写 1 至 64 个字符，首尾不要有空格。")]
    [InlineData(
        "\"Components\": [\n            {\n              \"Category\": \"Mental\",\n              \"Grade\": 2\n            }\n          ],",
        "\"Components\": [],",
        "16:25: DPF105 The disabilities of the certificate of household member 1 (Household.Members[0].Certificate.Components) is empty: a certificate lists at least one disability. Fix: List each disability on the certificate with its \"Category\" and \"Grade\".",
        "16:25: DPF105 第 1 位家庭成员的残疾证的残疾项目（Household.Members[0].Certificate.Components）为空：残疾人证至少列出一项残疾。 修改建议：请按残疾人证列出每项残疾的类别（Category）和等级（Grade）。")]
    [InlineData(
        "\"PsychiatricTreatmentYears\": [\n          2019\n        ]",
        "\"PsychiatricTreatmentYears\": [ 2019 ], \"Parents\": [ \"340123197505201319\" ]",
        "24:61: DPF105 The 1st parent of household member 1 (Household.Members[0].Parents[0]) is 340123********1319, this member's own identity number: a member cannot be their own parent. Fix: Write the parent's identity number; if two members were given one number, correct the other.",
        "24:61: DPF105 第 1 位家庭成员的第 1 位父母（Household.Members[0].Parents[0]）为 340123********1319，是该成员本人的身份证号：成员不能是自己的父母。 修改建议：请填写父母的身份证号；若两名成员填了同一号码，请改正其中一个。")]
    public void ARefusedValue_IsToldAtItsPath_WordForWord(string from, string to, string english, string chinese)
    {
        var error = Assert.Throws<CaseInputException>(() => Map(from, to));

        var path = Path.Combine(_folder, "edited" + PersonFile.FileSuffix);
        Assert.Equal($"{path} is not a valid person file:\n{path}:{english}", error.Message.ReplaceLineEndings("\n"));
        Assert.Equal($"{path} 不是有效的人员文件：\n{path}:{chinese}", error.MessageZh.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("197505201319", error.Message + error.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("王某", error.Message + error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongWord_AGradeAndANegativeCareNeed_AreAllToldInOneRun_EachAtItsLine_InWords()
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", "persons", "P1.person.json")).ReplaceLineEndings("\n")
            .Replace("\"Category\": \"Mental\"", "\"Category\": \"Mentl\"", StringComparison.Ordinal)
            .Replace("\"Grade\": 2", "\"Grade\": 5", StringComparison.Ordinal)
            .Replace("\"Name\": \"王某某\",", "\"Name\": \"王某某\",\n        \"CareNeedMonths\": -12,", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "p" + PersonFile.FileSuffix);
        File.WriteAllText(path, text);

        var error = Assert.Throws<CaseInputException>(() => PersonFile.Read(path));

        Assert.Equal(
            $"""
            {path} is not a valid person file:
            {path}:15:27: DPF105 The months of care needed of household member 1 (Household.Members[0].CareNeedMonths) is -12; the expected duration of care is 0 to 1,200 months. Fix: Write the number of months care is expected to be needed, from 0 to 1200.
            {path}:19:27: DPF105 The category of the 1st disability of the certificate of household member 1 (Household.Members[0].Certificate.Components[0].Category) cannot be "Mentl". Fix: Did you mean "Mental"? Allowed: 视力, 听力, 言语, 肢体, 智力, 精神, 多重 (or in English: Visual, Hearing, Speech, Physical, Intellectual, Mental, Multiple).
            {path}:20:24: DPF105 The grade of the 1st disability of the certificate of household member 1 (Household.Members[0].Certificate.Components[0].Grade) is 5; a disability grade is 1 (most severe) to 4 (mildest). Fix: Write the grade on the certificate: 1 to 4, or 一级 to 四级.
            """,
            error.Message.ReplaceLineEndings("\n"));
        Assert.Equal(
            $"""
            {path} 不是有效的人员文件：
            {path}:15:27: DPF105 第 1 位家庭成员的预计照护月数（Household.Members[0].CareNeedMonths）为 -12；预计需要照护的时长为 0 至 1200 个月。 修改建议：请填写 0 至 1200 之间的月数。
            {path}:19:27: DPF105 第 1 位家庭成员的残疾证的第 1 项残疾的类别（Household.Members[0].Certificate.Components[0].Category）不能是“Mentl”。 修改建议：是否应为“Mental”？可填：视力、听力、言语、肢体、智力、精神、多重（或英文 Visual、Hearing、Speech、Physical、Intellectual、Mental、Multiple）。
            {path}:20:24: DPF105 第 1 位家庭成员的残疾证的第 1 项残疾的等级（Household.Members[0].Certificate.Components[0].Grade）为 5；残疾等级为 1（一级，最重）至 4（四级，最轻）。 修改建议：请按残疾人证填写等级：1 至 4，或“一级”至“四级”。
            """,
            error.MessageZh.ReplaceLineEndings("\n"));
    }

    private void Map(string from, string to)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", "persons", "P1.person.json")).ReplaceLineEndings("\n");
        Assert.Contains(from, text, StringComparison.Ordinal);
        var path = Path.Combine(_folder, "edited" + PersonFile.FileSuffix);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        PersonInputMapper.ToDomain(CaseRunner.ReadPerson(path));
    }
}
