using System.Globalization;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RulesEngine.Models;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// Decisions never depend on the machine's culture: text is compared and cased ordinally or
/// invariantly, numbers are read and written invariantly, and the culture-based comparisons that
/// have no invariant form are refused at load.
/// </summary>
public sealed class CultureTests
{
    private static readonly string[] Cultures = ["en-US", "de-DE", "tr-TR", "zh-CN", ""];

    private static readonly Lazy<RuleCatalog> TestRuleSets = new(() => RuleCatalog.Load(
        new[] { "culture.ruleset.json", "differential.ruleset.json", "medication.ruleset.json" }
            .Select(f => RuleSetSource.FromFile(Path.Combine(AppContext.BaseDirectory, "RuleSets", f)))));

    private static readonly Lazy<RuleCatalog> Reference = new(ReferenceCatalog.Load);

    private static readonly LocalDate Date = new(2019, 6, 1);

    private static readonly PersonFacts Pupil = new()
    {
        Year = 2019,
        Month = 6,
        Age = 31,
        CertificateValid = true,
        Category = 1,
        Grade = 2,
        Categories = [1, 3],
        SchoolStage = "Primary",
    };

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property EveryCulture_GivesIdenticalDecisions_OnTheTestRuleSetsAndTheReferenceCatalog()
    {
        var cases = from facts in FactsGenerator.Facts
                    from useReference in Gen.Elements(true, false)
                    select (facts, useReference);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var catalog = c.useReference ? Reference.Value : TestRuleSets.Value;
            var date = new LocalDate(c.facts.Year, c.facts.Month, 15);
            var results = Cultures.Select(culture => Under(culture, () => Describe(catalog.EvaluateAll(c.facts, date, trace: true)))).ToArray();
            return results.All(r => r == results[0])
                .Label(string.Join("\n", Cultures.Zip(results, (culture, result) => $"[{culture}] {result}")));
        });
    }

    [Fact]
    public void TheCultureRuleSet_WouldDependOnTheCulture_WithoutTheRewrite()
    {
        // The property above has teeth only if the rule set really uses culture-sensitive members:
        // RulesEngine itself, which evaluates them as .NET does by default, decides differently.
        var version = TestRuleSets.Value.VersionsOf("CULTURE")[0];
        var engine = new RulesEngine.RulesEngine([RulesEngineWorkflows.ToWorkflow(version.Document)], new ReSettings());
        string Run() => string.Join(",", engine.ExecuteAllRulesAsync(
                "CULTURE",
                new RuleParameter("Person", Pupil),
                new RuleParameter("Parameters", version.Compiled.Parameters.ValuesOn(Date)))
            .AsTask().GetAwaiter().GetResult()
            .Select(r => $"{r.Rule.RuleName}={r.IsSuccess}"));

        var invariant = Under(string.Empty, Run);

        Assert.NotEqual(invariant, Under("de-DE", Run));
        Assert.NotEqual(invariant, Under("tr-TR", Run));
        Assert.Equal(
            Under(string.Empty, () => Describe(TestRuleSets.Value.EvaluateAll(Pupil, Date, trace: true))),
            Under("tr-TR", () => Describe(TestRuleSets.Value.EvaluateAll(Pupil, Date, trace: true))));
    }

    [Theory]
    [InlineData("\"i\".ToUpper() == \"I\"")]
    [InlineData("\"I\".ToLower() == \"i\"")]
    [InlineData("Convert.ToDecimal(\"0.5\") * Parameters.AmountPerYear == 500m")]
    [InlineData("Convert.ToDouble(\"1.5\") == 1.5")]
    [InlineData("(1.5m).ToString() == \"1.5\"")]
    [InlineData("Convert.ToString(1.5m) == \"1.5\"")]
    [InlineData("Parameters.AmountPerYear.ToString(\"N2\") == \"1,000.00\"")]
    [InlineData("Person.Age.ToString(\"F1\") == \"30.0\"")]
    [InlineData("\"B\" < \"a\"")]
    [InlineData("string.Compare(\"a\", \"B\") == 1")]
    [InlineData("\"a\".CompareTo(\"B\") == 1")]
    [InlineData("\"\\u00ADPrimary\".StartsWith(\"Primary\") == false")]
    [InlineData("\"Primary\\u00AD\".EndsWith(\"Primary\") == false")]
    [InlineData("\"a\\u00ADb\".IndexOf(\"ab\") == -1")]
    [InlineData("Person.Categories.Select(c => (c + 0.5m).ToString()).Max() == \"6.5\"")]
    [InlineData("Person.Categories.Select(c => c == 2 ? \"a\" : \"B\").OrderBy(t => t).FirstOrDefault() == \"B\"")]
    [InlineData("\"İ\".Equals(\"i\", StringComparison.OrdinalIgnoreCase) == false")]
    public void CultureSensitiveMembers_AreInvariant_UnderEveryCulture(string expression)
    {
        var catalog = RuleSetText.Load(RuleSetText.WithExpression(expression));
        var person = new PersonFacts { Year = 2019, Month = 6, Age = 30, Categories = [2, 6] };

        foreach (var culture in Cultures)
        {
            var decision = Under(culture, () => catalog.Evaluate(person, Date, "P1"));
            Assert.True(decision.Outcome == DecisionOutcome.Eligible, $"[{culture}] {expression}: {decision}");
        }
    }

    [Theory]
    [InlineData("Person.SchoolStage.StartsWith(\"P\", StringComparison.CurrentCulture)", "String.StartsWith")]
    [InlineData("Person.SchoolStage.Equals(\"p\", StringComparison.InvariantCultureIgnoreCase)", "String.Equals")]
    [InlineData("string.Compare(Person.SchoolStage, \"x\", true) > 0", "String.Compare")]
    [InlineData("string.Equals(Person.SchoolStage, \"x\", StringComparison.CurrentCultureIgnoreCase)", "String.Equals")]
    public void CultureBasedComparisons_WithoutAnInvariantForm_AreRefused(string expression, string member)
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression(expression)));

        Assert.Equal(DiagnosticCode.SandboxViolation, diagnostic.Code);
        Assert.Contains(member, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("language settings", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("语言设置", diagnostic.MessageZh, StringComparison.Ordinal);
        Assert.Contains("StringComparison.Ordinal", diagnostic.Hint, StringComparison.Ordinal);
    }

    private static string Describe(IReadOnlyList<ProgramDecision> decisions) =>
        string.Join(" | ", decisions.Select(d =>
            $"{d.ProgramId}:{d.Outcome}:{d.Totals}:{string.Join(",", d.FailedRules.Select(f => f.RuleName))}:"
            + string.Join(",", d.Outputs.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}={Convert.ToString(o.Value, CultureInfo.InvariantCulture)}"))
            + ":" + string.Join(",", (d.Trace ?? []).Select(t => $"{t.RuleName}={t.Outcome}"))
            + ":" + d.ErrorMessage));

    private static T Under<T>(string culture, Func<T> action)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }
}
