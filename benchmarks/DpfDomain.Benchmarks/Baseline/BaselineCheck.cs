using System.Globalization;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using DpfDomain.Testing;
using NodaTime;

namespace DpfDomain.Benchmarks.Baseline;

/// <summary>
/// Runs the compiled catalog and <see cref="HandWrittenCatalog"/> over generated people (and
/// generated employers for P9) on several dates and reports the first person, program and field
/// where they differ, so the hand-written baseline is known to do the same work before it is timed.
/// </summary>
internal static class BaselineCheck
{
    /// <summary>
    /// Dates across the catalog's versions and parameter timelines: before P7/P8 (only P9 in force),
    /// the first days of P7/P8, of the 2018 wage cap, of P1–P6, of the 2020 reduced levy and of its
    /// end in 2028, and days between.
    /// </summary>
    public static readonly LocalDate[] Dates =
    [
        new(2015, 12, 31), new(2016, 1, 1), new(2018, 3, 31), new(2018, 4, 1), new(2019, 1, 1),
        new(2019, 6, 30), new(2020, 1, 1), new(2024, 6, 30), new(2027, 12, 31), new(2028, 1, 1),
    ];

    /// <summary>Checks <paramref name="people"/> generated people and as many generated employers on every date of <see cref="Dates"/>.</summary>
    public static BaselineCheckResult Run(RuleCatalog catalog, int people, int seed = 1)
    {
        var generator = new CountyRollGenerator(new CountyRollOptions { People = people, Seed = seed });
        var county = generator.County;
        long evaluations = 0;
        var checkedPeople = 0;
        var skipped = 0L;
        var eligible = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var batch = new ProgramResult[catalog.PersonProgramIds.Count];
        foreach (var generated in generator.Households())
        {
            var household = generated.Household;
            for (var member = 0; member < household.Members.Count; member++)
            {
                var person = household.Members[member];
                checkedPeople++;
                foreach (var date in Dates)
                {
                    if (date < person.BirthDate)
                    {
                        skipped++;
                        continue;
                    }

                    var facts = PersonFacts.From(person, household, date, county);
                    var compiled = catalog.EvaluateAll(facts, date);
                    catalog.DecideAll(facts, date, batch);
                    var handWritten = HandWrittenCatalog.EvaluateAll(facts, date);
                    for (var i = 0; i < compiled.Count; i++)
                    {
                        evaluations++;
                        Count(eligible, compiled[i]);
                        var difference = Difference(compiled[i], batch[i], handWritten[i], HandWrittenCatalog.Outputs(facts, handWritten[i].ProgramId));
                        if (difference is not null)
                        {
                            return BaselineCheckResult.Differs(checkedPeople, evaluations, string.Create(
                                CultureInfo.InvariantCulture,
                                $"Person {member + 1} of household {generated.HouseholdNo} (seed {seed}) on {date:uuuu-MM-dd}, program {compiled[i].ProgramId}: {difference}"));
                        }
                    }
                }
            }
        }

        var employers = GeneratedEmployers.Create(people, seed);
        for (var index = 0; index < employers.Length; index++)
        {
            foreach (var date in Dates)
            {
                var facts = GeneratedEmployers.On(employers[index], date);
                evaluations++;
                var decision = catalog.Evaluate(facts, date, "P9");
                catalog.DecideAll(facts, date, batch);
                Count(eligible, decision);
                var difference = Difference(decision, batch[0], HandWrittenCatalog.P9(facts, date), HandWrittenCatalog.P9Outputs(facts, date));
                if (difference is not null)
                {
                    return BaselineCheckResult.Differs(checkedPeople, evaluations, string.Create(
                        CultureInfo.InvariantCulture, $"Employer {index + 1} (seed {seed}) on {date:uuuu-MM-dd}, program P9: {difference}"));
                }
            }
        }

        return BaselineCheckResult.Same(checkedPeople, employers.Length, evaluations, skipped, eligible);
    }

