using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.DependencyInjection;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace DpfDomain.Rules.Tests.DependencyInjection;

public sealed class DpfRulesServiceCollectionExtensionsTests
{
    private static readonly string RuleSets = Path.Combine(AppContext.BaseDirectory, "RuleSets");

    [Fact]
    public void AddDpfRules_Directory_RegistersCatalogAndEvaluatorAsSingletons()
    {
        var services = new ServiceCollection();

        var returned = services.AddDpfRules(o => o.AddDirectory(RuleSets).County = "340123");
        using var provider = services.BuildServiceProvider();

        Assert.Same(services, returned);
        var catalog = provider.GetRequiredService<RuleCatalog>();
        Assert.Contains("P1", catalog.ProgramIds);
        Assert.Same(catalog, provider.GetRequiredService<RuleCatalog>());
        var evaluator = provider.GetRequiredService<IEligibilityEvaluator>();
        Assert.Same(evaluator, provider.GetRequiredService<EligibilityEvaluator>());
        Assert.Same(catalog, evaluator.Catalog);
        Assert.All(services, d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
    }

    [Fact]
    public void AddDpfRules_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection();

        services.AddDpfRules(o => o.AddDirectory(RuleSets).County = "340123");
        services.AddDpfRules(o => o.AddDirectory(RuleSets).County = "340124");

        Assert.Single(services, d => d.ServiceType == typeof(RuleCatalog));
        Assert.Single(services, d => d.ServiceType == typeof(IEligibilityEvaluator));
        using var provider = services.BuildServiceProvider();
        Assert.Equal("340123", provider.GetRequiredService<EligibilityEvaluator>().County.Value);
    }

    [Fact]
    public void AddDpfRules_Stream_LoadsIt()
    {
        var text = File.ReadAllText(Path.Combine(RuleSets, "medication.ruleset.json"));
        var services = new ServiceCollection().AddDpfRules(o =>
        {
            o.County = "340123";
            o.AddStream("memory/p1.ruleset.json", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
        });
        using var provider = services.BuildServiceProvider();

        Assert.Equal(["P1"], provider.GetRequiredService<RuleCatalog>().ProgramIds);
    }

    [Fact]
    public void AddDpfRules_EveryProblem_IsReportedAtOnce()
    {
        var services = new ServiceCollection();

        var exception = Assert.Throws<DpfRulesConfigurationException>(() => services.AddDpfRules(o =>
        {
            o.County = "340100";
            o.AddDirectory(Path.Combine(RuleSets, "does-not-exist"));
            o.AddEmbeddedResources(typeof(DpfRulesServiceCollectionExtensionsTests).Assembly, "Nothing.");
        }));

        Assert.Equal(3, exception.Problems.Count);
        Assert.Contains(exception.Problems, p => p.Contains("not county-level", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.Contains("does not exist", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.Contains("no embedded resource", StringComparison.Ordinal));
        Assert.Empty(services);
    }

    [Fact]
    public void AddDpfRules_NothingConfigured_SaysWhatIsMissing()
    {
        var exception = Assert.Throws<DpfRulesConfigurationException>(() => new ServiceCollection().AddDpfRules(_ => { }));

        Assert.Equal(2, exception.Problems.Count);
        Assert.Contains(exception.Problems, p => p.StartsWith("County is not set", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.StartsWith("No rule sets are configured", StringComparison.Ordinal));
    }

    [Fact]
    public void AddDpfRules_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => DpfRulesServiceCollectionExtensions.AddDpfRules(null!, _ => { }));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddDpfRules(null!));
    }

    [Fact]
    public void Resolve_BrokenRuleSet_ThrowsWithEveryDiagnostic()
    {
        var services = new ServiceCollection().AddDpfRules(o =>
        {
            o.County = "340123";
            o.AddSource(RuleSetSource.FromText("broken.ruleset.json", "{ \"Program\": 1 }"));
        });
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<RuleSetLoadException>(() => provider.GetRequiredService<RuleCatalog>());

        Assert.True(exception.Diagnostics.Count >= 3);
        Assert.All(exception.Diagnostics, d => Assert.Equal("broken.ruleset.json", d.File));
    }

    [Fact]
    public void AddDpfRules_LoadEagerly_ReportsBrokenRuleSetsAtRegistration()
    {
        var services = new ServiceCollection();

        var exception = Assert.Throws<RuleSetLoadException>(() => services.AddDpfRules(o =>
        {
            o.County = "340123";
            o.LoadEagerly = true;
            o.AddSource(RuleSetSource.FromText("broken.ruleset.json", "{ \"Program\": 1 }"));
        }));

        Assert.NotEmpty(exception.Diagnostics);
        Assert.Empty(services);
    }

    [Fact]
    public void AddDpfRules_LoadEagerly_RegistersTheLoadedCatalog()
    {
        var services = new ServiceCollection().AddDpfRules(o =>
        {
            o.County = "340123";
            o.LoadEagerly = true;
            o.AddEmbeddedResources(typeof(RuleCatalog).Assembly, "DpfDomain.Rules.Catalog.");
        });
        using var provider = services.BuildServiceProvider();

        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"], provider.GetRequiredService<RuleCatalog>().ProgramIds);
    }
}
