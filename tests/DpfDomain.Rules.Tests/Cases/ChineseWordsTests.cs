using System.Text.Json.Nodes;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Rules.Tests.Cases;

/// <summary>Person, employer and case files accept the Chinese words of the one table (<see cref="EnumWords"/>) wherever they accept an English name, with the same meaning.</summary>
public sealed class ChineseWordsTests : IDisposable
{
    private static readonly DivisionCode County = DivisionCode.Parse("340123");
    private static readonly NodaTime.LocalDate Date = new(2019, 6, 30);
    private static readonly Lazy<RuleCatalog> Catalog = new(ReferenceCatalog.Load);

    /// <summary>Where each enumeration is written in a person file: the key, and the list the key is in (null: anywhere).</summary>
    private static readonly (string Key, string? Within, Type Type)[] Places =
    [
        ("Registration", null, typeof(HukouType)),
        ("Status", "Poverty", typeof(PovertyStatus)),
        ("Status", "Supports", typeof(SupportStatus)),
        ("Status", "Enrolments", typeof(SchoolStage)),
        ("Category", null, typeof(DisabilityCategory)),
        ("Condition", null, typeof(DiagnosedCondition)),
        ("Kind", "Changes", typeof(CertificateEventKind)),
        ("Reason", null, typeof(RevocationReason)),
    ];

    private static readonly string[] Examples = [.. Directory.GetFiles(RepositoryFiles.PathOf("docs", "examples", "persons"), "*.person.json").Order(StringComparer.Ordinal)];

    private readonly string _folder = Directory.CreateTempSubdirectory("dpf-words-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EveryWord_NamesItsValue_AndNoWordTwoValuesOfOneEnumeration()
    {
        foreach (var type in EnumWords.Types)
        {
            var seen = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var value in Enum.GetValues(type).Cast<Enum>())
            {
                var words = EnumWords.ChineseNames(value);
                Assert.NotEmpty(words);
                foreach (var word in words)
                {
                    Assert.True(seen.TryAdd(word, value), $"{type.Name}: {word} names both {seen.GetValueOrDefault(word)} and {value}");
                    Assert.True(EnumWords.TryParse(type, word, out var parsed));
                    Assert.Equal(value, parsed);
                }

                Assert.True(EnumWords.TryParse(type, value.ToString(), out var english));
                Assert.Equal(value, english);
            }
        }
    }

    [Fact]
    public void TheWordsStaffAskFor_AreAccepted()
    {
        Assert.Equal(["视力", "听力", "言语", "肢体", "智力", "精神", "多重"], EnumWords.UsualChineseNames(typeof(DisabilityCategory)));
        Assert.Equal(["一级", "二级", "三级", "四级"], EnumWords.GradeNames);
        Assert.Equal([1, 2, 3, 4, 2, 3], new[] { "一级", "2", "三级", "4级", "二", "3级" }.Select(w => EnumWords.GradeFor(w)!.Value));
        Assert.Null(EnumWords.GradeFor("五级"));
        Assert.Null(EnumWords.GradeFor("0"));
        Assert.True(EnumWords.TryParse<HukouType>("农业", out var rural) && rural == HukouType.Rural);
        Assert.True(EnumWords.TryParse<HukouType>("农村", out rural) && rural == HukouType.Rural);
        Assert.True(EnumWords.TryParse<HukouType>("非农业", out var urban) && urban == HukouType.Urban);
        Assert.True(EnumWords.TryParse<HukouType>("城镇", out urban) && urban == HukouType.Urban);
        Assert.False(EnumWords.TryParse<HukouType>("rural", out _));
    }

    /// <summary>Each example person file, its words replaced by Chinese words chosen at random (and its grades by 一级…), gives the same decision in every program as the file in English.</summary>
    [Property(MaxTest = 60, QuietOnSuccess = true)]
    public Property APersonFileInChinese_GivesTheDecisionsOfItsEnglishTwin()
    {
        var choice =
            from example in Gen.Choose(0, Examples.Length - 1)
            from seed in Gen.Choose(0, int.MaxValue - 1)
            select (example, seed);
        return Prop.ForAll(choice.ToArbitrary(), c =>
        {
            var english = File.ReadAllText(Examples[c.example]);
            var chinese = Translate(english, new Random(c.seed));
            return (Decisions(english) == Decisions(chinese)).Label($"{Path.GetFileName(Examples[c.example])} → {chinese}");
        });
    }

    [Fact]
    public void AnEmployerFileInChinese_GivesTheLevyOfItsEnglishTwin()
    {
        var english = Write("en.employer.json", """{ "Name": "示例单位", "Kind": "Enterprise", "Headcount": 120, "AverageWage": 60000, "LocalAverageWage": 50000, "DisabledEmployees": [ { "Grade": 2 } ] }""");
        var chinese = Write("zh.employer.json", """{ "Name": "示例单位", "Kind": "企业", "Headcount": 120, "AverageWage": 60000, "LocalAverageWage": 50000, "DisabledEmployees": [ { "Grade": "二级" } ] }""");

        Assert.Equal(Levy(english), Levy(chinese));
    }

