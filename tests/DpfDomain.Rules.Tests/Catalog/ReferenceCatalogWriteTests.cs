using System.Text.Json;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Rules.Tests.Catalog;

/// <summary><see cref="ReferenceCatalog.WriteTo"/>: the embedded catalog as a folder a county owns (what <c>dpf init</c> writes).</summary>
public sealed class ReferenceCatalogWriteTests
{
    private const string SchemaFile = "dpf-ruleset.schema.json";

    [Fact]
    public void WriteTo_AnEmptyFolder_WritesEveryEmbeddedFileThenTheSchema_EachRuleSetPointingAtTheSchemaBesideIt()
    {
        var folder = Directory.CreateTempSubdirectory("dpf-write-").FullName;
        try
        {
            var written = ReferenceCatalog.WriteTo(folder);

            Assert.Equal([.. ReferenceCatalog.FileNames, SchemaFile], written.Select(Path.GetFileName));
            Assert.All(written, path => Assert.True(File.Exists(path)));
            Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
            foreach (var ruleSet in written.Where(p => p.EndsWith(".ruleset.json", StringComparison.Ordinal)))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(ruleSet));
                Assert.Equal(SchemaFile, json.RootElement.GetProperty("$schema").GetString());
            }

            var fromFolder = RuleCatalog.Load(RuleSetSource.FromDirectory(folder));
            Assert.Equal(ReferenceCatalog.Load().ProgramIds, fromFolder.ProgramIds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void WriteTo_AFolderHoldingOneOfItsFiles_WritesNothing_UnlessToldToOverwrite()
    {
        var folder = Directory.CreateTempSubdirectory("dpf-write-").FullName;
        try
        {
            var kept = Path.Combine(folder, ReferenceCatalog.FileNames[0]);
            File.WriteAllText(kept, "a county's own edit");

            var refused = Assert.Throws<IOException>(() => ReferenceCatalog.WriteTo(folder));
            Assert.Contains("1 file(s) already exist", refused.Message, StringComparison.Ordinal);
            Assert.Contains(ReferenceCatalog.FileNames[0], refused.Message, StringComparison.Ordinal);
            Assert.Equal("a county's own edit", File.ReadAllText(kept));
            Assert.Equal([kept], Directory.GetFiles(folder));

            ReferenceCatalog.WriteTo(folder, overwrite: true);
            Assert.Equal(ReferenceCatalog.Read(ReferenceCatalog.FileNames[0]).Replace("\"../Schema/" + SchemaFile + "\"", "\"" + SchemaFile + "\"", StringComparison.Ordinal), File.ReadAllText(kept));
            Assert.Equal(ReferenceCatalog.FileNames.Count + 1, Directory.GetFiles(folder).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Read_AFileTheCatalogDoesNotHave_IsRefusedByName()
    {
        var refused = Assert.Throws<FileNotFoundException>(() => ReferenceCatalog.Read("P0.ruleset.json"));
        Assert.Contains("P0.ruleset.json", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTo_AFolderNotYetThere_IsCreated_AndFilesAreUtf8WithoutAByteOrderMark()
    {
        var parent = Directory.CreateTempSubdirectory("dpf-write-").FullName;
        try
        {
            var folder = Path.Combine(parent, "county", "rules");

            var written = ReferenceCatalog.WriteTo(folder);

            Assert.Equal(ReferenceCatalog.FileNames.Count + 1, written.Count);
            Assert.All(written, path =>
            {
                var bytes = File.ReadAllBytes(path);
                Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), path);
                Assert.Equal('{', (char)bytes[0]);
            });
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void WriteTo_RefusesAMissingFolderName()
    {
        Assert.Throws<ArgumentNullException>(() => ReferenceCatalog.WriteTo(null!));
        Assert.Throws<ArgumentException>(() => ReferenceCatalog.WriteTo(" "));
    }
}
