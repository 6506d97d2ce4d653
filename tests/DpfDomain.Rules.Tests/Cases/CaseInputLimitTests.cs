using System.Text.Json.Nodes;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Cases;

/// <summary>Case, person and employer files beyond a bound of <see cref="CaseInputLimits"/> are refused with a bilingual DPF107 at the first thing too large; at the bound they are read.</summary>
public sealed class CaseInputLimitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dpf-limits-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, int> PersonLists => new()
    {
        { "Household.Poverty", CaseInputLimits.MaximumEntries },
        { "Household.Members[0].Supports", CaseInputLimits.MaximumEntries },
        { "Household.Members[0].Diagnoses", CaseInputLimits.MaximumEntries },
        { "Household.Members[0].PsychiatricTreatmentYears", CaseInputLimits.MaximumEntries },
        { "Household.Members[0].Enrolments", CaseInputLimits.MaximumEntries },
        { "Household.Members[0].Parents", CaseInputLimits.MaximumEntries },
        { "Household.Members[0].Certificate.Components", CaseInputLimits.MaximumEntries },
        { "Household.Members[0].Certificate.Changes", CaseInputLimits.MaximumEntries },
        { "Household.Members", CaseInputLimits.MaximumHouseholdMembers },
    };

    [Theory]
    [MemberData(nameof(PersonLists))]
    public void PersonListOneBeyondItsBound_IsTooLargeAtTheFirstExtraEntry(string list, int bound)
    {
        var path = WritePerson(list, bound + 1);

        var error = Assert.Throws<CaseInputException>(() => CaseRunner.ReadPerson(path));

        var (line, column) = PositionOfItem(path, bound);
        Assert.Contains($"person.json:{line}:{column}: DPF107 {list} has {bound + 1} entries; at most {bound} are allowed.", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{list}有 {bound + 1} 项，最多允许 {bound} 项。", error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PersonLists))]
    public void PersonListAtItsBound_IsNotTooLarge(string list, int bound)
    {
        var path = WritePerson(list, bound);

        var message = Record.Exception(() => CaseRunner.ReadPerson(path))?.Message ?? string.Empty;

        Assert.DoesNotContain("DPF107", message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmployerWithMoreDisabledEmployeesThanTheBound_IsTooLarge()
    {
        var employer = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", "persons", "P9.employer.json")))!;
        employer["DisabledEmployees"] = new JsonArray([.. Enumerable.Range(0, CaseInputLimits.MaximumDisabledEmployees + 1).Select(_ => (JsonNode)new JsonObject { ["Grade"] = 3 })]);
        var path = Path.Combine(_folder, "employer.json");
        File.WriteAllText(path, employer.ToJsonString());

        var error = Assert.Throws<CaseInputException>(() => CaseRunner.ReadEmployer(path));

        Assert.Contains("DPF107 DisabledEmployees has 100,001 entries; at most 100,000 are allowed.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseFileWithMoreCasesThanTheBound_IsTooLarge()
    {
        var file = JsonNode.Parse(ReferenceCatalog.Read("P1.cases.json"))!;
        var first = file["Cases"]![0]!;
        file["Cases"] = new JsonArray([.. Enumerable.Range(0, CaseInputLimits.MaximumCases + 1).Select(_ => first.DeepClone())]);
        var path = Path.Combine(_folder, "P1.cases.json");
        File.WriteAllText(path, file.ToJsonString());

        var error = Assert.Throws<CaseInputException>(() => CaseRunner.Read(path));

        Assert.Contains("DPF107 Cases has 1,001 entries; at most 1,000 are allowed.", error.Message, StringComparison.Ordinal);
        Assert.Contains("请把用例拆分到该项目的多个用例文件中。", error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CaseInputLimits.MaximumTextLength, false)]
    [InlineData(CaseInputLimits.MaximumTextLength + 1, true)]
    public void NameOfMoreCharactersThanTheBound_IsTooLargeAtTheName(int length, bool refused)
    {
        var text = File.ReadAllText(PersonExample()).Replace("\"陈某\"", $"\"{new string('陈', length)}\"", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "person.json");
        File.WriteAllText(path, text);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("\"陈陈", StringComparison.Ordinal)) + 1;

        var message = Record.Exception(() => CaseRunner.ReadPerson(path))?.Message ?? string.Empty;

        Assert.Equal(refused, message.Contains($"person.json:{line}:17: DPF107 Household.Members[1].Name has 501 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void ObjectWithMoreKeysThanTheBound_IsTooLarge()
    {
        var person = JsonNode.Parse(File.ReadAllText(PersonExample()))!;
        var parameters = new JsonObject();
        for (var i = 0; i <= CaseInputLimits.MaximumEntries; i++)
        {
            parameters[$"P{i}"] = 1;
        }

        var file = new JsonObject { ["Program"] = "P1", ["Cases"] = new JsonArray(new JsonObject { ["Name"] = "n", ["Date"] = "2019-06-30", ["Person"] = person, ["Parameters"] = parameters, ["Expected"] = new JsonObject { ["Outcome"] = "Eligible" } }) };
        var path = Path.Combine(_folder, "P1.cases.json");
        File.WriteAllText(path, file.ToJsonString());

        var error = Assert.Throws<CaseInputException>(() => CaseRunner.Read(path));

        Assert.Contains("DPF107 Cases[0].Parameters has 65 keys; at most 64 are allowed.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CaseInputLimits.MaximumDepth, false)]
    [InlineData(CaseInputLimits.MaximumDepth + 1, true)]
    public void NestingDeeperThanTheBound_IsAJsonProblemAtTheDeepestList(int depth, bool refused)
    {
        // The top-level object is level 1; the parameter's value adds depth - 1 lists.
        var value = new string('[', depth - 1) + new string(']', depth - 1);
        var path = Path.Combine(_folder, "employer.json");
        File.WriteAllText(path, $"{{\n  \"Name\": {value}\n}}\n");

        var error = Assert.Throws<CaseInputException>(() => CaseRunner.ReadEmployer(path));

        Assert.Equal(refused, error.Message.Contains($"employer.json:2:{11 + depth - 2}: DPF100 The file is not valid JSON: Objects and lists are nested more than 32 levels deep here.", StringComparison.Ordinal));
        Assert.Equal(refused, error.MessageZh.Contains("此处对象和列表的嵌套超过 32 层。", StringComparison.Ordinal));
    }

    private static string PersonExample() => RepositoryFiles.PathOf("docs", "examples", "persons", "P4.person.json");

    /// <summary>The P4 example with the list at <paramref name="list"/> holding <paramref name="count"/> copies of a valid entry, written one entry a line.</summary>
    private string WritePerson(string list, int count)
    {
        var person = JsonNode.Parse(File.ReadAllText(PersonExample()))!;
        var member = person["Household"]!["Members"]![0]!;
        JsonNode Entry() => list switch
        {
            "Household.Poverty" => new JsonObject { ["Status"] = "RegisteredPoor", ["From"] = "2016-01-01" },
            "Household.Members[0].Supports" => new JsonObject { ["Status"] = "OrphanSupport", ["From"] = "2016-01-01" },
            "Household.Members[0].Diagnoses" => new JsonObject { ["Condition"] = "Autism", ["On"] = "2016-01-01" },
            "Household.Members[0].PsychiatricTreatmentYears" => 2016,
            "Household.Members[0].Enrolments" => new JsonObject { ["Status"] = "Primary", ["From"] = "2014-09-01" },
            "Household.Members[0].Parents" => "34012319800105513X",
            "Household.Members[0].Certificate.Components" => new JsonObject { ["Category"] = "Physical", ["Grade"] = 3 },
            "Household.Members[0].Certificate.Changes" => new JsonObject { ["Kind"] = "Renewed", ["Date"] = "2020-01-01" },
            _ => new JsonObject { ["Id"] = "34012319800105513X", ["Name"] = "陈某" },
        };
        var array = new JsonArray([.. Enumerable.Range(0, count).Select(_ => Entry())]);
        switch (list)
        {
            case "Household.Poverty":
                person["Household"]!["Poverty"] = array;
                break;
            case "Household.Members":
                person["Household"]!["Members"] = array;
                break;
            case var certificate when certificate.StartsWith("Household.Members[0].Certificate.", StringComparison.Ordinal):
                member["Certificate"]![certificate.Split('.')[^1]] = array;
                break;
            default:
                member[list.Split('.')[^1]] = array;
                break;
        }

        var path = Path.Combine(_folder, "person.json");
        File.WriteAllText(path, person.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    /// <summary>The line and column of the <paramref name="index"/>th item of the only list long enough to have it, in a file indented by two spaces a level.</summary>
    private static (int Line, int Column) PositionOfItem(string path, int index)
    {
        var lines = File.ReadAllLines(path);
        var open = Enumerable.Range(0, lines.Length).Last(i => lines[i].TrimEnd().EndsWith('[') && CountItems(lines, i) > index);
        var indent = Indent(lines[open]) + 2;
        var seen = -1;
        for (var i = open + 1; i < lines.Length; i++)
        {
            if (IsItemStart(lines[i], indent) && ++seen == index)
            {
                return (i + 1, indent + 1);
            }
        }

        throw new InvalidOperationException("No such item.");
    }

    private static int CountItems(string[] lines, int open)
    {
        var indent = Indent(lines[open]) + 2;
        var count = 0;
        for (var i = open + 1; i < lines.Length && Indent(lines[i]) >= indent; i++)
        {
            count += IsItemStart(lines[i], indent) ? 1 : 0;
        }

        return count;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private static bool IsItemStart(string line, int indent) => Indent(line) == indent && line.TrimStart()[0] is not ('}' or ']');
}
