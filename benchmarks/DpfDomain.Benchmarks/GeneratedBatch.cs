using DpfDomain.Benchmarks.Baseline;
using DpfDomain.People;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Facts;
using DpfDomain.Testing;
using NodaTime;

namespace DpfDomain.Benchmarks;

/// <summary>
/// The people and employers the catalog suites time: a generated county (so that the branches
/// vary as in a population run) on one date, and the check, before any timing, that the
/// hand-written catalog and the compiled one decide alike.
/// </summary>
internal static class GeneratedBatch
{
    /// <summary>People (and employers) per timed operation.</summary>
    public const int Size = 1024;

    /// <summary>The evaluation date: every program in force, the reduced levy rates.</summary>
    public static readonly LocalDate Date = new(2020, 6, 30);

    /// <summary>
    /// How many generated people and employers the check compares on every check date: 100,000,
    /// or 2,000 in quick mode (<c>--quick</c>).
    /// </summary>
    public static int CheckedPeople => Environment.GetEnvironmentVariable(QuickMode.Variable) == "1" ? 2_000 : 100_000;

    /// <summary>Runs the check and throws at the first difference; a benchmark of wrong answers is worthless.</summary>
    public static void CheckOrThrow(RuleCatalog catalog) =>
        Console.WriteLine("// " + BaselineCheck.Run(catalog, CheckedPeople).EnsureMatches());

    /// <summary>The people of a generated county, with their households, born by <see cref="Date"/>.</summary>
    public static (Person Person, Household Household)[] Members(out Identity.DivisionCode county)
    {
        var generator = new CountyRollGenerator(new CountyRollOptions { People = Size, Seed = 2 });
        county = generator.County;
        (Person, Household)[] members = [.. generator.Households().SelectMany(h => h.Household.Members.Where(m => m.BirthDate <= Date).Select(m => (m, h.Household)))];
        return members.Length == Size ? members : throw new InvalidOperationException($"The generated batch has {members.Length} people born by {Date}; the suites count {Size} per operation.");
    }

    /// <summary>The facts of <see cref="Members"/>.</summary>
    public static PersonFacts[] People()
    {
        var members = Members(out var county);
        return [.. members.Select(m => PersonFacts.From(m.Person, m.Household, Date, county))];
    }

    /// <summary>Every person program for each person on the batch path; the number of eligible results.</summary>
    public static int DecideAll(RuleCatalog catalog, PersonFacts[] people, Rules.Decisions.ProgramResult[] results)
    {
        var eligible = 0;
        foreach (var facts in people)
        {
            catalog.DecideAll(facts, Date, results);
            foreach (var result in results)
            {
                eligible += result.IsEligible ? 1 : 0;
            }
        }

        return eligible;
    }

    /// <summary>Generated employers' facts on <see cref="Date"/>.</summary>
    public static EmployerFacts[] Employers() => [.. GeneratedEmployers.Create(Size, 2).Select(e => GeneratedEmployers.On(e, Date))];
}