    private static void Count(SortedDictionary<string, long> eligible, ProgramDecision decision)
    {
        if (decision.IsEligible)
        {
            eligible[decision.ProgramId] = eligible.GetValueOrDefault(decision.ProgramId) + 1;
        }
    }

    /// <summary>
    /// The first field where the compiled decision, the batch path's result and the hand-written
    /// decision differ, or <see langword="null"/>; the outputs are compared when eligible.
    /// </summary>
    public static string? Difference(ProgramDecision compiled, ProgramResult batch, HandWrittenDecision handWritten, KeyValuePair<string, object?>[] handWrittenOutputs)
    {
        if (!batch.Matches(compiled))
        {
            return $"Batch path: {batch}, decision: {compiled}";
        }

        if (batch.InKindItems != handWritten.InKindItems)
        {
            return $"InKindItems: compiled {batch.InKindItems}, hand-written {handWritten.InKindItems}";
        }

        if (compiled.ProgramId != handWritten.ProgramId)
        {
            return $"ProgramId: compiled {compiled.ProgramId}, hand-written {handWritten.ProgramId}";
        }

        if (compiled.Outcome != handWritten.Outcome)
        {
            return $"Outcome: compiled {compiled.Outcome}{(compiled.ErrorMessage is null ? string.Empty : " (" + compiled.ErrorMessage + ")")}, hand-written {handWritten.Outcome}";
        }

        if (!compiled.Totals.Equals(handWritten.Totals))
        {
            return $"Totals: compiled {compiled.Totals}, hand-written {handWritten.Totals}";
        }

        var compiledFailed = string.Join(", ", compiled.FailedRules.Select(f => f.RuleName));
        var handWrittenFailed = string.Join(", ", handWritten.FailedRules);
        if (compiledFailed != handWrittenFailed)
        {
            return $"FailedRules: compiled [{compiledFailed}], hand-written [{handWrittenFailed}]";
        }

        var outputs = compiled.IsEligible ? handWrittenOutputs : [];
        if (compiled.Outputs.Count != outputs.Length)
        {
            return $"Outputs: compiled {compiled.Outputs.Count} output(s), hand-written {outputs.Length}";
        }

        foreach (var (id, value) in outputs)
        {
            if (!compiled.Outputs.TryGetValue(id, out var expected))
            {
                return $"Outputs: compiled has no {id}, hand-written has {Show(value)}";
            }

            if (!Equals(expected, value))
            {
                return $"Outputs.{id}: compiled {Show(expected)}, hand-written {Show(value)}";
            }
        }

        return null;
    }

    private static string Show(object? value) => value is null ? "null" : string.Create(CultureInfo.InvariantCulture, $"{value} ({value.GetType().Name})");
}

/// <summary>What <see cref="BaselineCheck.Run"/> found.</summary>
internal sealed record BaselineCheckResult(int People, int Employers, long Evaluations, long SkippedBeforeBirth, string? FirstDifference, IReadOnlyDictionary<string, long> EligibleByProgram)
{
    public bool Matches => FirstDifference is null;

    public static BaselineCheckResult Same(int people, int employers, long evaluations, long skipped, IReadOnlyDictionary<string, long> eligibleByProgram) =>
        new(people, employers, evaluations, skipped, null, eligibleByProgram);

    public static BaselineCheckResult Differs(int people, long evaluations, string difference) => new(people, 0, evaluations, 0, difference, new Dictionary<string, long>());

    /// <summary>Throws when the two catalogs differ.</summary>
    public BaselineCheckResult EnsureMatches() =>
        Matches ? this : throw new InvalidOperationException("The hand-written catalog differs from the compiled catalog: " + FirstDifference);

    public override string ToString() => Matches
        ? string.Create(CultureInfo.InvariantCulture, $"Hand-written catalog matches the compiled catalog: {People} people and {Employers} employers on {BaselineCheck.Dates.Length} dates, {Evaluations} decisions compared ({SkippedBeforeBirth} person-dates before birth skipped); eligible: {string.Join(", ", EligibleByProgram.Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture)))}.")
        : "Hand-written catalog differs: " + FirstDifference;
}