    [Fact]
    public void ARefusedCategory_ListsTheChineseWordsFirst_AtItsPosition()
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", "persons", "P1.person.json")).ReplaceLineEndings("\n").Replace("\"Mental\"", "\"精神病\"", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("\"精神病\"", StringComparison.Ordinal));
        var column = lines[line].IndexOf("\"精神病\"", StringComparison.Ordinal) + 1;
        var path = Write("p.person.json", text);

        var error = Assert.Throws<CaseInputException>(() => CaseRunner.ReadPerson(path));

        Assert.Equal(
            $"{path} 不是有效的人员文件：\n{path}:{line + 1}:{column}: DPF105 第 1 位家庭成员的残疾证的第 1 项残疾的类别（Household.Members[0].Certificate.Components[0].Category）不能是“精神病”。 修改建议：可填：视力、听力、言语、肢体、智力、精神、多重（或英文 Visual、Hearing、Speech、Physical、Intellectual、Mental、Multiple）。",
            error.MessageZh.ReplaceLineEndings("\n"));
        Assert.EndsWith(
            $"{path}:{line + 1}:{column}: DPF105 The category of the 1st disability of the certificate of household member 1 (Household.Members[0].Certificate.Components[0].Category) cannot be \"精神病\". Fix: Allowed: 视力, 听力, 言语, 肢体, 智力, 精神, 多重 (or in English: Visual, Hearing, Speech, Physical, Intellectual, Mental, Multiple).",
            error.Message.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusedGradeWord_ListsTheGradeWords()
    {
        var path = Write("e.employer.json", "{ \"Name\": \"示例单位\", \"Kind\": \"企业\", \"Headcount\": 1, \"AverageWage\": 1, \"LocalAverageWage\": 1,\n  \"DisabledEmployees\": [ { \"Grade\": \"五级\" } ] }");

        var error = Assert.Throws<CaseInputException>(() => CaseRunner.ReadEmployer(path));

        Assert.EndsWith($"{path}:2:37: DPF105 第 1 位残疾职工的等级（DisabledEmployees[0].Grade）不能是“五级”：这不是残疾等级。 修改建议：可填：一级、二级、三级、四级（或数字 1 至 4）。", error.MessageZh.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void ACaseWrittenInChinese_RunsAsInEnglish()
    {
        var text = ReferenceCatalog.Read("P1.cases.json")
            .Replace("\"Outcome\": \"Eligible\"", "\"Outcome\": \"符合条件\"", StringComparison.Ordinal)
            .Replace("\"Outcome\": \"NotEligible\"", "\"Outcome\": \"不符合条件\"", StringComparison.Ordinal)
            .Replace("\"Registration\": \"Rural\"", "\"Registration\": \"农业\"", StringComparison.Ordinal)
            .Replace("\"Category\": \"Mental\"", "\"Category\": \"精神\"", StringComparison.Ordinal)
            .Replace("\"Grade\": 2", "\"Grade\": \"二级\"", StringComparison.Ordinal)
            .Replace("\"MinimumLivingAllowance\"", "\"低保\"", StringComparison.Ordinal);
        Assert.Contains("符合条件", text, StringComparison.Ordinal);
        var path = Write("P1.cases.json", text);

        var results = CaseRunner.Run(Catalog.Value, County, CaseRunner.Read(path), "P1.cases.json");

        Assert.All(results, r => Assert.True(r.Passed, $"{r.Name}: {string.Join("; ", r.Differences)}"));
    }

    /// <summary>The file with every enumeration word replaced by one of its Chinese words, and every grade by its Chinese word or digit in quotes.</summary>
    private static string Translate(string json, Random random)
    {
        var root = JsonNode.Parse(json)!;
        Walk(root, null, random);
        return root.ToJsonString();
    }

    private static void Walk(JsonNode node, string? list, Random random)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue text && text.TryGetValue<string>(out var word) && Places.FirstOrDefault(p => p.Key == key && (p.Within is null || p.Within == list)) is { Type: not null } place)
                    {
                        var words = EnumWords.ChineseNames((Enum)Enum.Parse(place.Type, word));
                        obj[key] = words[random.Next(words.Count)];
                    }
                    else if (key == "Grade" && value is JsonValue grade && grade.TryGetValue<int>(out var level))
                    {
                        obj[key] = random.Next(3) switch
                        {
                            0 => EnumWords.GradeNames[level - 1],
                            1 => level.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            _ => $"{level}级",
                        };
                    }
                    else if (value is not null)
                    {
                        Walk(value, key, random);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        Walk(item, list, random);
                    }
                }

                break;
        }
    }

    private string Decisions(string json)
    {
        var path = Write($"{Guid.NewGuid():N}.person.json", json);
        var (person, household) = PersonFile.Read(path);
        var evaluator = new EligibilityEvaluator(Catalog.Value, County);
        return string.Join("\n", Catalog.Value.PersonProgramIds.Select(p => evaluator.Evaluate(person, household, Date, p)).Select(d => $"{d.ProgramId} {d.Outcome} {d.Totals} {string.Join(",", d.FailedRules.Select(f => f.RuleName))}"));
    }

    private static string Levy(string path)
    {
        var employer = PersonInputMapper.ToDomain(CaseRunner.ReadEmployer(path));
        var decision = Catalog.Value.Evaluate(EmployerFacts.From(employer, Date), Date, "P9");
        return $"{decision.Outcome} {decision.Totals}";
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
