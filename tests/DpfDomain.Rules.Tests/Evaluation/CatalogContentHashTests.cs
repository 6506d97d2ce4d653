using System.Text;
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

    [Fact]
    public void Fingerprint_KeepsNameAndFileHashApart_AndDoesNotDependOnOrderEvenForARepeatedName()
    {
        // A name and its file's hash run together would let "ab" + "c" pass for "a" + "bc".
        Assert.NotEqual(CatalogContentHash.Of([("ab", "c")]), CatalogContentHash.Of([("a", "bc")]));
        Assert.Equal(
            CatalogContentHash.Of([("a", "1"), ("a", "2"), ("b", "3")]),
            CatalogContentHash.Of([("b", "3"), ("a", "2"), ("a", "1")]));

        // No file at all is the SHA-256 of nothing.
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", CatalogContentHash.Of([]));
    }

    [Fact]
    public void ContentHash_IsTheDocumentedConstruction_ComputedIndependently()
    {
        // SHA-256 over, for each file in ordinal name order: its name, a zero byte, the lower-case
        // hex SHA-256 of its bytes and a line feed — what a host can recompute without this library.
        static string Hex(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        static byte[] Entry(string name, string text) =>
            [.. Encoding.UTF8.GetBytes(name), 0, .. Encoding.UTF8.GetBytes(Hex(Encoding.UTF8.GetBytes(text))), (byte)'\n'];

        var expected = Hex([.. Entry("a.ruleset.json", P1), .. Entry("b.ruleset.json", P2)]);

        Assert.Equal(expected, HashOf(("b.ruleset.json", P2), ("a.ruleset.json", P1)));
        Assert.Equal(Hex([.. Encoding.UTF8.GetBytes("a"), 0, .. Encoding.UTF8.GetBytes("1"), (byte)'\n', .. Encoding.UTF8.GetBytes("a"), 0, .. Encoding.UTF8.GetBytes("2"), (byte)'\n']), CatalogContentHash.Of([("a", "2"), ("a", "1")]));
    }
}
