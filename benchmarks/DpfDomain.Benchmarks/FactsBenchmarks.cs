using BenchmarkDotNet.Attributes;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Facts;

namespace DpfDomain.Benchmarks;

/// <summary>
/// What does a person cost from the domain model? For each person of a generated batch: deriving
/// the facts (baseline), and deriving them and deciding the whole catalog on the batch path, as a
/// population run does (<see cref="EligibilityEvaluator.DecideAll"/>).
/// </summary>
[MemoryDiagnoser]
public class FactsBenchmarks
{
    private (Person Person, Household Household)[] _members = null!;
    private DivisionCode _county;
    private EligibilityEvaluator _evaluator = null!;
    private ProgramResult[] _results = null!;

    [GlobalSetup]
    public void Setup()
    {
        _members = GeneratedBatch.Members(out _county);
        var catalog = ReferenceCatalog.Load();
        _evaluator = new EligibilityEvaluator(catalog, _county);
        _results = new ProgramResult[catalog.PersonProgramIds.Count];
    }

    /// <summary>The facts of each person.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = GeneratedBatch.Size)]
    public int DeriveFacts()
    {
        var age = 0;
        foreach (var (person, household) in _members)
        {
            age += PersonFacts.From(person, household, GeneratedBatch.Date, _county).Age;
        }

        return age;
    }

    /// <summary>The facts of each person and every person program on the batch path.</summary>
    [Benchmark(OperationsPerInvoke = GeneratedBatch.Size)]
    public int DeriveFactsAndDecide()
    {
        var eligible = 0;
        foreach (var (person, household) in _members)
        {
            _evaluator.DecideAll(person, household, GeneratedBatch.Date, _results);
            foreach (var result in _results)
            {
                eligible += result.IsEligible ? 1 : 0;
            }
        }

        return eligible;
    }
}
