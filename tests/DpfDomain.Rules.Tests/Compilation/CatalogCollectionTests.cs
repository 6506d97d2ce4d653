using System.Diagnostics;
using System.Runtime.CompilerServices;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;
using NodaTime;
using Xunit.Abstractions;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// A catalog that is dropped (replaced by a reload) is collected with everything compiled for
/// it, including the parameter classes emitted for its rule sets, so a host that reloads on
/// every edit runs in bounded memory.
/// </summary>
[Collection(nameof(MemoryMeasurements))]
public sealed class CatalogCollectionTests(ITestOutputHelper output)
{
    private const long Megabyte = 1024 * 1024;
    private static readonly LocalDate Date = new(2022, 6, 30);
    private static readonly PersonFacts Someone = new() { CertificateValid = true, HasMental = true, Age = 40, Year = 2022, Month = 6, Categories = [4] };

    /// <summary>A small rule set that reads its parameters in a scoped param, inside a lambda and in the amount.</summary>
    private static readonly string SmallRuleSet = RuleSetText.Build(rules:
        """
              { "RuleName": "Main", "LocalParams": [ { "Name": "limit", "Expression": "Parameters.MinAge + 1" } ], "Expression": "Person.CertificateValid && Person.Categories.All(c => c < limit + Parameters.MinAge)", "ErrorMessage": "Fails.", "Properties": { "ErrorMessageZh": "不符合。" } }
        """);

    [Fact]
    public void Load_AThousandTimes_HeapStaysFlatAndTheFirstCatalogIsCollected()
    {
        IReadOnlyList<RuleSetSource> sources = [RuleSetSource.FromText("p1.ruleset.json", SmallRuleSet)];
        var aliveBefore = LiveParameterAssemblies();
        var first = LoadUseAndForget(sources);
        var heapAtLoad100 = 0L;
        var clock = Stopwatch.StartNew();
        for (var load = 2; load <= 1000; load++)
        {
            var catalog = RuleCatalog.Load(sources);
            Assert.Equal(DecisionOutcome.Eligible, catalog.Evaluate(Someone, Date, "P1").Outcome);
            if (load == 100)
            {
                heapAtLoad100 = MemoryMeasurements.HeapAfterFullCollection();
            }
        }

        var loading = clock.Elapsed;
        MemoryMeasurements.CollectUntil(() => !first.Catalog.IsAlive && first.ParameterTypes.All(t => !t.IsAlive));
        var heapAtLoad1000 = MemoryMeasurements.HeapAfterFullCollection();
        output.WriteLine($"1,000 loads in {loading.TotalSeconds:F1} s; heap after load 100: {heapAtLoad100 / (double)Megabyte:F2} MB, after load 1,000: {heapAtLoad1000 / (double)Megabyte:F2} MB; parameter assemblies alive: {LiveParameterAssemblies()}");

        Assert.False(first.Catalog.IsAlive, "The first catalog is still alive after it was dropped.");
        Assert.All(first.ParameterTypes, t => Assert.False(t.IsAlive, "A parameter class of the first catalog is still alive."));
        Assert.True(heapAtLoad1000 - heapAtLoad100 < 2 * Megabyte, $"The heap grew by {(heapAtLoad1000 - heapAtLoad100) / (double)Megabyte:F2} MB from load 100 to load 1,000.");
        // Other test classes hold catalogs of their own while this runs, so the count is compared
        // with the one before the loads, and with the 1,000 that would be alive if none were freed.
        var added = LiveParameterAssemblies() - aliveBefore;
        Assert.True(added < 200, $"{added} more parameter assemblies are loaded after 1,000 loads than before them.");
    }

    [Fact]
    public void Load_TheReferenceCatalogRepeatedly_CollectsEveryProgramsParameterClass()
    {
        var first = LoadUseAndForget(ReferenceCatalog.Sources);
        var heapAtLoad10 = 0L;
        for (var load = 2; load <= 30; load++)
        {
            Assert.NotEmpty(ReferenceCatalog.Load().EvaluateAll(Someone, Date));
            if (load == 10)
            {
                heapAtLoad10 = MemoryMeasurements.HeapAfterFullCollection();
            }
        }

        MemoryMeasurements.CollectUntil(() => !first.Catalog.IsAlive && first.ParameterTypes.All(t => !t.IsAlive));
        var heapAtLoad30 = MemoryMeasurements.HeapAfterFullCollection();
        output.WriteLine($"Reference catalog: heap after load 10: {heapAtLoad10 / (double)Megabyte:F2} MB, after load 30: {heapAtLoad30 / (double)Megabyte:F2} MB");

        Assert.True(first.ParameterTypes.Count >= 9, "Expected a parameter class per program of the reference catalog.");
        Assert.False(first.Catalog.IsAlive);
        Assert.All(first.ParameterTypes, t => Assert.False(t.IsAlive, "A parameter class of the first reference catalog is still alive."));
        Assert.True(heapAtLoad30 - heapAtLoad10 < 1 * Megabyte, $"The heap grew by {(heapAtLoad30 - heapAtLoad10) / (double)Megabyte:F2} MB from load 10 to load 30.");
    }

    [Fact]
    public void HeldCatalog_IsNotCollected_AndStillEvaluates()
    {
        var catalog = RuleCatalog.Load([RuleSetSource.FromText("p1.ruleset.json", SmallRuleSet)]);
        var type = new WeakReference(catalog.Versions.Single().Compiled.Parameters.Type);

        MemoryMeasurements.CollectUntil(() => !type.IsAlive);

        Assert.True(type.IsAlive, "A parameter class was collected while its catalog is in use.");
        Assert.Equal(1200m, catalog.Evaluate(Someone, Date, "P1").Totals.PerYear.Yuan);
        GC.KeepAlive(catalog);
    }

    /// <summary>Loads, evaluates in every way (plain, traced, what-if, parameter lookup) and keeps only weak references.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Catalog, IReadOnlyList<WeakReference> ParameterTypes) LoadUseAndForget(IReadOnlyList<RuleSetSource> sources)
    {
        var catalog = RuleCatalog.Load(sources);
        foreach (var version in catalog.Versions)
        {
            var overrides = version.Compiled.Parameters.Names.Take(1).ToDictionary(n => n, n => version.GetParameterValue(n, version.EffectiveFrom) ?? 0m);
            if (version.Subject == Model.ProgramSubject.Person && catalog.VersionInForce(version.Id, Date) == version)
            {
                Assert.NotNull(catalog.Evaluate(Someone, Date, version.Id, trace: true));
                Assert.NotNull(catalog.Evaluate(Someone, Date, version.Id, overrides, trace: true));
            }
        }

        return (new WeakReference(catalog), [.. catalog.Versions.Select(v => new WeakReference(v.Compiled.Parameters.Type))]);
    }

    private static int LiveParameterAssemblies() =>
        AppDomain.CurrentDomain.GetAssemblies().Count(a => a.IsDynamic && a.GetName().Name!.StartsWith("DpfDomain.Rules.Parameters", StringComparison.Ordinal));
}
