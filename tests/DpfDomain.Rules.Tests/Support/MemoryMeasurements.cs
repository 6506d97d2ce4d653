namespace DpfDomain.Rules.Tests.Support;

/// <summary>
/// Tests that measure the whole process's managed heap: they run alone, after the parallel
/// tests, so that no other test's allocations move the figures.
/// </summary>
[CollectionDefinition(nameof(MemoryMeasurements), DisableParallelization = true)]
public sealed class MemoryMeasurements
{
    /// <summary>Collects until <paramref name="collected"/> holds (a collectible assembly needs a few rounds: its loader is finalised first), at most 20 rounds.</summary>
    public static void CollectUntil(Func<bool> collected)
    {
        for (var round = 0; round < 20 && !collected(); round++)
        {
            FullCollection();
        }
    }

    /// <summary>The managed heap in bytes after full, compacting collections with finalisers run.</summary>
    public static long HeapAfterFullCollection()
    {
        for (var round = 0; round < 3; round++)
        {
            FullCollection();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static void FullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
