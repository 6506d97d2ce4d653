using DpfDomain.Identity;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Cases;

/// <summary>Values that are valid JSON but not valid facts (a wrong identity number, an impossible date, amounts beyond reason) are reported at their line and column in the file.</summary>
public sealed class CaseInputPositionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dpf-positions-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void PersonWithAWrongParentNumber_IsReportedAtThatNumber()
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", "persons", "P4.person.json")).ReplaceLineEndings("\n");
        text = text.Replace("\"34012319800105513X\"\n", "\"340123198001055130\"\n", StringComparison.Ordinal);
        var (line, column) = Find(text, "\"340123198001055130\"");
        var path = Write("person.json", text);

        var error = Assert.Throws<CaseInputException>(() => PersonInputMapper.ToDomain(CaseRunner.ReadPerson(path)));

        Assert.Equal(
            $"{path} is not a valid person file:\n{path}:{line}:{column}: DPF105 The 1st parent of household member 1 (Household.Members[0].Parents[0]): The check character (character 18) is 0, expected X; a digit was probably mistyped. Fix: Copy the 18-character identity number again from the identity card or the household register.",
            error.Message.ReplaceLineEndings("\n"));
        Assert.Equal(
            $"{path} 不是有效的人员文件：\n{path}:{line}:{column}: DPF105 第 1 位家庭成员的第 1 位父母（Household.Members[0].Parents[0]）：校验码（第18位）为0，应为X；可能有数字录入错误。 修改建议：请对照身份证或户口簿重新填写 18 位身份证号。",
            error.MessageZh.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("340123198001055130", error.Message + error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseWithAnImpossibleIssueDate_IsAnInvalidCaseAtThatDate()
    {
        var text = ReferenceCatalog.Read("P1.cases.json").ReplaceLineEndings("\n");
        var first = text.IndexOf("\"IssuedOn\": \"", StringComparison.Ordinal) + "\"IssuedOn\": ".Length;
        text = string.Concat(text.AsSpan(0, first), "\"2019-02-30\"", text.AsSpan(text.IndexOf('"', first + 1) + 1));
        var (line, column) = Find(text, "\"2019-02-30\"");
        var path = Write("P1.cases.json", text);

        var results = CaseRunner.Run(ReferenceCatalog.Load(), DivisionCode.Parse("340123"), CaseRunner.Read(path), "P1.cases.json");

        var difference = Assert.Single(results[0].Differences);
        var name = System.Text.Json.Nodes.JsonNode.Parse(text)!["Cases"]![0]!["Name"]!.GetValue<string>();
        Assert.Equal($"invalid case: {path}:{line}:{column}: DPF106 The date of issue of the certificate of household member 1 of case \"{name}\" (Cases[0].Person.Household.Members[0].Certificate.IssuedOn) is \"2019-02-30\", which is not a date written yyyy-MM-dd between 1800 and 2199. Fix: Write the date as yyyy-MM-dd, e.g. 2019-01-01.", difference);
        Assert.Equal($"用例无效：{path}:{line}:{column}: DPF106 用例“{name}”的第 1 位家庭成员的残疾证的发证日期（Cases[0].Person.Household.Members[0].Certificate.IssuedOn）为“2019-02-30”，不是 1800 至 2199 年之间、写成 yyyy-MM-dd 的日期。 修改建议：请按 yyyy-MM-dd 填写日期，例如 2019-01-01。", Assert.Single(results[0].DifferencesZh));
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "60000", "50000")]
    [InlineData("10000", "79228162514264337593543950335", "50000")]
    [InlineData("10000", "60000", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "60000", "0.0000000000000000000000000001")]
    [InlineData("-79228162514264337593543950335", "-1", "-1")]
    public void EmployerWithAmountsAtTheEdgesOfDecimal_IsEvaluatedOrReportedAtItsPosition(string headcount, string wage, string localWage)
    {
        var path = Write("employer.json", $"{{\n  \"Name\": \"示例单位\",\n  \"Kind\": \"Enterprise\",\n  \"Headcount\": {headcount},\n  \"AverageWage\": {wage},\n  \"LocalAverageWage\": {localWage},\n  \"DisabledEmployees\": [ {{ \"Grade\": 1 }} ]\n}}\n");
        var catalog = ReferenceCatalog.Load();
        var date = new NodaTime.LocalDate(2019, 6, 30);

        try
        {
            var facts = EmployerFacts.From(PersonInputMapper.ToDomain(CaseRunner.ReadEmployer(path)), date);
            Assert.All(catalog.ProgramIds.Except(catalog.PersonProgramIds), p => Assert.NotNull(catalog.Evaluate(facts, date, p)));
        }
        catch (CaseInputException error)
        {
            // Only negative amounts are refused: each at its value, in plain words, all in one run.
            var lines = error.Message.ReplaceLineEndings("\n").Split('\n');
            Assert.Equal(4, lines.Length);
            Assert.Equal($"{path} is not a valid employer file:", lines[0]);
            Assert.StartsWith($"{path}:4:16: DPF105 The prior year's average number of employees (Headcount) is -", lines[1], StringComparison.Ordinal);
            Assert.EndsWith(": it cannot be negative. Fix: Write the prior year's average number of employees, 0 or more.", lines[1], StringComparison.Ordinal);
            Assert.Equal($"{path}:5:18: DPF105 The prior year's average annual wage (AverageWage) is {wage}: it cannot be negative. Fix: Write the prior year's average annual wage, 0 or more.", lines[2]);
            Assert.Equal($"{path}:6:23: DPF105 The local average social wage (LocalAverageWage) is {localWage}: it cannot be negative. Fix: Write the local average social wage, 0 or more.", lines[3]);
        }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Line, int Column) Find(string text, string value)
    {
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(value, StringComparison.Ordinal));
        return (line + 1, lines[line].IndexOf(value, StringComparison.Ordinal) + 1);
    }
}
