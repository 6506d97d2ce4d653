using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Reloading;
using DpfDomain.Rules.Tests.Support;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace DpfDomain.Rules.Tests.Reloading;

/// <summary>Reloads through <see cref="RuleFolderCatalogProvider.Reload"/>: what is put in service, what is refused and how it is reported.</summary>
public sealed class RuleFolderCatalogProviderTests : IDisposable
{
    private static readonly RuleFolderOptions Explicit = new() { WatchFileSystem = false };
    private readonly RuleFolder _folder = new("P1", "P2");
    private readonly CapturingLogger<RuleFolderCatalogProvider> _log = new();

    public void Dispose() => _folder.Dispose();

    internal static decimal Amount(RuleCatalog catalog, string programId) =>
        catalog.Evaluate(new PersonFacts { CertificateValid = true }, new LocalDate(2020, 6, 30), programId).Totals.PerYear.Yuan;

    [Fact]
    public void Create_LoadsEveryRuleSetOfTheFolder_AsRevisionOne()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);

        Assert.Equal(["P1", "P2"], provider.Current.ProgramIds);
        Assert.Same(provider.Current, provider.Revision.Catalog);
        Assert.Equal(1, provider.Revision.Number);
        Assert.Equal(RuleCatalog.Load(RuleSetSource.FromDirectory(_folder.Path)).ContentHash, provider.Revision.ContentHash);
        Assert.Null(provider.LastRefusal);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Information && e.Text.Contains("revision 1 is in service: 2 program(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_BrokenRuleSet_ThrowsWithEveryProblem()
    {
        _folder.WriteText("P2", "{ \"Program\": 1 }");

        var exception = Assert.Throws<RuleSetLoadException>(() => new RuleFolderCatalogProvider(_folder.Path, Explicit, _log));

        Assert.NotEmpty(exception.Diagnostics);
        Assert.All(exception.Diagnostics, d => Assert.Equal(_folder.FileOf("P2"), d.File));
    }

    [Fact]
    public void Create_EmptyOrMissingFolder_ThrowsWithTheFolderNamed()
    {
        using var empty = new RuleFolder();
        var missing = Path.Combine(empty.Path, "missing");

        var none = Assert.Throws<RuleSetLoadException>(() => new RuleFolderCatalogProvider(empty.Path, Explicit));
        var unreadable = Assert.Throws<RuleSetLoadException>(() => new RuleFolderCatalogProvider(missing, Explicit));

        var noRuleSets = Assert.Single(none.Diagnostics);
        Assert.Equal((DiagnosticCode.NoRuleSets, empty.Path), (noRuleSets.Code, noRuleSets.File));
        Assert.Contains("没有", noRuleSets.MessageZh, StringComparison.Ordinal);
        var notFound = Assert.Single(unreadable.Diagnostics);
        Assert.Equal((DiagnosticCode.Unreadable, missing), (notFound.Code, notFound.File));
    }

    [Fact]
    public void Reload_Unchanged_KeepsTheSameCatalogAndRaisesNothing()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        var before = provider.Current;
        var raised = 0;
        provider.Reloaded += (_, _) => raised++;
        File.SetLastWriteTimeUtc(_folder.FileOf("P1"), DateTime.UtcNow.AddMinutes(1));

        var result = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Unchanged, result.Outcome);
        Assert.Same(before, provider.Current);
        Assert.Equal(1, provider.Revision.Number);
        Assert.Equal(0, raised);
    }

    [Fact]
    public void Reload_GoodEdit_PutsTheNewCatalogInServiceAndLeavesTheOldOneWhole()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        var old = provider.Current;
        var raised = new List<RuleCatalogReload>();
        provider.Reloaded += (_, e) => raised.Add(e);
        _folder.Write("P1", 1500m);

        var result = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Replaced, result.Outcome);
        Assert.Same(provider.Revision, result.Revision);
        Assert.Equal(2, provider.Revision.Number);
        Assert.NotEqual(old.ContentHash, provider.Revision.ContentHash);
        Assert.Equal(1500m, Amount(provider.Current, "P1"));
        Assert.Equal(1000m, Amount(old, "P1"));
        Assert.Same(result, Assert.Single(raised));
        Assert.Empty(result.Diagnostics);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Information && e.Text.Contains("revision 2 is in service", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_JsonSyntaxError_IsRefusedWithItsPositionAndTheLastGoodCatalogStays()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        var good = provider.Current;
        var raised = new List<RuleCatalogReload>();
        provider.Reloaded += (_, e) => raised.Add(e);
        _folder.WriteText("P1", RuleFolder.RuleSet("P1", 1500m).Replace("\"EffectiveFrom\": \"2019-01-01\"", "\"EffectiveFrom\": \"2019-01-01\",", StringComparison.Ordinal));

        var result = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Refused, result.Outcome);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((_folder.FileOf("P1"), 7, 34, DiagnosticCode.JsonSyntax), (problem.File, problem.Line, problem.Column, problem.Code));
        Assert.Same(good, provider.Current);
        Assert.Equal(1000m, Amount(provider.Current, "P1"));
        Assert.Same(result, provider.LastRefusal);
        Assert.Same(result, Assert.Single(raised));
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("refused with 1 problem(s); revision 1 stays in service", StringComparison.Ordinal) && e.Text.Contains("未被采用", StringComparison.Ordinal));
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains($"{_folder.FileOf("P1")}:7:34: DPF100 (JsonSyntax)", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_AFolderNamedLikeARuleSet_IsRefusedAsAFolderAndTheLastGoodCatalogStays()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        var good = provider.Current;
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "P3.ruleset.json")).FullName;

        var result = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Refused, result.Outcome);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((folder, 1, 1, DiagnosticCode.Unreadable), (problem.File, problem.Line, problem.Column, problem.Code));
        Assert.Equal(("It is a folder, not a file.", "它是文件夹，不是文件。"), (problem.Message, problem.MessageZh));
        Assert.Same(good, provider.Current);
        Assert.Equal(["P1", "P2"], provider.Current.ProgramIds);
    }

    [Fact]
    public void Reload_SandboxViolation_IsRefusedAndTheLastGoodCatalogStays()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        var good = provider.Current;
        _folder.WriteText("P2", RuleFolder.RuleSet("P2", 1500m, "File.Exists(\"x\")"));

        var result = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Refused, result.Outcome);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((_folder.FileOf("P2"), RuleSetText.RuleLine, DiagnosticCode.SandboxViolation), (problem.File, problem.Line, problem.Code));
        Assert.Same(good, provider.Current);
        Assert.Contains(_log.Entries, e => e.Text.Contains($"{_folder.FileOf("P2")}:{RuleSetText.RuleLine}:{problem.Column}: DPF123 (SandboxViolation)", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_DeletedFile_IsRefusedBecauseItsProgramWouldStop()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        _folder.Delete("P2");

        var result = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Refused, result.Outcome);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((_folder.FileOf("P2"), DiagnosticCode.ProgramRemoved), (problem.File, problem.Code));
        Assert.Contains("P2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("EffectiveUntil", problem.HintZh, StringComparison.Ordinal);
        Assert.Equal(["P1", "P2"], provider.Current.ProgramIds);
        Assert.Equal(1000m, Amount(provider.Current, "P2"));
    }

    [Fact]
    public void Reload_DeletedFileWithRemovalAllowed_TakesTheProgramOutOfService()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, new RuleFolderOptions { WatchFileSystem = false, AllowProgramRemoval = true });
        _folder.Delete("P2");

        var result = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Replaced, result.Outcome);
        Assert.Equal(["P1"], provider.Current.ProgramIds);
    }

    [Fact]
    public void Reload_EveryFileDeleted_IsRefusedEvenWithRemovalAllowed()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, new RuleFolderOptions { WatchFileSystem = false, AllowProgramRemoval = true });
        _folder.Delete("P1");
        _folder.Delete("P2");

        var result = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Refused, result.Outcome);
        Assert.Equal(DiagnosticCode.NoRuleSets, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(["P1", "P2"], provider.Current.ProgramIds);
    }

    [Fact]
    public void Reload_TheSameRefusedEditAgain_IsNeitherRaisedNorLoggedTwice()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        var raised = 0;
        provider.Reloaded += (_, _) => raised++;
        _folder.WriteText("P1", "{");
        var first = provider.Reload();
        var warnings = _log.Entries.Count(e => e.Level == LogLevel.Warning);

        var second = provider.Reload();

        Assert.Same(first, second);
        Assert.Equal(1, raised);
        Assert.Equal(warnings, _log.Entries.Count(e => e.Level == LogLevel.Warning));
    }

    [Fact]
    public void Reload_AfterARefusal_AFixReplacesAndARevertClearsTheRefusal()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        _folder.WriteText("P1", "{");
        Assert.Equal(RuleCatalogReloadOutcome.Refused, provider.Reload().Outcome);

        _folder.Write("P1", 1000m);
        var reverted = provider.Reload();
        _folder.WriteText("P1", "{");
        provider.Reload();
        _folder.Write("P1", 2000m);
        var fixedEdit = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Unchanged, reverted.Outcome);
        Assert.Equal(RuleCatalogReloadOutcome.Replaced, fixedEdit.Outcome);
        Assert.Null(provider.LastRefusal);
        Assert.Equal((2, 2000m), (provider.Revision.Number, Amount(provider.Current, "P1")));
    }

    [Fact]
    public void Refusal_IsLoggedWithPositionsOnly_NeverTheTextOfTheRuleSet()
    {
        const string IdNumber = "34012319900101123X";
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        _folder.WriteText("P1", RuleFolder.RuleSet("P1", 1000m, $"Person.Zhang{IdNumber[..17]} == \"{IdNumber}\""));

        var result = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Refused, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("Zhang340123", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains(IdNumber[..17], StringComparison.Ordinal));
        Assert.Contains(_log.Entries, e => e.Text.Contains("DPF121 (UnknownName)", StringComparison.Ordinal));
        Assert.DoesNotContain(IdNumber[..17], _log.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_WithManyProblems_LogsTheFirstTwentyAndACount()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        var rules = string.Join(",\n", Enumerable.Range(0, 25).Select(i => RuleSetText.Rule($"Person.Unknown{i}", $"Rule{i}").TrimEnd()));
        _folder.WriteText("P1", RuleSetText.Build(rules: rules));

        var result = provider.Reload();

        Assert.Equal(25, result.Diagnostics.Count);
        Assert.Equal(20, _log.Entries.Count(e => e.Text.Contains("DPF121", StringComparison.Ordinal)));
        Assert.Contains(_log.Entries, e => e.Text.Contains("and 5 more problem(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Reloaded_AHandlerThrows_TheOthersStillRunAndItIsLogged()
    {
        using var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);
        var after = 0;
        provider.Reloaded += (_, _) => throw new InvalidOperationException("handler failed");
        provider.Reloaded += (_, _) => after++;
        _folder.Write("P1", 1500m);

        var result = provider.Reload();

        Assert.Equal(RuleCatalogReloadOutcome.Replaced, result.Outcome);
        Assert.Equal(1, after);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("handler failed", StringComparison.Ordinal));
    }

    [Fact]
    public void Dispose_StopsReloading_AndTheLastCatalogStaysReadable()
    {
        var provider = new RuleFolderCatalogProvider(_folder.Path, Explicit, _log);

        provider.Dispose();
        provider.Dispose();

        Assert.Throws<ObjectDisposedException>(() => provider.Reload());
        Assert.Equal(1000m, Amount(provider.Current, "P1"));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(120_000, null)]
    [InlineData(500, 10)]
    public void Create_InvalidOptions_Throw(int debounceMilliseconds, int? pollMilliseconds)
    {
        var options = new RuleFolderOptions { Debounce = TimeSpan.FromMilliseconds(debounceMilliseconds), PollInterval = pollMilliseconds is { } poll ? TimeSpan.FromMilliseconds(poll) : null };

        var exception = Assert.Throws<ArgumentException>(() => new RuleFolderCatalogProvider(_folder.Path, options));

        Assert.Contains(pollMilliseconds is null ? "Debounce" : "PollInterval", exception.Message, StringComparison.Ordinal);
        Assert.Contains("应", exception.Message, StringComparison.Ordinal);
    }
}
