using System.Text;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Reloading;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Reloading;

/// <summary>
/// <see cref="RuleFolderCatalogProvider"/> at its edges: its arguments, options copied at
/// creation, several folders with other sources, revision numbers, the log's limit of twenty
/// problems, and the creation from a catalog loaded before.
/// </summary>
public sealed class RuleFolderProviderEdgeTests : IDisposable
{
    private static readonly RuleFolderOptions Explicit = new() { WatchFileSystem = false };
    private readonly RuleFolder _folder = new("P1", "P2");
    private readonly CapturingLogger<RuleFolderCatalogProvider> _log = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Create_RefusesMissingOrEmptyArguments_EachAlone()
    {
        var source = RuleSetSource.FromText("P3.ruleset.json", RuleFolder.RuleSet("P3", 1m));

        Assert.Equal("folders", Assert.Throws<ArgumentNullException>(() => new RuleFolderCatalogProvider(null!, [], Explicit)).ParamName);
        Assert.Equal("otherSources", Assert.Throws<ArgumentNullException>(() => new RuleFolderCatalogProvider([_folder.Path], null!, Explicit)).ParamName);
        Assert.Equal("folders", Assert.Throws<ArgumentException>(() => new RuleFolderCatalogProvider([], [source], Explicit)).ParamName);
        Assert.Equal("folders", Assert.Throws<ArgumentException>(() => new RuleFolderCatalogProvider([_folder.Path, " "], [], Explicit)).ParamName);
        Assert.Equal("folders", Assert.Throws<ArgumentException>(() => new RuleFolderCatalogProvider([_folder.Path], [source, null!], Explicit)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new RuleFolderCatalogProvider(_folder.Path, new RuleFolderOptions { Debounce = TimeSpan.Zero })).ParamName);
    }

