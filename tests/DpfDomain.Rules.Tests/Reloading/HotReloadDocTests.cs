using System.Text.RegularExpressions;
using CountyHost;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Reloading;
using DpfDomain.Rules.Tests.Facts;
using DpfDomain.Rules.Tests.Support;
using NodaTime;

namespace DpfDomain.Rules.Tests.Reloading;

/// <summary>The code in docs/hot-reload.md is this project's <see cref="RulesHost"/>, which compiles with the tests and runs here.</summary>
public sealed partial class HotReloadDocTests : IDisposable
{
    private static readonly LocalDate Date = new(2020, 6, 30);
    private readonly RuleFolder _folder = new("P1");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Doc_CodeSample_IsTheCompiledSample()
    {
        var doc = File.ReadAllText(RepositoryFiles.PathOf("docs", "hot-reload.md")).ReplaceLineEndings("\n");
        var sample = File.ReadAllText(RepositoryFiles.PathOf("tests", "DpfDomain.Rules.Tests", "Reloading", "HotReloadSample.cs")).ReplaceLineEndings("\n");

        var block = CSharpBlock().Match(doc);

        Assert.True(block.Success, "docs/hot-reload.md has no ```csharp block.");
        Assert.Equal(sample, block.Groups["code"].Value);
    }

    [Fact]
    public void Sample_DecidesReloadsAndShowsRefusals()
    {
        using var services = RulesHost.Start(_folder.Path);
        var household = PersonFactsTests.Household();
        var shown = new List<string>();
        RulesHost.ShowRefusals(services, shown.Add);
        var before = RulesHost.Total(services, [(household.Members[0], household)], Date);

        // The folder is watched too: whichever comes first, the watcher or ReloadNow, does the work once.
        _folder.Write("P1", 1500m);
        var replaced = RulesHost.ReloadNow(services);
        var decision = Assert.Single(RulesHost.Decide(services, household.Members[0], household, Date));
        _folder.WriteText("P1", "{");
        var refused = RulesHost.ReloadNow(services);

        Assert.Equal(PeriodTotals.Empty.Add(PeriodAmount.PerYear(Money.FromYuan(1000m))), before);
        Assert.Equal(2, replaced.Revision.Number);
        Assert.Equal(1500m, decision.Totals.PerYear.Yuan);
        Assert.Equal(RuleCatalogReloadOutcome.Refused, refused.Outcome);
        Assert.Equal(2, shown.Count);
        Assert.Equal("修改未生效，继续使用第 2 版：", shown[0]);
        Assert.StartsWith($"{_folder.FileOf("P1")}:1:2: DPF100", shown[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_WithoutAContainer_FollowsTheFolder()
    {
        var log = new CapturingLogger<HotReloadDocTests>();
        var (rules, evaluator) = RulesHost.StartWithoutContainer(_folder.Path, log);
        using (rules)
        {
            var household = PersonFactsTests.Household();
            _folder.Write("P1", 1600m);
            rules.Reload();

            Assert.Equal(1600m, evaluator.Evaluate(household.Members[0], household, Date, "P1").Totals.PerYear.Yuan);
            Assert.Contains(log.Entries, e => e.Text.Contains("revision 2 is in service", StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
