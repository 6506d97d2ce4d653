using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DpfDomain.Benchmarks.Baseline;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Facts;
using DpfDomain.Testing;
using NodaTime;

namespace DpfDomain.Benchmarks;

/// <summary>
/// The whole reference catalog per person, compiled against the same catalog written by hand in
/// plain C# (the baseline), over a batch of generated people so that the branches vary as in a
/// population run. Before timing, the setup checks over 100,000 generated people (and as many
/// employers for P9) on dates across the catalog's versions that both give the same decisions,
/// and throws at the first difference.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BaselineBenchmarks
{
    private const int CheckedPeople = 100_000;
    private const int Batch = 1024;
    private static readonly LocalDate Date = new(2020, 6, 30);
    private RuleCatalog _catalog = null!;
    private PersonFacts[] _people = null!;
    private EmployerFacts[] _employers = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = ReferenceCatalog.Load();
        var result = BaselineCheck.Run(_catalog, CheckedPeople).EnsureMatches();
        Console.WriteLine("// " + result);
        var generator = new CountyRollGenerator(new CountyRollOptions { People = Batch, Seed = 2 });
        _people = [.. generator.Households().SelectMany(h => h.Household.Members.Select(m => PersonFacts.From(m, h.Household, Date, generator.County)))];
        _employers = [.. GeneratedEmployers.Create(Batch, 2).Select(e => GeneratedEmployers.On(e, Date))];
    }

    /// <summary>Every person program for each person of the batch, written by hand.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    [BenchmarkCategory("Person")]
    public int HandWrittenWholeCatalogPerPerson()
    {
        var eligible = 0;
        foreach (var facts in _people)
        {
            foreach (var decision in HandWrittenCatalog.EvaluateAll(facts, Date))
            {
                eligible += decision.Outcome == Rules.Decisions.DecisionOutcome.Eligible ? 1 : 0;
            }
        }

        return eligible;
    }

    /// <summary>Every person program for each person of the batch, by the compiled catalog.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    [BenchmarkCategory("Person")]
    public int CompiledWholeCatalogPerPerson()
    {
        var eligible = 0;
        foreach (var facts in _people)
        {
            foreach (var decision in _catalog.EvaluateAll(facts, Date))
            {
                eligible += decision.IsEligible ? 1 : 0;
            }
        }

        return eligible;
    }

    /// <summary>The levy (P9) for each employer of the batch, written by hand.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    [BenchmarkCategory("Employer")]
    public int HandWrittenLevyPerEmployer()
    {
        var due = 0;
        foreach (var facts in _employers)
        {
            due += HandWrittenCatalog.P9(facts, Date).Outcome == Rules.Decisions.DecisionOutcome.Eligible ? 1 : 0;
        }

        return due;
    }

    /// <summary>The levy (P9) for each employer of the batch, by the compiled catalog.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    [BenchmarkCategory("Employer")]
    public int CompiledLevyPerEmployer()
    {
        var due = 0;
        foreach (var facts in _employers)
        {
            due += _catalog.Evaluate(facts, Date, "P9").IsEligible ? 1 : 0;
        }

        return due;
    }
}