    [Fact]
    public void Create_WithoutOptionsOrLogger_UsesTheDefaultsAndWatches()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path);

        Assert.True(provider.IsWatching);
        Assert.Equal([_folder.Path], provider.Folders);
        Assert.Equal(["P1", "P2"], provider.Current.ProgramIds);
    }

    [Fact]
    public void IsWatching_OnlyWithFileEventsOnAndUntilDisposed()
    {
        var watching = new RuleFolderCatalogProvider(_folder.Path, new RuleFolderOptions(), _log);
        using var notWatching = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);

        Assert.True(watching.IsWatching);
        Assert.False(notWatching.IsWatching);
        watching.Dispose();
        Assert.False(watching.IsWatching);
    }

    [Fact]
    public void Options_ChangedAfterCreation_DoNotReachTheProvider()
    {
        var options = new RuleFolderOptions { WatchFileSystem = false };
        using var provider = new RuleFolderCatalogProvider(_folder.Path, options, _log);
        options.AllowProgramRemoval = true;
        options.Debounce = TimeSpan.Zero;
        _folder.Delete("P2");

        var result = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Refused, result.Outcome);
        Assert.Equal(DiagnosticCode.ProgramRemoved, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void SeveralFoldersAndOtherSources_AreReadTogetherAtEveryReload()
    {
        using var second = new RuleFolder("P3");
        var embedded = Encoding.UTF8.GetBytes(RuleFolder.RuleSet("P4", 400m));
        var source = RuleSetSource.FromStream("P4.ruleset.json", () => new MemoryStream(embedded, writable: false));
        using var provider = new RuleFolderCatalogProvider([_folder.Path, second.Path], [source], Explicit, _log);

        Assert.Equal(["P1", "P2", "P3", "P4"], provider.Current.ProgramIds);
        Assert.Equal([_folder.Path, second.Path], provider.Folders);
        Assert.Equal(400m, RuleFolderCatalogProviderTests.Amount(provider.Current, "P4"));

        embedded = Encoding.UTF8.GetBytes(RuleFolder.RuleSet("P4", 450m));
        second.Write("P3", 300m);
        var result = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Replaced, result.Outcome);
        Assert.Equal(450m, RuleFolderCatalogProviderTests.Amount(provider.Current, "P4"));
        Assert.Equal(300m, RuleFolderCatalogProviderTests.Amount(provider.Current, "P3"));
    }

    [Fact]
    public void AFolderThatDisappears_IsRefusedNamingIt_AndTheSameStateIsNotReportedTwice()
    {
        using var second = new RuleFolder("P3");
        using var provider = new RuleFolderCatalogProvider([_folder.Path, second.Path], [], new RuleFolderOptions { WatchFileSystem = false, AllowProgramRemoval = true }, _log);
        var raised = 0;
        provider.Reloaded += (_, _) => raised++;
        Directory.Delete(second.Path, recursive: true);

        var first = provider.Reload();
        var again = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Refused, first.Outcome);
        var problem = Assert.Single(first.Diagnostics);
        Assert.Equal((DiagnosticCode.Unreadable, second.Path), (problem.Code, problem.File));
        Assert.Same(first, again);
        Assert.Same(first, provider.LastRefusal);
        Assert.Equal(1, raised);
        Assert.Equal(["P1", "P2", "P3"], provider.Current.ProgramIds);
    }

    [Fact]
    public void AFolderEmptiedOfRuleSets_IsRefusedAsHavingNone()
    {
        using var second = new RuleFolder("P3");
        using var provider = new RuleFolderCatalogProvider([_folder.Path, second.Path], [], new RuleFolderOptions { WatchFileSystem = false, AllowProgramRemoval = true }, _log);
        second.Delete("P3");

        var result = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Refused, result.Outcome);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCode.NoRuleSets, second.Path), (problem.Code, problem.File));
    }

    [Fact]
    public void Revisions_CountReplacementsOnly()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);

        _folder.Write("P1", 1100m);
        var second = provider.Reload();
        _folder.WriteText("P1", "{");
        var refused = provider.Reload();
        _folder.Write("P1", 1200m);
        var third = provider.Reload();

        Assert.Equal((RuleCatalogReloadOutcome.Replaced, 2), (second.Outcome, second.Revision.Number));
        Assert.Equal((RuleCatalogReloadOutcome.Refused, 2), (refused.Outcome, refused.Revision.Number));
        Assert.Equal((RuleCatalogReloadOutcome.Replaced, 3), (third.Outcome, third.Revision.Number));
        Assert.Same(provider.Revision, third.Revision);
        Assert.Equal(provider.Revision.ContentHash, third.ContentHash);
        Assert.Contains(_log.Entries, e => e.Text.Contains("revision 3 is in service: 2 program(s) from 2 file(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_ChangedFilesAndNoHandler_Replaces()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        _folder.Write("P2", 2000m);

        Assert.Equal(RuleCatalogReloadOutcome.Replaced, provider.Reload().Outcome);
        Assert.Equal(2000m, RuleFolderCatalogProviderTests.Amount(provider.Current, "P2"));
    }

    [Fact]
    public void Reloaded_IsRaisedOncePerNewsWithTheProviderAsSender()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        var seen = new List<(object? Sender, RuleCatalogReloadOutcome Outcome)>();
        provider.Reloaded += (sender, reload) => seen.Add((sender, reload.Outcome));

        provider.Reload();
        _folder.Write("P1", 1300m);
        provider.Reload();
        provider.Reload();

        Assert.Equal([(provider, RuleCatalogReloadOutcome.Replaced)], seen);
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    public void Refusal_LogsUpToTwentyProblems_AndACountOnlyBeyond(int problems, bool counted)
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        var rules = string.Join(",\n", Enumerable.Range(0, problems).Select(i => RuleSetText.Rule($"Person.Unknown{i}", $"Rule{i}").TrimEnd()));
        _folder.WriteText("P1", RuleSetText.Build(rules: rules));

        var result = provider.Reload();

        Assert.Equal(problems, result.Diagnostics.Count);
        Assert.Equal(20, _log.Entries.Count(e => e.Text.Contains("DPF121", StringComparison.Ordinal)));
        Assert.Equal(counted, _log.Entries.Any(e => e.Text.Contains("more problem(s)", StringComparison.Ordinal)));
        Assert.Equal(counted, _log.Entries.Any(e => e.Text.Contains("and 1 more problem(s)", StringComparison.Ordinal)));
        Assert.Contains(_log.Entries, e => e.Text.Contains($"refused with {problems} problem(s); revision 1 stays", StringComparison.Ordinal));
    }

    [Fact]
    public void Refusal_LogsEachProblemsFileLineColumnAndCode()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        _folder.WriteText("P1", RuleSetText.Build(rules: RuleSetText.Rule("Person.NoSuchFact")));

        var problem = Assert.Single(provider.Reload().Diagnostics);

        Assert.Contains(_log.Entries, e => e.Text.Contains($"{_folder.FileOf("P1")}:{problem.Line}:{problem.Column}: DPF{(int)problem.Code} ({problem.Code})", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_FromACatalogLoadedBefore_ComparesTheFilesWithIt()
    {
        var loaded = RuleFolderCatalogProvider.LoadFirst([_folder.Path], []);

        using (var same = new RuleFolderCatalogProvider([_folder.Path], [], Explicit, _log, loaded))
        {
            Assert.Same(loaded, same.Current);
            Assert.Equal(1, same.Revision.Number);
        }

        _folder.Write("P1", 1700m);
        using var changed = new RuleFolderCatalogProvider([_folder.Path], [], Explicit, _log, loaded);

        Assert.Equal(2, changed.Revision.Number);
        Assert.Equal(1700m, RuleFolderCatalogProviderTests.Amount(changed.Current, "P1"));
    }

    [Fact]
    public void LoadFirst_WithProblems_ThrowsThemAll()
    {
        using var empty = new RuleFolder();
        _folder.WriteText("P2", "{");

        var exception = Assert.Throws<RuleSetLoadException>(() => RuleFolderCatalogProvider.LoadFirst([_folder.Path, empty.Path], []));

        Assert.Contains(exception.Diagnostics, d => d.File == _folder.FileOf("P2"));
        Assert.Contains(exception.Diagnostics, d => d.Code == DiagnosticCode.NoRuleSets && d.File == empty.Path);
    }

    [Fact]
    public void OnFileEvent_AfterDispose_StartsNothing()
    {
        var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        provider.Dispose();
        _folder.Write("P1", 1900m);

        provider.OnFileEvent();

        Assert.Equal(1000m, RuleFolderCatalogProviderTests.Amount(provider.Current, "P1"));
    }
}
