using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.DependencyInjection;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Reloading;
using DpfDomain.Rules.Tests.Reloading;
using DpfDomain.Rules.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace DpfDomain.Rules.Tests.DependencyInjection;

/// <summary><see cref="DpfRulesOptions.AddReferenceCatalog"/>: the embedded catalog P1–P9 without any folder.</summary>
public sealed class ReferenceCatalogRegistrationTests
{
    private static readonly LocalDate Date = new(2019, 6, 30);

    [Fact]
    public void AddReferenceCatalog_WithoutAnyFolder_LoadsTheEmbeddedCatalog()
    {
        var options = new DpfRulesOptions();

        Assert.Same(options, options.AddReferenceCatalog());
        using var provider = new ServiceCollection().AddDpfRules(o => o.AddReferenceCatalog().County = "340123").BuildServiceProvider();
        var catalog = provider.GetRequiredService<RuleCatalog>();

        Assert.Empty(options.Directories);
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"], catalog.ProgramIds);
        Assert.Equal(ReferenceCatalog.Load().ContentHash, catalog.ContentHash);
    }

    [Fact]
    public void AMissingRulesFolder_SaysHowToWriteItOrUseTheEmbeddedCatalog_InBothLanguages()
    {
        var missing = Path.Combine(Path.GetTempPath(), "dpf-missing-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<DpfRulesConfigurationException>(() => new ServiceCollection().AddDpfRules(o => o.AddDirectory(missing).County = "340123"));
        var none = Assert.Throws<DpfRulesConfigurationException>(() => new ServiceCollection().AddDpfRules(o => o.County = "340123"));

        var problem = Assert.Single(error.Problems);
        Assert.Contains($"dpf init {missing}", problem, StringComparison.Ordinal);
        Assert.Contains("AddReferenceCatalog()", problem, StringComparison.Ordinal);
        Assert.Contains("不存在", problem, StringComparison.Ordinal);
        Assert.Contains("AddReferenceCatalog", Assert.Single(none.Problems), StringComparison.Ordinal);
        Assert.Contains("未配置任何规则集", none.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AddReferenceCatalog_LoadEagerly_BuildsTheCatalogAtRegistration()
    {
        var services = new ServiceCollection().AddDpfRules(o =>
        {
            o.AddReferenceCatalog().County = "340123";
            o.LoadEagerly = true;
        });

        Assert.Contains(services, d => d.ServiceType == typeof(RuleCatalog) && d.ImplementationInstance is RuleCatalog);
    }

    [Fact]
    public void AddReferenceCatalog_TheExamplePersonAndEmployer_GetTheirDocumentedDecisions()
    {
        using var provider = new ServiceCollection().AddDpfRules(o => o.AddReferenceCatalog().County = "340123").BuildServiceProvider();
        var evaluator = provider.GetRequiredService<IEligibilityEvaluator>();
        var (person, household) = PersonFile.Read(RepositoryFiles.PathOf("docs", "examples", "persons", "P1.person.json"));
        var employer = EmployerFile.Read(RepositoryFiles.PathOf("docs", "examples", "persons", "P9.employer.json"));

        var decisions = evaluator.EvaluateAll(person, household, Date);
        var levy = evaluator.Evaluate(employer, Date, "P9");

        Assert.Equal(evaluator.Catalog.PersonProgramIds, decisions.Select(d => d.ProgramId));
        Assert.Equal((DecisionOutcome.Eligible, 1000m), (decisions[0].Outcome, decisions[0].Totals.PerYear.Yuan));
        Assert.Equal((DecisionOutcome.Eligible, 3_060_000m), (levy.Outcome, levy.Totals.PerYear.Yuan));
    }

    [Fact]
    public void AddReferenceCatalog_TwiceOrWithItsOwnSources_IsReportedAsConfiguredTwice()
    {
        var twice = Assert.Throws<DpfRulesConfigurationException>(() => new ServiceCollection().AddDpfRules(o => o.AddReferenceCatalog().AddReferenceCatalog().County = "340123"));
        var withSource = Assert.Throws<DpfRulesConfigurationException>(() => new ServiceCollection().AddDpfRules(o => o.AddReferenceCatalog().AddSource(ReferenceCatalog.Sources[0]).County = "340123"));

        Assert.Equal(9, twice.Problems.Count);
        Assert.All(twice.Problems, p => Assert.Contains("configured more than once", p, StringComparison.Ordinal));
        Assert.Single(withSource.Problems);
    }

    [Fact]
    public void AddReferenceCatalog_BesideAFolderWrittenFromIt_StopsTheHostWithEveryProgramDefinedTwice()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dpf-reference-" + Guid.NewGuid().ToString("N"));
        try
        {
            ReferenceCatalog.WriteTo(folder);
            using var provider = new ServiceCollection().AddDpfRules(o => o.AddReferenceCatalog().AddDirectory(folder).County = "340123").BuildServiceProvider();

            var error = Assert.Throws<RuleSetLoadException>(() => provider.GetRequiredService<RuleCatalog>());

            Assert.NotEmpty(error.Diagnostics);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AddReferenceCatalog_WithAWatchedFolder_IsKeptAcrossReloadsAndTheLevyFollows()
    {
        using var folder = new RuleFolder("P10");
        using var provider = new ServiceCollection().AddDpfRules(o =>
        {
            o.AddReferenceCatalog().AddDirectory(folder.Path).County = "340123";
            o.ReloadOnChange = true;
            o.Reloading.WatchFileSystem = false;
        }).BuildServiceProvider();
        var catalogs = provider.GetRequiredService<IRuleCatalogProvider>();
        var evaluator = provider.GetRequiredService<IEligibilityEvaluator>();
        var employer = EmployerFile.Read(RepositoryFiles.PathOf("docs", "examples", "persons", "P9.employer.json"));
        var before = evaluator.Evaluate(employer, Date, "P9");

        folder.Write("P10", 1500m);
        var reload = catalogs.Reload();
        var after = evaluator.Evaluate(employer, Date, "P9");

        Assert.Equal(RuleCatalogReloadOutcome.Replaced, reload.Outcome);
        Assert.Equal(1500m, RuleFolderCatalogProviderTests.Amount(catalogs.Current, "P10"));
        Assert.Contains("P9", catalogs.Current.ProgramIds);
        Assert.NotSame(before.Version, after.Version);
        Assert.Same(catalogs.Current.VersionInForce("P9", Date), after.Version);
        Assert.Equal(before.Totals, after.Totals);
    }
}
