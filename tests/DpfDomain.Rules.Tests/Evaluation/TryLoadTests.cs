using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Evaluation;

/// <summary><see cref="RuleCatalog.TryLoad"/> loads once and returns the catalog or every problem, as <see cref="RuleCatalog.Validate"/> and <see cref="RuleCatalog.Load"/> would.</summary>
public sealed class TryLoadTests
{
    [Fact]
    public void TryLoad_GoodFiles_GivesTheCatalog_AndNoDiagnostics()
    {
        var result = RuleCatalog.TryLoad(ReferenceCatalog.Sources);

        Assert.True(result.Success);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(RuleCatalog.Load(ReferenceCatalog.Sources).ContentHash, result.Catalog.ContentHash);
        Assert.Same(result.Catalog, result.GetCatalogOrThrow());
    }

    [Fact]
    public void TryLoad_BrokenFile_GivesTheSameDiagnosticsAsValidate_AndNoCatalog()
    {
        IReadOnlyList<RuleSetSource> sources = [RuleSetSource.FromText("test.ruleset.json", RuleSetText.WithExpression("Person.Agee > 1"))];

        var result = RuleCatalog.TryLoad(sources);

        Assert.False(result.Success);
        Assert.Null(result.Catalog);
        Assert.Equal(RuleCatalog.Validate(sources).Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
        var thrown = Assert.Throws<RuleSetLoadException>(result.GetCatalogOrThrow);
        Assert.Equal(result.Diagnostics.Count, thrown.Diagnostics.Count);
    }
}
