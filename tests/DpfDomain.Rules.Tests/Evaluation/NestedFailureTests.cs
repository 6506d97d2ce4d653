using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Tests.Support;
using NodaTime;

namespace DpfDomain.Rules.Tests.Evaluation;

/// <summary>
/// Rules nested two levels deep: the failed-rule report names exactly the children that failed,
/// evaluating a nested group as its operator says (And: all enabled children, Or: any), with
/// switched-off children left out and a group without an enabled child failing — as the fused
/// decision and the trace do.
/// </summary>
public sealed class NestedFailureTests
{
    private static readonly LocalDate Date = new(2019, 6, 1);

    public static TheoryData<string, string, string> Cases => new()
    {
        // outer rule's children: an inner group and a leaf; expected failure tree
        { Group("Inner", "Or", Leaf("A", "false"), Leaf("B", "false")) + ",\n" + Leaf("Leaf", "true"), "Outer[Inner[A,B]]", "NotEligible" },
        { Group("Inner", "Or", Leaf("A", "false"), Leaf("B", "true")) + ",\n" + Leaf("Leaf", "false"), "Outer[Leaf]", "NotEligible" },
        { Group("Inner", "And", Leaf("A", "true"), Leaf("B", "false")) + ",\n" + Leaf("Leaf", "true"), "Outer[Inner[B]]", "NotEligible" },
        { Group("Inner", "And", Leaf("A", "true"), Leaf("B", "true")) + ",\n" + Leaf("Leaf", "false"), "Outer[Leaf]", "NotEligible" },
        { Group("Inner", "Or", Leaf("A", "true", enabled: false), Leaf("B", "false")) + ",\n" + Leaf("Leaf", "true"), "Outer[Inner[B]]", "NotEligible" },
        { Group("Inner", "And", Leaf("A", "false", enabled: false), Leaf("B", "true")) + ",\n" + Leaf("Leaf", "false"), "Outer[Leaf]", "NotEligible" },
        { Group("Inner", "Or", Leaf("A", "true", enabled: false)) + ",\n" + Leaf("Leaf", "true"), "Outer[Inner]", "NotEligible" },
        { Group("Inner", "Or", Leaf("A", "false"), Leaf("B", "true")) + ",\n" + Leaf("Leaf", "true"), "", "Eligible" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ANestedGroup_IsReportedByItsOperator_OnBothPaths(string children, string expected, string outcome)
    {
        var catalog = RuleSetText.Load(RuleSetText.Build(rules: Group("Outer", "And", children)));

        var fast = catalog.Evaluate(new PersonFacts(), Date, "P1");
        var traced = catalog.Evaluate(new PersonFacts(), Date, "P1", trace: true);

        Assert.Equal(outcome, fast.Outcome.ToString());
        Assert.Equal(expected, string.Join(",", fast.FailedRules.Select(Tree)));
        Assert.Equal(expected, string.Join(",", traced.FailedRules.Select(Tree)));
        Assert.Equal(fast.Outcome, traced.Outcome);
    }

    private static string Tree(FailedRule rule) =>
        rule.Children.Count == 0 ? rule.RuleName : $"{rule.RuleName}[{string.Join(",", rule.Children.Select(Tree))}]";

    private static string Leaf(string name, string expression, bool enabled = true) =>
        $$"""{ "RuleName": "{{name}}", "Expression": "{{expression}}", {{(enabled ? string.Empty : "\"Enabled\": false, ")}}"ErrorMessage": "{{name}} fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""";

    private static string Group(string name, string op, params string[] children) =>
        $$"""{ "RuleName": "{{name}}", "Operator": "{{op}}", "ErrorMessage": "{{name}} fails.", "Properties": { "ErrorMessageZh": "不符合。" }, "Rules": [ {{string.Join(", ", children)}} ] }""";
}
