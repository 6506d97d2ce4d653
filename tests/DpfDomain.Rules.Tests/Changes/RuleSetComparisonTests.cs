using DpfDomain.Rules.Authoring.Changes;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Rules.Tests.Changes;

/// <summary>The comparison of two catalogs behind <c>dpf diff</c>: each kind of edit, said once, in both languages.</summary>
public sealed class RuleSetComparisonTests
{
    private static readonly string[] Programs = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"];

    [Fact]
    public void TheReferenceCatalog_ComparedWithItself_HasNoChanges() =>
        Assert.Empty(RuleSetComparison.Compare(ReferenceCatalog.Load(), ReferenceCatalog.Load()));

    [Fact]
    public void ALayoutOnlyEdit_IsNoChange()
    {
        var after = Catalog(name => name == "P1" ? Text("P1").Replace("\n", "\r\n", StringComparison.Ordinal).Replace("  ", "    ", StringComparison.Ordinal) : Text(name));

        Assert.Empty(RuleSetComparison.Compare(ReferenceCatalog.Load(), after));
    }

    [Fact]
    public void ARaisedValue_AChangedExpression_AndARemovedProgram_AreListedExactly()
    {
        var after = Catalog(
            name => name switch
            {
                "P1" => Text("P1").Replace(
                    "（每人每年1000元）\"",
                    "（每人每年1000元）\" }, { \"From\": \"2025-01-01\", \"Value\": 1500, \"Reference\": \"县政府2024年第9号文件\"",
                    StringComparison.Ordinal),
                "P2" => Text("P2").Replace("Person.Age >= Parameters.MinAge && Person.Age <= Parameters.MaxAge", "Person.Age >= Parameters.MinAge && Person.Age < Parameters.MaxAge", StringComparison.Ordinal),
                _ => Text(name),
            },
            without: "P3");

        var changes = RuleSetComparison.Compare(ReferenceCatalog.Load(), after);

        Assert.Equal(
            [
                "P1 2019.1: Parameter AmountPerYear: new value 1,500 yuan per year from 2025-01-01 (was 1,000 yuan per year).",
                "P2 2019.1: Rule AgeInRange: the condition changed from \"Person.Age >= Parameters.MinAge && Person.Age <= Parameters.MaxAge\" to \"Person.Age >= Parameters.MinAge && Person.Age < Parameters.MaxAge\".",
                "P3: Program P3 removed: Spring Festival relief visits to disabled people in hardship.",
            ],
            changes.Select(c => c.ToString()));
        Assert.Equal(
            [
                "参数 AmountPerYear：新增 2025-01-01 起的取值 1,500 元/年（原为 1,000 元/年）。",
                "规则 AgeInRange：条件由“Person.Age >= Parameters.MinAge && Person.Age <= Parameters.MaxAge”改为“Person.Age >= Parameters.MinAge && Person.Age < Parameters.MaxAge”。",
                "删除项目 P3：春节慰问困难残疾人。",
            ],
            changes.Select(c => c.Chinese));
    }

    [Fact]
    public void ValuesChangedAndRemoved_RulesAndBenefits_VersionsAndNames_AreSaid()
    {
        var before = Catalog(name => name == "P7"
            ? Text("P7").Replace("\"Value\": 80,", "\"Value\": 80, \"Reference\": \"a\" }, { \"From\": \"2020-01-01\", \"Value\": 90,", StringComparison.Ordinal)
            : Text(name));
        var after = Catalog(name => name switch
        {
            "P7" => Text("P7")
                .Replace("\"Value\": 80,", "\"Value\": 85,", StringComparison.Ordinal)
                .Replace("\"Version\": \"2016.1\"", "\"Version\": \"2016.2\"", StringComparison.Ordinal),
            "P5" => Text("P5").Replace("\"Period\": \"InKind\"", "\"Period\": \"OneOff\"", StringComparison.Ordinal),
            _ => Text(name),
        });

        var changes = RuleSetComparison.Compare(before, after).Select(c => c.Text(chinese: true)).ToList();

        Assert.Contains("待遇 HearingAid：发放周期由“实物”改为“一次性”。", changes);
        Assert.Contains("版本号由 2016.1 改为 2016.2。", changes);
        Assert.Contains("参数 AmountPerMonth：2016-01-01 起的取值由 80 元/月 改为 85 元/月。", changes);
        Assert.Contains("参数 AmountPerMonth：删除 2020-01-01 起的取值 90 元/月（此后沿用 85 元/月）。", changes);
    }

    private static string Text(string program) => ReferenceCatalog.Read(program + ".ruleset.json");

    private static RuleCatalog Catalog(Func<string, string> text, string? without = null) =>
        RuleCatalog.Load(Programs.Where(p => p != without).Select(p => RuleSetSource.FromText(p + ".ruleset.json", text(p))));
}
