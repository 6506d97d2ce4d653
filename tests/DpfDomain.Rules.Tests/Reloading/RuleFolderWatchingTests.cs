using DpfDomain.Rules.Reloading;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Reloading;

/// <summary>
/// How file events become reloads: bursts are debounced (on a manual clock, so nothing depends
/// on timing), polling reads the folder, disposal stops both, and one test with the real file
/// system watcher and a generous wait.
/// </summary>
public sealed class RuleFolderWatchingTests : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(500);
    private readonly RuleFolder _folder = new("P1");
    private readonly ManualTimeProvider _clock = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void FileEvents_InABurst_GiveOneReloadOnceTheFolderIsQuiet()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, new RuleFolderOptions { WatchFileSystem = false, Debounce = Debounce, TimeProvider = _clock });
        var reloads = new List<RuleCatalogReload>();
        provider.Reloaded += (_, e) => reloads.Add(e);

        for (var i = 1; i <= 50; i++)
        {
            _folder.Write("P1", 1000m + i);
            provider.OnFileEvent();
            _clock.Advance(Debounce / 2);
        }

        var duringTheBurst = provider.Revision.Number;
        _clock.Advance(Debounce / 2 - TimeSpan.FromMilliseconds(1));
        var justBeforeQuiet = provider.Revision.Number;
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(1, duringTheBurst);
        Assert.Equal(1, justBeforeQuiet);
        Assert.Equal(RuleCatalogReloadOutcome.Replaced, Assert.Single(reloads).Outcome);
        Assert.Equal((2, 1050m), (provider.Revision.Number, RuleFolderCatalogProviderTests.Amount(provider.Current, "P1")));
    }

    [Fact]
    public void Polling_ReadsTheFolderAtEachInterval_WithoutFileEvents()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, new RuleFolderOptions { WatchFileSystem = false, PollInterval = TimeSpan.FromMinutes(1), TimeProvider = _clock });
        _folder.Write("P1", 1100m);
        _clock.Advance(TimeSpan.FromSeconds(59));
        var beforeTheInterval = provider.Revision.Number;

        _clock.Advance(TimeSpan.FromSeconds(1));
        var afterOne = provider.Revision.Number;
        _folder.Write("P1", 1200m);
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal((1, 2, 3), (beforeTheInterval, afterOne, provider.Revision.Number));
    }

    [Fact]
    public void Dispose_StopsFileEventsAndTimers()
    {
        var provider = new RuleFolderCatalogProvider(_folder.Path, new RuleFolderOptions { Debounce = Debounce, PollInterval = TimeSpan.FromMinutes(1), TimeProvider = _clock });
        var watchingBefore = provider.IsWatching;

        provider.Dispose();
        _folder.Write("P1", 1500m);
        provider.OnFileEvent();
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.True(watchingBefore);
        Assert.False(provider.IsWatching);
        Assert.Equal(1, provider.Revision.Number);
    }

    [Fact]
    public void Watcher_EditorSavesThroughATemporaryFile_TheEditIsPutInServiceAndABadOneRefused()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, new RuleFolderOptions { Debounce = TimeSpan.FromMilliseconds(100) });
        Assert.True(provider.IsWatching);

        _folder.SaveThroughTemporaryFile("P1", RuleFolder.RuleSet("P1", 1700m));
        var replaced = Eventually.WaitUntil(() => provider.Revision.Number == 2);
        _folder.SaveThroughTemporaryFile("P1", "{ \"Program\": ");
        var refused = Eventually.WaitUntil(() => provider.LastRefusal is not null);

        Assert.True(replaced, "The saved edit was not put in service within 10 seconds.");
        Assert.Equal(1700m, RuleFolderCatalogProviderTests.Amount(provider.Current, "P1"));
        Assert.True(refused, "The bad edit was not reported within 10 seconds.");
        Assert.Equal(2, provider.Revision.Number);
        Assert.Equal(_folder.FileOf("P1"), provider.LastRefusal!.Diagnostics[0].File);
    }
}
