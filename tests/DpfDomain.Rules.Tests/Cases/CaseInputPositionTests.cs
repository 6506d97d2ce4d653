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

        Assert.StartsWith($"{path}:{line}:{column}: DPF105 Household.Members[0].Parents[0]: ", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:{line}:{column}: DPF105 Household.Members[0].Parents[0]：", error.MessageZh, StringComparison.Ordinal);
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
        Assert.StartsWith($"invalid case: {path}:{line}:{column}: DPF106 Household.Members[0].Certificate.IssuedOn \"2019-02-30\"", difference, StringComparison.Ordinal);
        Assert.StartsWith($"用例无效：{path}:{line}:{column}: DPF106 ", Assert.Single(results[0].DifferencesZh), StringComparison.Ordinal);
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
            // Only a negative headcount is refused: at its value, in plain words.
            Assert.StartsWith($"{path}:4:16: DPF105 Headcount is -", error.Message, StringComparison.Ordinal);
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
