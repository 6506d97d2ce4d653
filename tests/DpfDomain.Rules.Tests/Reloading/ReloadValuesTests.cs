using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Reloading;

namespace DpfDomain.Rules.Tests.Reloading;

/// <summary>
/// The values a host sees of reloading: the options' limits (inclusive at both ends), a reload
/// result that has problems exactly when it is a refusal, revision numbers from 1, and the
/// provider of a folder that is not watched.
/// </summary>
public sealed class ReloadValuesTests
{
    private static readonly Lazy<RuleCatalog> Catalog = new(ReferenceCatalog.Load);

    [Fact]
    public void Options_AtTheirLimits_HaveNoProblem()
    {
        Assert.Empty(new RuleFolderOptions().Problems());
        Assert.Empty(new RuleFolderOptions { Debounce = RuleFolderOptions.MinimumDebounce, PollInterval = RuleFolderOptions.MinimumPollInterval }.Problems());
        Assert.Empty(new RuleFolderOptions { Debounce = RuleFolderOptions.MaximumDebounce, PollInterval = null }.Problems());
        Assert.Equal(TimeSpan.FromMilliseconds(100), RuleFolderOptions.MinimumDebounce);
        Assert.Equal(TimeSpan.FromMinutes(1), RuleFolderOptions.MaximumDebounce);
        Assert.Equal(TimeSpan.FromSeconds(1), RuleFolderOptions.MinimumPollInterval);
    }

    [Fact]
    public void Options_JustBeyondTheirLimits_AreEachNamedInBothLanguages()
    {
        var tick = TimeSpan.FromMilliseconds(1);

        var shortDebounce = Assert.Single(new RuleFolderOptions { Debounce = RuleFolderOptions.MinimumDebounce - tick }.Problems());
        var longDebounce = Assert.Single(new RuleFolderOptions { Debounce = RuleFolderOptions.MaximumDebounce + tick }.Problems());
        var shortPoll = Assert.Single(new RuleFolderOptions { PollInterval = RuleFolderOptions.MinimumPollInterval - tick }.Problems());
        var noClock = Assert.Single(new RuleFolderOptions { TimeProvider = null! }.Problems());
        var all = new RuleFolderOptions { Debounce = TimeSpan.Zero, PollInterval = TimeSpan.Zero, TimeProvider = null! }.Problems();

        Assert.Contains("99 ms", shortDebounce, StringComparison.Ordinal);
        Assert.Contains("60001 ms", longDebounce, StringComparison.Ordinal);
        Assert.Contains("PollInterval is 999 ms", shortPoll, StringComparison.Ordinal);
        Assert.Contains("TimeProvider", noClock, StringComparison.Ordinal);
        Assert.All([shortDebounce, longDebounce, shortPoll, noClock], problem => Assert.Contains(" / ", problem, StringComparison.Ordinal));
        Assert.Equal(3, all.Count);
    }

    [Fact]
    public void Reload_HasProblemsExactlyWhenRefused()
    {
        var revision = new RuleCatalogRevision(Catalog.Value, 1);
        var problem = RuleCatalog.Validate([RuleSetSource.FromStream("broken.ruleset.json", () => new MemoryStream("{"u8.ToArray()))])[0];

        var refused = new RuleCatalogReload(RuleCatalogReloadOutcome.Refused, revision, "abc", [problem]);
        var unchanged = new RuleCatalogReload(RuleCatalogReloadOutcome.Unchanged, revision, "abc");

        Assert.Equal(RuleCatalogReloadOutcome.Refused, refused.Outcome);
        Assert.Same(revision, refused.Revision);
        Assert.Equal("abc", refused.ContentHash);
        Assert.Equal([problem], refused.Diagnostics);
        Assert.Empty(unchanged.Diagnostics);
        Assert.Equal("Refused: revision 1 in service, 1 problem(s)", refused.ToString());
        Assert.Equal("Unchanged: revision 1 in service", unchanged.ToString());
        Assert.Throws<ArgumentException>(() => new RuleCatalogReload(RuleCatalogReloadOutcome.Refused, revision, "abc"));
        Assert.Throws<ArgumentException>(() => new RuleCatalogReload(RuleCatalogReloadOutcome.Replaced, revision, "abc", [problem]));
        Assert.Throws<ArgumentNullException>(() => new RuleCatalogReload(RuleCatalogReloadOutcome.Unchanged, null!, "abc"));
        Assert.Throws<ArgumentNullException>(() => new RuleCatalogReload(RuleCatalogReloadOutcome.Unchanged, revision, null!));
    }

    [Fact]
    public void Revision_NumbersStartAtOne_AndCarryTheCatalogsFingerprint()
    {
        var revision = new RuleCatalogRevision(Catalog.Value, 1);

        Assert.Equal(Catalog.Value.ContentHash, revision.ContentHash);
        Assert.StartsWith($"Revision 1 ({Catalog.Value.ContentHash[..12]}): Rule catalog of 9 program(s)", revision.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, new RuleCatalogRevision(Catalog.Value, 2).Number);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleCatalogRevision(Catalog.Value, 0));
        Assert.Throws<ArgumentNullException>(() => new RuleCatalogRevision(null!, 1));
    }

    [Fact]
    public void FixedProvider_KeepsRevisionOne_AndNeverRefusesNorRaises()
    {
        var provider = new FixedRuleCatalogProvider(Catalog.Value);
        var raised = 0;
        void Handler(object? sender, RuleCatalogReload reload) => raised++;
        provider.Reloaded += Handler;

        var reload = provider.Reload();
        provider.Reloaded -= Handler;

        Assert.Same(Catalog.Value, provider.Current);
        Assert.Equal(1, provider.Revision.Number);
        Assert.Equal((RuleCatalogReloadOutcome.Unchanged, 1, Catalog.Value.ContentHash), (reload.Outcome, reload.Revision.Number, reload.ContentHash));
        Assert.Null(provider.LastRefusal);
        Assert.Equal(0, raised);
    }
}
