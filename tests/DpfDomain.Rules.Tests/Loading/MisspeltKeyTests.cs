using System.Text.Json.Serialization.Metadata;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Model;
using DpfDomain.Rules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Rules.Tests.Loading;

/// <summary>
/// A key misspelt where the key it is close to is absent is reported once, at the misspelt key,
/// as the misspelling with the key to type instead; the file is read on as if the key were spelt
/// right, so that its other mistakes are found in the same run; and it still never loads.
/// </summary>
public sealed class MisspeltKeyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dpf-misspelt-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AMisspeltValueOfAParameter_IsOneProblemAtTheMisspelling_InBothLanguages()
    {
        var json = RuleSetText.Build(parameters: RuleSetText.DefaultParameters.Replace("\"Value\": 1000", "\"Vaule\": 1000", StringComparison.Ordinal));

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(
            "test.ruleset.json:10:91: DPF101 参数 AmountPerYear 的第 1 个取值（Parameters[0].Values[0]）中的键“Vaule”可能拼错了，应为“Value”。 修改建议：请把“Vaule”改为“Value”（键名区分大小写）。",
            diagnostic.Format(chinese: true));
        Assert.Equal(
            "test.ruleset.json:10:91: DPF101 The key \"Vaule\" in the 1st value of parameter AmountPerYear (Parameters[0].Values[0]) is probably a misspelling of \"Value\". Fix: Write \"Value\" instead of \"Vaule\" (upper and lower case matter).",
            diagnostic.Format(chinese: false));
    }

    [Fact]
    public void AMisspeltExpression_IsOneProblemAtTheMisspelling_InTheRule()
    {
        var json = RuleSetText.Build(rules: RuleSetText.Rule(RuleSetText.DefaultExpression).Replace("\"Expression\"", "\"Expresion\"", StringComparison.Ordinal));

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(
            "test.ruleset.json:17:29: DPF101 [规则 Main] 规则 Main（Eligibility.Rules[0]）中的键“Expresion”可能拼错了，应为“Expression”。 修改建议：请把“Expresion”改为“Expression”（键名区分大小写）。",
            diagnostic.Format(chinese: true));
        Assert.Equal(
            "test.ruleset.json:17:29: DPF101 [rule Main] The key \"Expresion\" in rule Main (Eligibility.Rules[0]) is probably a misspelling of \"Expression\". Fix: Write \"Expression\" instead of \"Expresion\" (upper and lower case matter).",
            diagnostic.Format(chinese: false));
    }

    [Fact]
    public void ARuleNameWrittenInTheWrongCase_IsOneProblem_AndTheRuleIsStillNamed()
    {
        var json = RuleSetText.Build(rules: RuleSetText.Rule(RuleSetText.DefaultExpression).Replace("\"RuleName\"", "\"Rulename\"", StringComparison.Ordinal));

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(
            "test.ruleset.json:17:9: DPF101 [规则 Main] 规则 Main（Eligibility.Rules[0]）中的键“Rulename”可能拼错了，应为“RuleName”。 修改建议：请把“Rulename”改为“RuleName”（键名区分大小写）。",
            diagnostic.Format(chinese: true));
        Assert.Equal(
            "test.ruleset.json:17:9: DPF101 [rule Main] The key \"Rulename\" in rule Main (Eligibility.Rules[0]) is probably a misspelling of \"RuleName\". Fix: Write \"RuleName\" instead of \"Rulename\" (upper and lower case matter).",
            diagnostic.Format(chinese: false));
    }

    [Fact]
    public void AFileWithAMisspeltKey_NeverLoads()
    {
        var json = RuleSetText.Build(parameters: RuleSetText.DefaultParameters.Replace("\"Value\": 1000", "\"Vaule\": 1000", StringComparison.Ordinal));

        var result = RuleCatalog.TryLoad([RuleSetSource.FromText("test.ruleset.json", json)]);

        Assert.False(result.Success);
        Assert.Null(result.Catalog);
        Assert.Equal([DiagnosticCode.UnknownKey], result.Diagnostics.Select(d => d.Code));
        Assert.Throws<RuleSetLoadException>(() => RuleSetText.Load(json));
    }

    [Fact]
    public void AMisspeltKey_AndLaterMistakes_AreAllReportedInOneRun()
    {
        // A misspelt Value; the second value of the same parameter dated before the first; a second rule whose expression names no fact.
        var parameters = RuleSetText.DefaultParameters
            .Replace("\"Value\": 1000", "\"Vaule\": 1000", StringComparison.Ordinal)
            .Replace("\"From\": \"2022-01-01\"", "\"From\": \"2018-01-01\"", StringComparison.Ordinal);
        var rules = RuleSetText.Rule(RuleSetText.DefaultExpression) + ",\n" + RuleSetText.Rule("Person.NoSuchFact", "Second");
        var json = RuleSetText.Build(parameters: parameters, rules: rules);

        var diagnostics = RuleSetText.Validate(json);

        Assert.Equal(
            [(DiagnosticCode.UnknownKey, 10, 91), (DiagnosticCode.ParameterValuesOutOfOrder, 10, 138), (DiagnosticCode.UnknownName, 18, 53)],
            diagnostics.Select(d => (d.Code, d.Line, d.Column)));
    }

    [Fact]
    public void AMisspeltKeyWhoseValueHasTheWrongType_IsCheckedAsTheKeyMeant()
    {
        var json = RuleSetText.Build(parameters: RuleSetText.DefaultParameters.Replace("\"Value\": 1000", "\"Vaule\": \"tausend\"", StringComparison.Ordinal));

        var diagnostics = RuleSetText.Validate(json);

        // The text is read as the value, which is no number (and so the parameter has no value on the first day either).
        Assert.Equal([DiagnosticCode.ParameterHasNoValueOnStart, DiagnosticCode.UnknownKey, DiagnosticCode.ParameterValueKind], diagnostics.Select(d => d.Code));
        Assert.Equal("“AmountPerYear”的单位是元/年，取值必须是数字。", diagnostics[2].MessageZh);
    }

    [Fact]
    public void AnUnknownKeyBesideTheKeyItResembles_IsNotAllowed_WithADidYouMean()
    {
        // "Valeu" is close to Value, but Value is there: it cannot be meant as Value, and is reported as not allowed.
        var json = RuleSetText.Build(parameters: RuleSetText.DefaultParameters.Replace("\"Value\": 1000", "\"Value\": 1000, \"Valeu\": 1", StringComparison.Ordinal));

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(
            "参数 AmountPerYear 的第 1 个取值（Parameters[0].Values[0]）中不允许出现键“Valeu”。 修改建议：是否应为“Value”？键名区分大小写。",
            diagnostic.Format(chinese: true)[(diagnostic.Format(chinese: true).IndexOf("DPF101 ", StringComparison.Ordinal) + 7)..]);
    }

    [Fact]
    public void AShortKeyLikeNoOther_IsNotTakenForAnAbsentKey()
    {
        // "Xy" is two edits from Id, all of it: no misspelling; Id is missing and Xy is not allowed.
        var json = RuleSetText.Build(program: RuleSetText.DefaultProgram.Replace("\"Id\"", "\"Xy\"", StringComparison.Ordinal));

        var codes = RuleSetText.Validate(json).Select(d => d.Code).ToList();

        Assert.Equal([DiagnosticCode.MissingKey, DiagnosticCode.UnknownKey], codes);
    }

    [Fact]
    public void AMisspeltKeyInACaseFile_IsOneProblemAtTheMisspelling_InBothLanguages()
    {
        var text = ReferenceCatalog.Read("P1.cases.json").ReplaceLineEndings("\n");
        var nameAt = text.IndexOf("\"Name\": \"", text.IndexOf("\"Cases\"", StringComparison.Ordinal), StringComparison.Ordinal) + "\"Name\": ".Length;
        text = string.Concat(text.AsSpan(0, nameAt), "\"低保户精神二级\"", text.AsSpan(text.IndexOf('"', nameAt + 1) + 1));
        var at = text.IndexOf("\"Expected\"", StringComparison.Ordinal);
        text = string.Concat(text.AsSpan(0, at), "\"Expcted\"", text.AsSpan(at + "\"Expected\"".Length));
        var (line, column) = Position(text, at);
        var path = Path.Combine(_folder, "P1.cases.json");
        File.WriteAllText(path, text);

        var invalid = Assert.Single(CaseRunner.Check(null, CaseRunner.Read(path), "P1.cases.json"));

        Assert.Equal(
            [$"invalid case: {path}:{line}:{column}: DPF101 The key \"Expcted\" in case \"低保户精神二级\" (Cases[0]) is probably a misspelling of \"Expected\". Fix: Write \"Expected\" instead of \"Expcted\" (upper and lower case matter)."],
            invalid.Differences);
        Assert.Equal(
            [$"用例无效：{path}:{line}:{column}: DPF101 用例“低保户精神二级”（Cases[0]）中的键“Expcted”可能拼错了，应为“Expected”。 修改建议：请把“Expcted”改为“Expected”（键名区分大小写）。"],
            invalid.DifferencesZh);
    }

    [Fact]
    public void AMisspeltKeyInAPersonFile_IsOneProblem_AtTheMisspelling()
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", "persons", "P4.person.json")).ReplaceLineEndings("\n");
        var at = text.IndexOf("\"IssuedOn\"", StringComparison.Ordinal);
        text = string.Concat(text.AsSpan(0, at), "\"IsuedOn\"", text.AsSpan(at + "\"IssuedOn\"".Length));
        var (line, column) = Position(text, at);
        var path = Path.Combine(_folder, "person.json");
        File.WriteAllText(path, text);

        var error = Assert.Throws<CaseInputException>(() => CaseRunner.ReadPerson(path));

        Assert.Equal(
            [$"{path}:{line}:{column}: DPF101 第 1 位家庭成员的残疾证（Household.Members[0].Certificate）中的键“IsuedOn”可能拼错了，应为“IssuedOn”。 修改建议：请把“IsuedOn”改为“IssuedOn”（键名区分大小写）。"],
            error.MessageZh.Split(Environment.NewLine)[1..]);
        Assert.Equal(
            [$"{path}:{line}:{column}: DPF101 The key \"IsuedOn\" in the certificate of household member 1 (Household.Members[0].Certificate) is probably a misspelling of \"IssuedOn\". Fix: Write \"IssuedOn\" instead of \"IsuedOn\" (upper and lower case matter)."],
            error.Message.Split(Environment.NewLine)[1..]);
    }

    /// <summary>
    /// For every required key of the rule-set format, in every place it stands in a valid file, and
    /// any close misspelling of it (two neighbours swapped, a letter dropped or doubled, the case of
    /// a letter changed) that is no key of the format: exactly one problem, at the misspelt key, and
    /// it says which key was meant.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property EveryRequiredKeyMisspeltClosely_IsExactlyOneProblem_AtTheMisspelling() =>
        Prop.ForAll(Arb.From(Occurrences.SelectMany(o => Edits(o.Key).Select(e => (Occurrence: o, Edit: e))).ToList() is var all
            ? Gen.Choose(0, all.Count - 1).Select(i => all[i]) : throw new InvalidOperationException()), pick =>
        {
            var (occurrence, misspelt) = pick;
            var json = string.Concat(ValidText.AsSpan(0, occurrence.Index), $"\"{misspelt}\"", ValidText.AsSpan(occurrence.Index + occurrence.Key.Length + 2));
            var (line, column) = Position(json, occurrence.Index);

            var diagnostics = RuleSetText.Validate(json);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal((DiagnosticCode.UnknownKey, line, column), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
            Assert.EndsWith($"is probably a misspelling of \"{occurrence.Key}\".", diagnostic.Message, StringComparison.Ordinal);
        });

    private static readonly string ValidText = RuleSetText.Build();

    /// <summary>Every key of the format that is required somewhere.</summary>
    private static readonly HashSet<string> RequiredKeys = KeysOfTheFormat(required: true);

    private static readonly HashSet<string> AllKeys = KeysOfTheFormat(required: false);

    /// <summary>Each place in the valid file where a required key is written: its index (at the opening quote) and the key.</summary>
    private static readonly IReadOnlyList<(int Index, string Key)> Occurrences = [.. RequiredKeys.SelectMany(key => IndexesOf(ValidText, $"\"{key}\":").Select(i => (i, key)))];

    private static IEnumerable<string> Edits(string key)
    {
        var edits = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < key.Length; i++)
        {
            if (key[i] != key[i + 1])
            {
                edits.Add(string.Concat(key.AsSpan(0, i), key[i + 1].ToString(), key[i].ToString(), key.AsSpan(i + 2)));
            }

            if (key.Length >= 4)
            {
                edits.Add(key.Remove(i, 1));
            }

            edits.Add(key.Insert(i, key[i].ToString()));
        }

        for (var i = 0; i < key.Length; i++)
        {
            var flipped = char.IsUpper(key[i]) ? char.ToLowerInvariant(key[i]) : char.ToUpperInvariant(key[i]);
            edits.Add(string.Concat(key.AsSpan(0, i), flipped.ToString(), key.AsSpan(i + 1)));
        }

        return edits.Where(e => !AllKeys.Contains(e, StringComparer.OrdinalIgnoreCase) || string.Equals(e, key, StringComparison.OrdinalIgnoreCase) && e != key);
    }

    private static HashSet<string> KeysOfTheFormat(bool required)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        Walk(typeof(RuleSetDocument));
        return keys;

        void Walk(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type))
            {
                return;
            }

            var info = RuleSetJson.Options.GetTypeInfo(type);
            if (info.Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary)
            {
                Walk(info.ElementType!);
            }

            if (info.Kind != JsonTypeInfoKind.Object)
            {
                return;
            }

            foreach (var property in info.Properties)
            {
                if (property.IsRequired || !required)
                {
                    keys.Add(property.Name);
                }

                Walk(property.PropertyType);
            }
        }
    }

    private static IEnumerable<int> IndexesOf(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (text.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }
}
