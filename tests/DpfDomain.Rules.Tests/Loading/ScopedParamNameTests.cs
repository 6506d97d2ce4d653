using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Loading;

public sealed class ScopedParamNameTests
{
    [Fact]
    public void LocalParam_HidingAGlobalParam_IsDuplicateNameAtItsName()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "LocalParams": [ { "Name": "POOR", "Expression": "Person.Dibao" } ], "Expression": "poor", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""")
            .Replace("\"WorkflowName\": \"P1\",", "\"WorkflowName\": \"P1\", \"GlobalParams\": [ { \"Name\": \"poor\", \"Expression\": \"Person.Dibao\" } ],", StringComparison.Ordinal);

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(DiagnosticCode.DuplicateName, diagnostic.Code);
        Assert.Equal(RuleSetText.RuleLine, diagnostic.Line);
        Assert.Equal(56, diagnostic.Column);
        Assert.Equal("Main", diagnostic.RuleName);
        Assert.Contains("hides one of the same name", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestedLocalParam_HidingItsParentsLocalParam_IsDuplicateName()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "Operator": "And", "LocalParams": [ { "Name": "x", "Expression": "Person.Age" } ], "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" }, "Rules": [ { "RuleName": "Child", "LocalParams": [ { "Name": "X", "Expression": "1" } ], "Expression": "x > 0", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } } ] }""");

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(DiagnosticCode.DuplicateName, diagnostic.Code);
        Assert.Equal("Child", diagnostic.RuleName);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("in")]
    [InlineData("Math")]
    [InlineData("Enumerable")]
    [InlineData("null")]
    public void LocalParam_NamedLikeAWordOfTheLanguage_IsInvalidName(string name)
    {
        var json = RuleSetText.Build(rules:
            $$"""      { "RuleName": "Main", "LocalParams": [ { "Name": "{{name}}", "Expression": "Person.Dibao" } ], "Expression": "Person.Dibao", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(DiagnosticCode.InvalidName, diagnostic.Code);
    }

    [Fact]
    public void LocalParam_NamedLikeAForbiddenType_IsStillReportedForTheRealProblem()
    {
        var json = RuleSetText.Build(rules:
            """      { "RuleName": "Main", "LocalParams": [ { "Name": "path", "Expression": "Person.Age" } ], "Expression": "path >== 18", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        Assert.Equal(DiagnosticCode.ExpressionSyntax, diagnostic.Code);
    }

    [Fact]
    public void TooManyLocalParams_IsExpressionTooLarge()
    {
        var many = string.Join(", ", Enumerable.Range(0, 17).Select(i => $$"""{ "Name": "v{{i}}", "Expression": "{{i}}" }"""));
        var json = RuleSetText.Build(rules:
            $$"""      { "RuleName": "Main", "LocalParams": [ {{many}} ], "Expression": "v0 == 0", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }""");

        Assert.Contains(RuleSetText.Validate(json), d => d.Code == DiagnosticCode.ExpressionTooLarge);
    }

    [Fact]
    public void Source_OpenerFailing_IsUnreadable()
    {
        var diagnostics = RuleCatalog.Validate([
            RuleSetSource.FromStream("null.ruleset.json", () => null!),
            RuleSetSource.FromStream("throws.ruleset.json", () => throw new NotSupportedException("no")),
        ]);

        Assert.Equal([("null.ruleset.json", DiagnosticCode.Unreadable), ("throws.ruleset.json", DiagnosticCode.Unreadable)], diagnostics.Select(d => (d.File, d.Code)));
    }

    [Fact]
    public void MisspeltKey_DoesNotHideAProblemInAnotherRule()
    {
        var json = RuleSetText.Build(rules:
            RuleSetText.Rule("Person.CertificateValid", "A").TrimEnd().Replace("\"Expression\"", "\"Expresion\"", StringComparison.Ordinal) + ",\n" +
            RuleSetText.Rule("Person.Agee > 1", "B"));

        var diagnostics = RuleSetText.Validate(json);

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCode.UnknownKey && d.RuleName == "A");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCode.UnknownName && d.RuleName == "B");
    }
}
