using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Tests.Loading;

/// <summary>
/// Every part of a rule set knows its own place in the file: what a check reads from a definition
/// and what it reports at the definition's place are the same value of the same file.
/// </summary>
public sealed class SourceBinderTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var name in ReferenceCatalog.FileNames.Where(n => n.EndsWith(".ruleset.json", StringComparison.Ordinal)))
        {
            data.Add("reference:" + name);
        }

        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "RuleSets"), "*.ruleset.json"))
        {
            data.Add("test:" + Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryDefinition_StandsAtTheJsonItWasReadFrom(string file)
    {
        var document = Read(file);
        var located = 0;

        Assert.Equal(document.Program.Id, document.Program.Source["Id"]?.StringValue);
        Assert.Equal(document.Program.Version, document.Program.Source["Version"]?.StringValue);
        foreach (var quota in document.Program.Quotas)
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Number, quota.Source["Year"]?.Kind);
            located++;
        }

        foreach (var parameter in document.Parameters)
        {
            Assert.Equal(parameter.Name, parameter.Source["Name"]?.StringValue);
            foreach (var value in parameter.Values)
            {
                Assert.Equal(value.From, value.Source["From"]?.StringValue);
                located++;
            }
        }

        foreach (var scoped in document.Eligibility.GlobalParams ?? [])
        {
            Assert.Equal(scoped.Expression, scoped.Source["Expression"]?.StringValue);
            located++;
        }

        foreach (var rule in AllRules(document.Eligibility.Rules))
        {
            Assert.Equal(rule.RuleName, rule.Source["RuleName"]?.StringValue);
            Assert.Equal(rule.Expression, rule.Source["Expression"]?.StringValue);
            Assert.Equal(rule.Properties.ErrorMessageZh, rule.Properties.Source["ErrorMessageZh"]?.StringValue);
            foreach (var scoped in rule.LocalParams ?? [])
            {
                Assert.Equal(scoped.Name, scoped.Source["Name"]?.StringValue);
                located++;
            }

            located++;
        }

        foreach (var benefit in document.Benefits)
        {
            Assert.Equal(benefit.Amount, benefit.Source["Amount"]?.StringValue);
            located++;
        }

        foreach (var output in document.Outputs)
        {
            Assert.Equal(output.Expression, output.Source["Expression"]?.StringValue);
            located++;
        }

        Assert.True(located >= 2, $"{file}: too few definitions to say anything");
    }

    [Fact]
    public void ADefinitionBuiltInCode_StandsAtTheFirstLine_AndIsLocatedOnceOnly()
    {
        var rule = new RuleDefinition { RuleName = "Built" };
        Assert.Equal(new SourcePosition(1, 1), rule.Source.Position);

        var document = Read("test:" + Path.GetFileName(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "RuleSets"), "*.ruleset.json")[0]));
        var located = document.Eligibility.Rules[0];
        Assert.Throws<InvalidOperationException>(() => located.Locate(located.Source));
    }

    [Fact]
    public void ADefinitionWhoseKeyIsMisspelt_IsReadAsTheKeyMeant_AtTheMisspeltKey()
    {
        // "Expresion" is reported once, as a misspelling of Expression, and read as Expression, so that the later checks run on it.
        const string json = """
            {
              "Program": { "Id": "T1", "Name": { "zh-CN": "测试", "en": "Test" }, "LegalReferences": ["x"], "Version": "1", "EffectiveFrom": "2019-01-01" },
              "Eligibility": { "WorkflowName": "T1", "Rules": [ { "RuleName": "A", "Expresion": "true", "ErrorMessage": "a", "Properties": { "ErrorMessageZh": "甲" } } ] },
              "Benefits": [ { "Id": "B", "Amount": "1", "Period": "PerYear" } ]
            }
            """;
        var bag = new DiagnosticBag("t1.ruleset.json");
        var document = RuleSetLoader.Read(RuleSetSource.FromText("t1.ruleset.json", json), bag)!.Document;

        var rule = document.Eligibility.Rules[0];
        Assert.Equal("true", rule.Expression);
        Assert.Equal(new SourcePosition(3, 85), rule.Source.Get("Expression").Position);
        Assert.Equal(new SourcePosition(3, 53), rule.Source.Position);
        Assert.Equal([(DiagnosticCode.UnknownKey, 3, 72)], bag.Items.Select(d => (d.Code, d.Line, d.Column)));
    }

    [Fact]
    public void ADefinitionWhoseKeyIsLikeNoKey_StandsAtItsEnclosingObject()
    {
        // "Formula" is like no key of a rule: it is reported as not allowed there, and what is missing is reported nowhere else.
        const string json = """
            {
              "Program": { "Id": "T1", "Name": { "zh-CN": "测试", "en": "Test" }, "LegalReferences": ["x"], "Version": "1", "EffectiveFrom": "2019-01-01" },
              "Eligibility": { "WorkflowName": "T1", "Rules": [ { "RuleName": "A", "Formula": "true", "ErrorMessage": "a", "Properties": { "ErrorMessageZh": "甲" } } ] },
              "Benefits": [ { "Id": "B", "Amount": "1", "Period": "PerYear" } ]
            }
            """;
        var bag = new DiagnosticBag("t1.ruleset.json");
        var document = RuleSetLoader.Read(RuleSetSource.FromText("t1.ruleset.json", json), bag)!.Document;

        var rule = document.Eligibility.Rules[0];
        Assert.Same(rule.Source, rule.Source.Get("Expression"));
        Assert.Equal(new SourcePosition(3, 53), rule.Source.Position);
        Assert.Equal([(DiagnosticCode.UnknownKey, 3, 72)], bag.Items.Select(d => (d.Code, d.Line, d.Column)));
    }

    private static RuleSetDocument Read(string file)
    {
        var source = file.StartsWith("reference:", StringComparison.Ordinal)
            ? RuleSetSource.FromText(file["reference:".Length..], ReferenceCatalog.Read(file["reference:".Length..]))
            : RuleSetSource.FromFile(Path.Combine(AppContext.BaseDirectory, "RuleSets", file["test:".Length..]));
        var bag = new DiagnosticBag(source.Name);
        var read = RuleSetLoader.Read(source, bag);
        Assert.NotNull(read);
        return read.Document;
    }

    private static IEnumerable<RuleDefinition> AllRules(IEnumerable<RuleDefinition> rules) =>
        rules.SelectMany(rule => AllRules(rule.Rules ?? []).Prepend(rule));
}
