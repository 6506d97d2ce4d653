using System.Globalization;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DpfDomain.Rules.Tests.Evaluation;

public sealed class CatalogPropertiesTests
{
    private static readonly LocalDate Start = new(2015, 1, 1);

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public Property ParameterValue_OnAnyDate_IsTheLastDatedValueOnOrBeforeIt()
    {
        // Three parameters with independent dates, so the merged timeline of the rule set is exercised.
        var timeline =
            from count in Gen.Choose(1, 5)
            from gaps in Gen.ArrayOf(Gen.Choose(1, 900), count)
            from amounts in Gen.ArrayOf(Gen.Choose(0, 100_000), count)
            select Values(gaps, amounts);
        var cases =
            from a in timeline
            from b in timeline
            from c in timeline
            from probes in Gen.ArrayOf(Gen.Choose(-30, 6000), 20)
            select (parameters: new[] { a, b, c }, probes);
        return Prop.ForAll(cases.ToArbitrary(), t =>
        {
            var names = new[] { "A", "B", "C" };
            var catalog = RuleCatalog.Load([RuleSetSource.FromText("p.ruleset.json", RuleSet("P", "1", Start, null, names.Zip(t.parameters).ToArray(), "Parameters.A + Parameters.B + Parameters.C"))]);
            var version = catalog.VersionsOf("P")[0];
            return t.probes.All(offset =>
            {
                var date = Start.PlusDays(offset);
                var decision = catalog.Evaluate(new PersonFacts(), date, "P");
                if (date < Start)
                {
                    return names.All(n => version.GetParameterValue(n, date) is null) && decision.Outcome == DecisionOutcome.NotInForce;
                }

                var expected = t.parameters.Select(values => values.Last(v => v.From <= date).Value).ToArray();
                return names.Select(n => (decimal)version.GetParameterValue(n, date)!).SequenceEqual(expected)
                    && decision.Totals == PeriodTotals.Empty.Add(PeriodAmount.OneOff(Money.FromYuan(expected.Sum())));
            });
        });
    }

    private static (LocalDate From, decimal Value)[] Values(int[] gaps, int[] amounts)
    {
        var dates = new List<LocalDate> { Start };
        for (var i = 1; i < gaps.Length; i++)
        {
            dates.Add(dates[^1].PlusDays(gaps[i]));
        }

        return [.. dates.Select((d, i) => (d, amounts[i] / 100m))];
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property VersionInForce_OnAnyDate_IsTheOneWhosePeriodContainsIt()
    {
        var periods =
            from count in Gen.Choose(1, 4)
            from lengths in Gen.ArrayOf(Gen.Choose(1, 1500), count)
            from gaps in Gen.ArrayOf(Gen.Choose(0, 60), count)
            from openEnded in Gen.Elements(true, false)
            from probes in Gen.ArrayOf(Gen.Choose(-10, 8000), 25)
            select (lengths, gaps, openEnded, probes);
        return Prop.ForAll(periods.ToArbitrary(), p =>
        {
            var versions = new List<(string Version, LocalDate From, LocalDate? Until)>();
            var from = Start;
            for (var i = 0; i < p.lengths.Length; i++)
            {
                var last = i == p.lengths.Length - 1 && p.openEnded;
                LocalDate? until = last ? null : from.PlusDays(p.lengths[i] - 1);
                versions.Add(($"v{i + 1}", from, until));
                from = (until ?? from).PlusDays(1 + p.gaps[i]);
            }

            var catalog = RuleCatalog.Load(versions.Select(v => RuleSetSource.FromText($"{v.Version}.ruleset.json", RuleSet("P", v.Version, v.From, v.Until, [("Amount", new[] { (v.From, 1m) })], "Parameters.Amount"))));
            return p.probes.All(offset =>
            {
                var date = Start.PlusDays(offset);
                var expected = versions.Where(v => v.From <= date && (v.Until is null || date <= v.Until)).Select(v => v.Version).SingleOrDefault();
                var decision = catalog.Evaluate(new PersonFacts(), date, "P");
                return catalog.VersionInForce("P", date)?.Version == expected
                    && decision.RuleSetVersion == expected
                    && (expected is null) == (decision.Outcome == DecisionOutcome.NotInForce);
            });
        });
    }

    [Fact]
    public void Evaluate_HundredThousandPeopleInParallel_EqualsSequentialDecisionByDecision()
    {
        var catalog = RuleCatalog.Load(new[] { "differential.ruleset.json", "medication.ruleset.json" }.Select(f => RuleSetSource.FromFile(Path.Combine(AppContext.BaseDirectory, "RuleSets", f))));
        var people = FactsGenerator.Facts.Sample(50, new Rnd(20261129UL), 100_000);
        var sequential = people.Select(Decide).ToArray();

        var parallel = new string[people.Length];
        Parallel.For(0, people.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, i => parallel[i] = Decide(people[i]));

        Assert.Equal(sequential, parallel);
        Assert.Contains(sequential, d => d.Contains("Eligible", StringComparison.Ordinal));
        Assert.Contains(sequential, d => d.Contains("NotEligible", StringComparison.Ordinal));
        Assert.Contains(sequential, d => d.Contains("Error", StringComparison.Ordinal));

        string Decide(PersonFacts facts)
        {
            var date = new LocalDate(facts.Year, facts.Month, 15);
            return string.Join(" | ", catalog.EvaluateAll(facts, date).Select(d =>
                $"{d.ProgramId} {d.RuleSetVersion} {d.Outcome} {d.Totals} {string.Join(",", d.FailedRules.Select(f => f.RuleName + "[" + string.Join(",", f.Children.Select(c => c.RuleName)) + "]"))} {d.ErrorMessage}"));
        }
    }

    private static string RuleSet(string id, string version, LocalDate from, LocalDate? until, IReadOnlyList<(string Name, (LocalDate From, decimal Value)[] Values)> parameters, string amount) => $$"""
        {
          "Program": {
            "Id": "{{id}}", "Name": { "zh-CN": "测试", "en": "Test" }, "LegalReferences": [ "test" ],
            "Version": "{{version}}", "EffectiveFrom": "{{Iso(from)}}"{{(until is { } u ? $", \"EffectiveUntil\": \"{Iso(u)}\"" : string.Empty)}}
          },
          "Parameters": [ {{string.Join(", ", parameters.Select(p => $"{{ \"Name\": \"{p.Name}\", \"Unit\": \"Yuan\", \"Values\": [ {string.Join(", ", p.Values.Select(a => $"{{ \"From\": \"{Iso(a.From)}\", \"Value\": {a.Value.ToString(CultureInfo.InvariantCulture)}, \"Reference\": \"test\" }}"))} ] }}"))}} ],
          "Eligibility": { "WorkflowName": "{{id}}", "Rules": [ { "RuleName": "Always", "Expression": "true", "ErrorMessage": "Never fails.", "Properties": { "ErrorMessageZh": "总是通过。" } } ] },
          "Benefits": [ { "Id": "Amount", "Amount": "{{amount}}", "Period": "OneOff" } ]
        }
        """;

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
