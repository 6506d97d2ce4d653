using DpfDomain.Identity;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Catalog;

/// <summary>Runs every policy test case of the reference catalog: one theory row per case.</summary>
public sealed class ReferenceCatalogCaseTests
{
    private static readonly DivisionCode County = DivisionCode.Parse("340123");
    private static readonly Lazy<RuleCatalog> Catalog = new(ReferenceCatalog.Load);

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in CaseRunner.FindCaseFiles(CatalogDirectory))
        {
            var cases = CaseRunner.Read(file).Cases;
            for (var i = 0; i < cases.Count; i++)
            {
                data.Add(Path.GetFileName(file), i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_GivesTheExpectedDecision(string file, int index)
    {
        var cases = CaseRunner.Read(Path.Combine(CatalogDirectory, file));
        var single = new CaseFile { Program = cases.Program, Cases = [cases.Cases[index]] };

        var result = Assert.Single(CaseRunner.Run(Catalog.Value, County, single, file));

        Assert.True(result.Passed, $"{file} case {index} \"{result.Name}\": {string.Join("; ", result.Differences)}");
    }

    [Fact]
    public void EveryProgram_HasAtLeastTenCases()
    {
        var counts = CaseRunner.FindCaseFiles(CatalogDirectory).Select(CaseRunner.Read).ToDictionary(f => f.Program, f => f.Cases.Count);

        Assert.All(Catalog.Value.ProgramIds, id => Assert.True(counts.GetValueOrDefault(id) >= 10, $"{id} has {counts.GetValueOrDefault(id)} case(s)."));
    }

    [Fact]
    public void EmbeddedFiles_AreTheFilesInTheSourceTree()
    {
        var onDisk = Directory.EnumerateFiles(CatalogDirectory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, ReferenceCatalog.FileNames);
    }

    private static string CatalogDirectory => RepositoryFiles.PathOf("src", "DpfDomain.Rules", "Catalog");
}
