using DpfDomain.Rules.Authoring.Catalog;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Catalog;

public sealed class CatalogDocsTests
{
    [Theory]
    [InlineData(false, "catalog.md")]
    [InlineData(true, "catalog.zh-CN.md")]
    public void CatalogDoc_Committed_IsWhatTheRuleSetsGenerate(bool chinese, string file)
    {
        RepositoryFiles.AssertUpToDate(CatalogMarkdown.Write(ReferenceCatalog.Load(), chinese), "docs", file);
    }

    [Fact]
    public void CatalogDoc_HasASectionPerProgramAndMarksWhatACountySets()
    {
        var text = CatalogMarkdown.Write(ReferenceCatalog.Load(), chinese: false);

        Assert.All(Enumerable.Range(1, 9), i => Assert.Contains($"\n## P{i} ", text, StringComparison.Ordinal));
        Assert.Contains("**county sets**", text, StringComparison.Ordinal);
        Assert.Contains("Quota: 2019 1152 people", text, StringComparison.Ordinal);
    }
}
