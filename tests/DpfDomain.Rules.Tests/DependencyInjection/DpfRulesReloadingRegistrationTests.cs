using System.Runtime.CompilerServices;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.DependencyInjection;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Reloading;
using DpfDomain.Rules.Tests.Reloading;
using DpfDomain.Rules.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DpfDomain.Rules.Tests.DependencyInjection;

/// <summary>What <c>AddDpfRules</c> registers with and without <see cref="DpfRulesOptions.ReloadOnChange"/>.</summary>
public sealed class DpfRulesReloadingRegistrationTests : IDisposable
{
    private readonly RuleFolder _folder = new("P1");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AddDpfRules_WithoutReloading_RegistersAFixedProviderOverTheCatalog()
    {
        using var provider = new ServiceCollection().AddDpfRules(o => o.AddDirectory(_folder.Path).County = "340123").BuildServiceProvider();

        var catalogs = provider.GetRequiredService<IRuleCatalogProvider>();

        Assert.IsType<FixedRuleCatalogProvider>(catalogs);
        Assert.Same(provider.GetRequiredService<RuleCatalog>(), catalogs.Current);
        _folder.Write("P1", 1500m);
        Assert.Equal(RuleCatalogReloadOutcome.Unchanged, catalogs.Reload().Outcome);
        Assert.Equal(1000m, RuleFolderCatalogProviderTests.Amount(catalogs.Current, "P1"));
    }

    [Fact]
    public void AddDpfRules_ReloadOnChange_RegistersTheFolderProviderAndEverythingFollowsIt()
    {
        var log = new CapturingLogger<RuleFolderCatalogProvider>();
        var services = new ServiceCollection()
            .AddSingleton<ILogger<RuleFolderCatalogProvider>>(log)
            .AddDpfRules(o =>
            {
                o.County = "340123";
                o.AddDirectory(_folder.Path);
                o.ReloadOnChange = true;
                o.Reloading.WatchFileSystem = false;
            });
        using var provider = services.BuildServiceProvider();
        var catalogs = provider.GetRequiredService<IRuleCatalogProvider>();
        var evaluator = provider.GetRequiredService<IEligibilityEvaluator>();
        var first = provider.GetRequiredService<RuleCatalog>();

        _folder.Write("P1", 1500m);
        var result = catalogs.Reload();

        Assert.Same(provider.GetRequiredService<RuleFolderCatalogProvider>(), catalogs);
        Assert.Equal(RuleCatalogReloadOutcome.Replaced, result.Outcome);
        Assert.NotSame(first, provider.GetRequiredService<RuleCatalog>());
        Assert.Same(catalogs.Current, provider.GetRequiredService<RuleCatalog>());
        Assert.Same(catalogs.Current, evaluator.Catalog);
        Assert.Same(evaluator, provider.GetRequiredService<IEligibilityEvaluator>());
        Assert.Contains(log.Entries, e => e.Text.Contains("revision 2 is in service", StringComparison.Ordinal));
    }

    [Fact]
    public void DisposingTheContainer_DisposesTheFolderProvider()
    {
        var provider = new ServiceCollection().AddDpfRules(o =>
        {
            o.County = "340123";
            o.AddDirectory(_folder.Path);
            o.ReloadOnChange = true;
        }).BuildServiceProvider();
        var catalogs = provider.GetRequiredService<RuleFolderCatalogProvider>();
        var watching = catalogs.IsWatching;

        provider.Dispose();

        Assert.True(watching);
        Assert.False(catalogs.IsWatching);
        Assert.Throws<ObjectDisposedException>(() => catalogs.Reload());
    }

    [Fact]
    public void AddDpfRules_ReloadOnChangeLoadEagerly_BrokenFolderThrowsAtRegistration()
    {
        _folder.WriteText("P1", "{");
        var services = new ServiceCollection();

        var exception = Assert.Throws<RuleSetLoadException>(() => services.AddDpfRules(o =>
        {
            o.County = "340123";
            o.AddDirectory(_folder.Path);
            o.ReloadOnChange = true;
            o.LoadEagerly = true;
        }));

        Assert.Equal((_folder.FileOf("P1"), DiagnosticCode.JsonSyntax), (exception.Diagnostics[0].File, exception.Diagnostics[0].Code));
        Assert.Empty(services);
    }

    [Fact]
    public void AddDpfRules_ReloadOnChangeLoadLazily_BrokenFolderThrowsAtFirstResolution()
    {
        _folder.WriteText("P1", "{");
        using var provider = new ServiceCollection().AddDpfRules(o =>
        {
            o.County = "340123";
            o.AddDirectory(_folder.Path);
            o.ReloadOnChange = true;
        }).BuildServiceProvider();

        Assert.Throws<RuleSetLoadException>(() => provider.GetRequiredService<IEligibilityEvaluator>());
    }

    [Fact]
    public void AddDpfRules_ReloadOnChangeLoadEagerly_AnEditBeforeResolutionIsPickedUp()
    {
        using var provider = new ServiceCollection().AddDpfRules(o =>
        {
            o.County = "340123";
            o.AddDirectory(_folder.Path);
            o.ReloadOnChange = true;
            o.LoadEagerly = true;
            o.Reloading.WatchFileSystem = false;
        }).BuildServiceProvider();
        _folder.Write("P1", 1800m);

        var catalogs = provider.GetRequiredService<IRuleCatalogProvider>();

        Assert.Equal((2, 1800m), (catalogs.Revision.Number, RuleFolderCatalogProviderTests.Amount(catalogs.Current, "P1")));
    }

    [Fact]
    public void AddDpfRules_ReloadOnChangeLoadEagerly_TheFirstCatalogIsCollectedOnceReplaced()
    {
        using var provider = new ServiceCollection().AddDpfRules(o =>
        {
            o.County = "340123";
            o.AddDirectory(_folder.Path);
            o.ReloadOnChange = true;
            o.LoadEagerly = true;
            o.Reloading.WatchFileSystem = false;
        }).BuildServiceProvider();
        var first = FirstAndReplace(provider.GetRequiredService<IRuleCatalogProvider>());

        MemoryMeasurements.CollectUntil(() => !first.IsAlive);

        Assert.False(first.IsAlive, "The container or the provider still holds the first catalog after it was replaced.");
    }

    [Theory]
    [InlineData(false, 500, "none is added")]
    [InlineData(true, 10, "Debounce")]
    public void AddDpfRules_ReloadOnChangeMisconfigured_ReportsTheProblem(bool withDirectory, int debounceMilliseconds, string expected)
    {
        var exception = Assert.Throws<DpfRulesConfigurationException>(() => new ServiceCollection().AddDpfRules(o =>
        {
            o.County = "340123";
            o.ReloadOnChange = true;
            o.Reloading.Debounce = TimeSpan.FromMilliseconds(debounceMilliseconds);
            if (withDirectory)
            {
                o.AddDirectory(_folder.Path);
            }
            else
            {
                o.AddSource(RuleSetSource.FromText("p1.ruleset.json", RuleSetText.Build()));
            }
        }));

        var problem = Assert.Single(exception.Problems);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Contains(" / ", problem, StringComparison.Ordinal);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference FirstAndReplace(IRuleCatalogProvider catalogs)
    {
        var first = new WeakReference(catalogs.Current);
        _folder.Write("P1", 1500m);
        Assert.Equal(RuleCatalogReloadOutcome.Replaced, catalogs.Reload().Outcome);
        return first;
    }
}
