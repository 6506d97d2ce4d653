using BenchmarkDotNet.Attributes;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Benchmarks;

/// <summary>
/// Loading the reference catalog (P1–P9) in a warm process: reading, checking and compiling the
/// rule sets into a catalog, validating them without building one, and loading then evaluating
/// one program, which also compiles that program's delegates on first use.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private IReadOnlyList<RuleSetSource> _sources = null!;

    [GlobalSetup]
    public void Setup() => _sources = [.. ReferenceCatalog.FileNames
        .Where(n => n.EndsWith(RuleSetSource.FileSuffix, StringComparison.Ordinal))
        .Select(n => RuleSetSource.FromText(n, ReferenceCatalog.Read(n)))];

    /// <summary>Load, check and compile every rule set into a catalog.</summary>
    [Benchmark(Baseline = true)]
    public RuleCatalog Load() => RuleCatalog.Load(_sources);

    /// <summary>Every problem of every file, without building a catalog.</summary>
    [Benchmark]
    public int Validate() => RuleCatalog.Validate(_sources).Count;

    /// <summary>Load, then evaluate P1 once for a person, compiling its delegates.</summary>
    [Benchmark]
    public Rules.Decisions.DecisionOutcome LoadAndEvaluateOne() =>
        RuleCatalog.Load(_sources).Evaluate(new Rules.Facts.PersonFacts { Year = 2019, Month = 6, Age = 40, CertificateValid = true, Category = 1, Grade = 2 }, new NodaTime.LocalDate(2019, 6, 15), "P1").Outcome;
}
