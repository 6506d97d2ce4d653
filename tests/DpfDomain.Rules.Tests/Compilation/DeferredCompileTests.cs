using System.Globalization;
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

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// The delegates of a catalog are compiled on first use, not at load: validation still finds
/// every problem of every file (everything that can fail runs at load), the decisions are those
/// of the trees as written, and several threads evaluating a fresh catalog at once get the same
/// decisions as one thread.
/// </summary>
public sealed class DeferredCompileTests
{
    private static readonly string[] RuleSetFiles = [.. ReferenceCatalog.FileNames.Where(n => n.EndsWith(RuleSetSource.FileSuffix, StringComparison.Ordinal))];

    [Fact]
    public void Validation_ReportsTheProblems_OfEveryProgram_AtTheirFirstRuleAndLastExpression()
    {
        const string Key = "\"Expression\": \"";
        var sources = RuleSetFiles.Select(name =>
        {
            var text = ReferenceCatalog.Read(name);
            var facts = name.StartsWith("P9", StringComparison.Ordinal) ? "Employer" : "Person"; // P9 is the employers' levy
            var last = text.LastIndexOf(Key, StringComparison.Ordinal) + Key.Length;
            text = text.Insert(last, facts + ".NoSuchFact || ");
            var first = text.IndexOf(Key, text.IndexOf("\"Rules\":", StringComparison.Ordinal), StringComparison.Ordinal) + Key.Length;
            Assert.True(first < last);
            return RuleSetSource.FromText(name, text.Insert(first, facts + ".AlsoNoSuchFact || "));
        }).ToList();

        var diagnostics = RuleCatalog.Validate(sources);

        foreach (var name in RuleSetFiles)
        {
            var problems = diagnostics.Where(d => d.File == name).ToList();
            Assert.True(problems.Count >= 2, $"{name}: {problems.Count} problem(s)");
            Assert.Contains(problems, d => d.Message.Contains("NoSuchFact", StringComparison.Ordinal));
            Assert.Contains(problems, d => d.Message.Contains("AlsoNoSuchFact", StringComparison.Ordinal));
        }

        Assert.False(RuleCatalog.TryLoad(sources).Success);
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property EveryRuleDelegate_AndTheFusedMask_DecideAsTheTreesCompiledAtOnce()
    {
        var catalog = ReferenceCatalog.Load();
        return Prop.ForAll(FactsGenerator.Facts.ToArbitrary(), facts =>
        {
            var date = new LocalDate(facts.Year, facts.Month, 15);
            foreach (var id in catalog.PersonProgramIds)
            {
                if (catalog.VersionInForce(id, date) is not { Compiled: CompiledProgram<PersonFacts> program } version)
                {
                    continue;
                }

                var parameters = program.Parameters.ValuesOn(date);
                var expected = 0UL;
                for (var i = 0; i < program.Rules.Count; i++)
                {
                    var rule = program.Rules[i];
                    if (rule.ConditionExpression is { } tree)
                    {
                        Assert.Equal(Try(() => tree.Compile()(facts, parameters)), Try(() => rule.Condition!(facts, parameters)));
                    }

                    if (rule.Enabled && Try(() => rule.Evaluate(facts, parameters)) is "False")
                    {
                        expected |= 1UL << i;
                    }
                }

                if (Try(() => program.Rules.Where(r => r.Enabled).All(r => r.Evaluate(facts, parameters))) is not ("True" or "False"))
                {
                    continue; // a run-time failure: the fused mask throws too, checked by the evaluator's tests
                }

                Assert.Equal(expected, program.FailedRuleMask(facts, parameters));
                _ = version;
            }

            return true;
        });
    }

    [Fact]
    public void ThreadsEvaluatingAFreshCatalogAtOnce_GetTheDecisionsOfOneThread()
    {
        var people = Gen.Sample(FactsGenerator.Facts, 40).ToArray();
        var expected = Describe(ReferenceCatalog.Load(), people);
        for (var round = 0; round < 3; round++)
        {
            var fresh = ReferenceCatalog.Load();
            using var start = new Barrier(4);
            var results = new string[4];
            var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                results[t] = Describe(fresh, people);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.All(results, r => Assert.Equal(expected, r));
        }
    }

    private static string Try(Func<bool> evaluate)
    {
        try
        {
            return evaluate().ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception exception)
        {
            return exception.GetType().Name;
        }
    }

    private static string Describe(RuleCatalog catalog, IEnumerable<PersonFacts> people) =>
        string.Join("\n", people.Select(facts => string.Join(" | ", catalog.EvaluateAll(facts, new LocalDate(facts.Year, facts.Month, 15), trace: true).Select(Describe))));

    private static string Describe(ProgramDecision d) =>
        $"{d.ProgramId}:{d.Outcome}:{d.Totals}:{string.Join(",", d.FailedRules.Select(f => f.RuleName))}:"
        + string.Join(",", d.Outputs.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}={Convert.ToString(o.Value, CultureInfo.InvariantCulture)}"))
        + ":" + string.Join(",", (d.Trace ?? []).Select(t => $"{t.RuleName}={t.Outcome}"))
        + ":" + d.ErrorMessage;
}
