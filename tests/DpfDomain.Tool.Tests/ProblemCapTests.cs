using System.Text.Json.Nodes;
using DpfDomain.Rules.Catalog;

namespace DpfDomain.Tool.Tests;

/// <summary>A badly broken rule set lists at most 50 problems, then says how many more it has, in the chosen language.</summary>
public sealed class ProblemCapTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dpf-cap-").FullName;

    [Fact]
    public void AFileWithThousandsOfProblems_ListsFifty_ThenCountsTheRest()
    {
        var ruleSet = JsonNode.Parse(ReferenceCatalog.Read("P1.ruleset.json"))!;
        var values = new JsonArray();
        for (var i = 0; i < 300; i++)
        {
            values.Add(new JsonObject { ["From"] = "2019-01-01", ["Value"] = -1, ["Reference"] = "x" });
        }

        ruleSet["Parameters"]![0]!["Values"] = values;
        var file = Path.Combine(_folder, "P1.ruleset.json");
        File.WriteAllText(file, ruleSet.ToJsonString());

        var (code, output, _) = DpfCommandTests.Dpf("validate", _folder, "--lang", "zh-CN");
        var (_, english, _) = DpfCommandTests.Dpf("validate", _folder, "--lang", "en");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(lines[^1], @"共有 (\d+) 个问题").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, code);
        Assert.Equal(50, lines.Count(l => l.StartsWith($"{file}:", StringComparison.Ordinal) && l.Contains(": DPF", StringComparison.Ordinal)));
        Assert.Contains($"{file}：另有 {total - 50:N0} 个问题未列出；请先改正上面的问题（后面的问题常由它们引起）。", output, StringComparison.Ordinal);
        Assert.Contains($"{file}: {total - 50:N0} more problem(s) not listed; fix the ones above first (later ones often follow from them).", english, StringComparison.Ordinal);
        Assert.True(total > 300, $"Only {total} problems were found.");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
