using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Evaluation;

public sealed class CatalogContentHashTests
{
    private static readonly string P1 = RuleFolder.RuleSet("P1", 1000m);
    private static readonly string P2 = RuleFolder.RuleSet("P2", 1000m);

    private static string HashOf(params (string Name, string Text)[] files) =>
        RuleCatalog.Load(files.Select(f => RuleSetSource.FromText(f.Name, f.Text))).ContentHash;

    [Fact]
    public void ContentHash_SameFilesInAnyOrder_IsTheSame()
    {
        Assert.Equal(HashOf(("a.ruleset.json", P1), ("b.ruleset.json", P2)), HashOf(("b.ruleset.json", P2), ("a.ruleset.json", P1)));
        Assert.Matches("^[0-9a-f]{64}$", HashOf(("a.ruleset.json", P1)));
    }

    [Fact]
    public void ContentHash_OneByteOrOneNameDifferent_Differs()
    {
        var original = HashOf(("a.ruleset.json", P1), ("b.ruleset.json", P2));

        Assert.NotEqual(original, HashOf(("a.ruleset.json", P1 + " "), ("b.ruleset.json", P2)));
        Assert.NotEqual(original, HashOf(("c.ruleset.json", P1), ("b.ruleset.json", P2)));
        Assert.NotEqual(original, HashOf(("a.ruleset.json", P1)));
    }
}
