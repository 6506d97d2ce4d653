using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DpfDomain.Benchmarks.Baseline;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;

namespace DpfDomain.Benchmarks;

/// <summary>
/// Is a decision on the batch path as cheap as hand-written C#? The whole reference catalog per
/// person (P1–P8) and the levy per employer (P9), over a generated batch: the catalog written by
/// hand (baseline, the same decision data into structs), the batch path
/// (<see cref="RuleCatalog.DecideAll(PersonFacts, NodaTime.LocalDate, Span{ProgramResult})"/>),
/// and the explaining path (<see cref="RuleCatalog.EvaluateAll(PersonFacts, NodaTime.LocalDate, bool)"/>:
/// decisions with reasons). The setup first checks that all three decide alike.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BatchPathBenchmarks
{
    private readonly HandWrittenDecision[] _handWritten = new HandWrittenDecision[8];
    private RuleCatalog _catalog = null!;
    private PersonFacts[] _people = null!;
    private EmployerFacts[] _employers = null!;
    private ProgramResult[] _results = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = ReferenceCatalog.Load();
        GeneratedBatch.CheckOrThrow(_catalog);
        _people = GeneratedBatch.People();
        _employers = GeneratedBatch.Employers();
        _results = new ProgramResult[_catalog.PersonProgramIds.Count];
    }

    /// <summary>P1–P8 for each person, written by hand.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = GeneratedBatch.Size)]
    [BenchmarkCategory("Person")]
    public int HandWritten()
    {
        var eligible = 0;
        foreach (var facts in _people)
        {
            HandWrittenCatalog.EvaluateAll(facts, GeneratedBatch.Date, _handWritten);
            foreach (var decision in _handWritten)
            {
                eligible += decision.Outcome == DecisionOutcome.Eligible ? 1 : 0;
            }
        }

        return eligible;
    }

    /// <summary>P1–P8 for each person, on the batch path.</summary>
    [Benchmark(OperationsPerInvoke = GeneratedBatch.Size)]
    [BenchmarkCategory("Person")]
    public int BatchPath() => GeneratedBatch.DecideAll(_catalog, _people, _results);

    /// <summary>P1–P8 for each person, as full decisions with reasons.</summary>
    [Benchmark(OperationsPerInvoke = GeneratedBatch.Size)]
    [BenchmarkCategory("Person")]
    public int ExplainingPath()
    {
        var eligible = 0;
        foreach (var facts in _people)
        {
            foreach (var decision in _catalog.EvaluateAll(facts, GeneratedBatch.Date))
            {
                eligible += decision.IsEligible ? 1 : 0;
            }
        }

        return eligible;
    }

    /// <summary>The levy for each employer, written by hand.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = GeneratedBatch.Size)]
    [BenchmarkCategory("Employer")]
    public int HandWrittenLevy()
    {
        var due = 0;
        foreach (var facts in _employers)
        {
            due += HandWrittenCatalog.P9(facts, GeneratedBatch.Date).Outcome == DecisionOutcome.Eligible ? 1 : 0;
        }

        return due;
    }

    /// <summary>The levy for each employer, on the batch path.</summary>
    [Benchmark(OperationsPerInvoke = GeneratedBatch.Size)]
    [BenchmarkCategory("Employer")]
    public int BatchPathLevy()
    {
        var due = 0;
        foreach (var facts in _employers)
        {
            _catalog.DecideAll(facts, GeneratedBatch.Date, _results);
            due += _results[0].IsEligible ? 1 : 0;
        }

        return due;
    }

    /// <summary>The levy for each employer, as a full decision.</summary>
    [Benchmark(OperationsPerInvoke = GeneratedBatch.Size)]
    [BenchmarkCategory("Employer")]
    public int ExplainingPathLevy()
    {
        var due = 0;
        foreach (var facts in _employers)
        {
            due += _catalog.Evaluate(facts, GeneratedBatch.Date, "P9").IsEligible ? 1 : 0;
        }

        return due;
    }
}
