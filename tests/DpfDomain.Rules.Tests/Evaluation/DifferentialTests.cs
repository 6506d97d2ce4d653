using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RulesEngine.Models;

namespace DpfDomain.Rules.Tests.Evaluation;

/// <summary>
/// RulesEngine's semantics are the reference: random people go through both the compiled path
/// and <c>ExecuteAllRulesAsync</c> on the same workflow, and every rule outcome, nested ones
/// included, must be identical.
/// </summary>
public sealed class DifferentialTests
{
    private static readonly string[] Files = ["differential.ruleset.json", "medication.ruleset.json"];
    private static readonly RuleCatalog Catalog = RuleCatalog.Load(Files.Select(f => RuleSetSource.FromFile(Path.Combine(AppContext.BaseDirectory, "RuleSets", f))));
    private static readonly RulesEngine.RulesEngine Engine = new(
        [.. Catalog.Versions.Select(v => RulesEngineWorkflows.ToWorkflow(v.Document))],
        new ReSettings());

    [Property(MaxTest = 600, QuietOnSuccess = true)]
    public Property CompiledPath_RandomPeople_AgreesWithRulesEngineRuleByRule()
    {
        var cases = from facts in FactsGenerator.Facts
                    from programId in Gen.Elements(Catalog.ProgramIds.ToArray())
                    select (facts, programId);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var date = new LocalDate(c.facts.Year, c.facts.Month, 15);
            var ours = Catalog.Evaluate(c.facts, date, c.programId, trace: true);
            var version = Catalog.VersionInForce(c.programId, date);
            if (version is null)
            {
                return false.Label($"{c.programId} is not in force on {date}: every generated date must be compared with RulesEngine");
            }

            var reference = RunRulesEngine(Engine, version, c.facts, date);

            var expected = reference.Select(Describe).ToList();
            var actual = ours.Trace!.Where(t => t.Outcome != RuleOutcome.Skipped).Select(Describe).ToList();
            var eligible = reference.All(r => r.IsSuccess);

            // The hot path (one fused delegate, no trace) must give the same decision as the traced one.
            var fast = Catalog.Evaluate(c.facts, date, c.programId);
            var sameDecision = fast.Outcome == ours.Outcome
                && Failures(fast.FailedRules) == Failures(ours.FailedRules)
                && fast.Totals == ours.Totals
                && fast.ErrorMessage == ours.ErrorMessage;
            return (expected.SequenceEqual(actual) && eligible == ours.IsEligible && sameDecision)
                .Label($"{c.programId} on {date}: RulesEngine [{string.Join("; ", expected)}] vs compiled [{string.Join("; ", actual)}]; fast {fast} vs traced {ours}");
        });
    }

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property ReferenceCatalog_RandomPeople_AgreesWithRulesEngineRuleByRule()
    {
        var cases = from facts in FactsGenerator.Facts
                    from programId in Gen.Elements(Reference.Value.Catalog.PersonProgramIds.ToArray())
                    select (facts, programId);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (catalog, engine) = Reference.Value;
            var date = new LocalDate(c.facts.Year, c.facts.Month, 15);
            var ours = catalog.Evaluate(c.facts, date, c.programId, trace: true);
            var version = catalog.VersionInForce(c.programId, date)!;
            var reference = RunRulesEngine(engine, version, c.facts, date);
            var expected = reference.Select(Describe).ToList();
            var actual = ours.Trace!.Where(t => t.Outcome != RuleOutcome.Skipped).Select(Describe).ToList();
            return (expected.SequenceEqual(actual) && reference.All(r => r.IsSuccess) == ours.IsEligible)
                .Label($"{c.programId} on {date}: RulesEngine [{string.Join("; ", expected)}] vs compiled [{string.Join("; ", actual)}]");
        });
    }

    private static readonly Lazy<(RuleCatalog Catalog, RulesEngine.RulesEngine Engine)> Reference = new(() =>
    {
        var catalog = DpfDomain.Rules.Catalog.ReferenceCatalog.Load();
        var engine = new RulesEngine.RulesEngine(
            [.. catalog.PersonProgramIds.SelectMany(catalog.VersionsOf).Select(v => RulesEngineWorkflows.ToWorkflow(v.Document))],
            new ReSettings());
        return (catalog, engine);
    });

    [Fact]
    public void Workflows_ExerciseNestedRulesScopedParamsAndDisabledRules()
    {
        var workflow = RulesEngineWorkflows.ToWorkflow(Catalog.VersionsOf("DIFF")[0].Document);

        Assert.Contains(workflow.Rules, r => r.Operator == "Or");
        Assert.Contains(workflow.Rules, r => r.LocalParams?.Any() == true);
        Assert.Contains(workflow.Rules, r => !r.Enabled);
        Assert.NotEmpty(workflow.GlobalParams);
    }

    /// <summary>RulesEngine itself on the version's workflow, with the same facts and parameter values as the compiled path.</summary>
    private static List<RuleResultTree> RunRulesEngine(RulesEngine.RulesEngine engine, ProgramVersion version, PersonFacts facts, LocalDate date) =>
        engine.ExecuteAllRulesAsync(
                version.Document.Eligibility.WorkflowName,
                new RuleParameter("Person", facts),
                new RuleParameter("Parameters", version.Compiled.Parameters.ValuesOn(date)))
            .AsTask().GetAwaiter().GetResult();

    private static string Failures(IReadOnlyList<FailedRule> failures) =>
        string.Join(",", failures.Select(f => $"{f.RuleName}({Failures(f.Children)})"));

    private static string Describe(RuleResultTree result) =>
        $"{result.Rule.RuleName}={(IsRuntimeError(result) ? "Error" : result.IsSuccess.ToString())}"
        + (result.ChildResults is null ? string.Empty : $"({string.Join(",", result.ChildResults.Select(Describe))})");

    // RulesEngine writes a failed top-level rule's ErrorMessage into ExceptionMessage too; a real
    // run-time failure is reported with one of its own prefixes.
    private static bool IsRuntimeError(RuleResultTree result) =>
        !result.IsSuccess && result.ExceptionMessage is { } message
        && (message.StartsWith("Error while", StringComparison.Ordinal) || message.StartsWith("Exception while", StringComparison.Ordinal));

    private static string Describe(RuleTrace trace) =>
        $"{trace.RuleName}={(trace.Outcome switch { RuleOutcome.Passed => "True", RuleOutcome.Failed => "False", _ => "Error" })}"
        + (trace.Children.Count == 0 ? string.Empty : $"({string.Join(",", trace.Children.Where(c => c.Outcome != RuleOutcome.Skipped).Select(Describe))})");
}
