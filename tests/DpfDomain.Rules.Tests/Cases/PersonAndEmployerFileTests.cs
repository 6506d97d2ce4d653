using DpfDomain.Employers;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Cases;

/// <summary><see cref="PersonFile"/> and <see cref="EmployerFile"/>: the public readers of person and employer files.</summary>
public sealed class PersonAndEmployerFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dpf-person-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> PersonExamples => [.. Directory.GetFiles(RepositoryFiles.PathOf("docs", "examples", "persons"), "*" + PersonFile.FileSuffix).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PersonExamples))]
    public void Read_EveryExample_BuildsWhatTheCaseReaderAndMapperBuild(string path)
    {
        var (person, household) = PersonFile.Read(path);
        var (expected, expectedHousehold) = PersonInputMapper.ToDomain(CaseRunner.ReadPerson(path));

        Assert.Equal(expected.Id, person.Id);
        Assert.Equal(expectedHousehold.Members.Select(m => m.Id), household.Members.Select(m => m.Id));
        Assert.Same(person, household.Find(person.Id));
        Assert.Equal(expectedHousehold.Registration, household.Registration);
    }

    [Fact]
    public void Read_TheP1Example_GivesItsSubjectAndHousehold()
    {
        var (person, household) = PersonFile.Read(RepositoryFiles.PathOf("docs", "examples", "persons", "P1.person.json"));

        Assert.Equal(ResidentIdNumber.Parse("340123197505201319"), person.Id);
        Assert.Equal(HukouType.Rural, household.Registration.Type);
        Assert.Equal(DivisionCode.Parse("340123"), household.Registration.County);
        Assert.NotNull(person.Certificate);
        Assert.Equal([2019], person.PsychiatricTreatmentYears);
    }

    [Fact]
    public void ReadInput_KeepsTheFileAsWritten()
    {
        var input = PersonFile.ReadInput(RepositoryFiles.PathOf("docs", "examples", "persons", "P1.person.json"));

        Assert.Equal("340123", input.Household.County);
        Assert.Equal("340123197505201319", Assert.Single(input.Household.Members).Id);
    }

    [Fact]
    public void Read_AMisspeltKey_IsReportedAtItsLineAndColumnInBothLanguages()
    {
        var path = Path.Combine(_folder, "bad" + PersonFile.FileSuffix);
        File.WriteAllText(path, "{\n  \"Household\": {\n    \"Country\": \"340123\"\n  }\n}\n");

        var error = Assert.Throws<CaseInputException>(() => PersonFile.Read(path));

        Assert.Contains($"{path}:3:5:", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{path}:3:5:", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("County", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AWrongIdentityNumber_IsPositionedAndMasked()
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", "persons", "P1.person.json")).Replace("340123197505201319", "340123197505201310", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "wrong" + PersonFile.FileSuffix);
        File.WriteAllText(path, text);

        var error = Assert.Throws<CaseInputException>(() => PersonFile.Read(path));

        Assert.Contains("Household.Members[0].Id", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("340123197505201310", error.Message + error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoPath_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => PersonFile.Read(" "));
        Assert.Throws<ArgumentException>(() => EmployerFile.Read(string.Empty));
        Assert.Throws<CaseInputException>(() => EmployerFile.Read(Path.Combine(_folder, "missing" + EmployerFile.FileSuffix)));
    }

    [Fact]
    public void EmployerRead_TheP9Example_GivesTheEmployer()
    {
        var path = RepositoryFiles.PathOf("docs", "examples", "persons", "P9" + EmployerFile.FileSuffix);

        var employer = EmployerFile.Read(path);
        var input = EmployerFile.ReadInput(path);

        Assert.Equal(EmployerKind.Enterprise, employer.Kind);
        Assert.Equal(10000m, employer.PriorYearAverageHeadcount);
        Assert.Equal(input.DisabledEmployees.Count, employer.DisabledEmployees.Count);
        Assert.Equal(99, employer.DisabledEmployees.Count);
    }

    [Fact]
    public void EmployerRead_ANegativeHeadcount_IsPositioned()
    {
        var path = Path.Combine(_folder, "negative" + EmployerFile.FileSuffix);
        File.WriteAllText(path, "{\n  \"Name\": \"示例单位\",\n  \"Kind\": \"Enterprise\",\n  \"Headcount\": -1,\n  \"AverageWage\": 1,\n  \"LocalAverageWage\": 1\n}\n");

        var error = Assert.Throws<CaseInputException>(() => EmployerFile.Read(path));

        Assert.Contains($"{path}:4:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Headcount", error.MessageZh, StringComparison.Ordinal);
    }
}
