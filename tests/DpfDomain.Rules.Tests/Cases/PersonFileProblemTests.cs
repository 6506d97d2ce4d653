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
        "Household.Members[0].Certificate.Components[0].Grade is 5; a disability grade is 1 (most severe) to 4 (mildest).",
        "Household.Members[0].Certificate.Components[0].Grade 为 5；残疾等级为 1（一级，最重）至 4（四级，最轻）。")]
    [InlineData(
        "2019\n",
        "1799\n",
        "Household.Members[0].PsychiatricTreatmentYears[0] is 1799; a year is written with four digits, from 1800 to 2199.",
        "Household.Members[0].PsychiatricTreatmentYears[0] 为 1799；年份须写成四位数，在 1800 至 2199 之间。")]
    [InlineData(
        "\"IssuedOn\": \"2015-03-15\"",
        "\"IssuedOn\": \"2015-13-15\"",
        "Household.Members[0].Certificate.IssuedOn \"2015-13-15\" is not a date written yyyy-MM-dd between 1800 and 2199.",
        "Household.Members[0].Certificate.IssuedOn“2015-13-15”不是 1800 至 2199 年之间、写成 yyyy-MM-dd 的日期。")]
    [InlineData(
        "\"From\": \"2018-01-01\"",
        "\"From\": \"2018-01-01\", \"Until\": \"2017-01-01\"",
        "Household.Poverty[0].Until (2017-01-01) is before From (2018-01-01); the last day of a status cannot come before its first.",
        "Household.Poverty[0].Until（2017-01-01）早于 From（2018-01-01）；状态的最后一天不能早于第一天。")]
    [InlineData(
        "\"IssuedOn\": \"2015-03-15\"",
        "\"IssuedOn\": \"2015-03-15\", \"ValidityYears\": 51",
        "Household.Members[0].Certificate.ValidityYears is 51; a certificate is valid for 1 to 50 years (leave it out for the usual 10).",
        "Household.Members[0].Certificate.ValidityYears 为 51；残疾人证有效期为 1 至 50 年（省略则为通常的 10 年）。")]
    [InlineData(
        "\"Name\": \"王某某\",",
        "\"Name\": \"王某\\u200B某\",",
        "Household.Members[0].Name holds an invisible or control character (U+200B); retype the name.",
        "Household.Members[0].Name 含有不可见字符或控制字符（U+200B）；请重新输入姓名。")]
    [InlineData(
        "\"Name\": \"王某某\",",
        "\"Name\": \" 王某某\",",
        "Household.Members[0].Name is not a name (4 characters): write 1 to 64 characters, without spaces at either end.",
        "Household.Members[0].Name 不是有效的姓名（4 个字符）：须为 1 至 64 个字符，首尾不能有空格。")]
    [InlineData(
        "\"Components\": [\n            {\n              \"Category\": \"Mental\",\n              \"Grade\": 2\n            }\n          ],",
        "\"Components\": [],",
        "Household.Members[0].Certificate.Components is empty: a certificate lists at least one disability.",
        "Household.Members[0].Certificate.Components 为空：残疾人证至少列出一项残疾。")]
    [InlineData(
        "\"PsychiatricTreatmentYears\": [\n          2019\n        ]",
        "\"PsychiatricTreatmentYears\": [ 2019 ], \"Parents\": [ \"340123197505201319\" ]",
        "Household.Members[0].Parents[0]: 340123********1319 is this member's own identity number; a member cannot be their own parent (if two members were given one number, correct the other).",
        "Household.Members[0].Parents[0]：340123********1319 是该成员本人的身份证号，成员不能是自己的父母（若两名成员填了同一号码，请改正其中一个）。")]
    public void ARefusedValue_IsToldAtItsPath_WordForWord(string from, string to, string english, string chinese)
    {
        var error = Assert.Throws<CaseInputException>(() => Map(from, to));

        Assert.EndsWith(english, error.Message, StringComparison.Ordinal);
        Assert.EndsWith(chinese, error.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("197505201319", error.Message + error.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("王某", error.Message + error.MessageZh, StringComparison.Ordinal);
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
