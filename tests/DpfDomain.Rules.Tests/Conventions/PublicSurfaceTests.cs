using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Conventions;

/// <summary>
/// The public surface of each shipped package against the section "Public surface" of
/// docs/architecture.md: the number of exported types per package, and a line for every public
/// type of DpfDomain.Rules. A new public type is a decision: it fails here until it is recorded.
/// </summary>
public sealed partial class PublicSurfaceTests
{
    private const string Heading = "## Public surface";

    public static TheoryData<string> Packages => [.. ShippedProjects().Keys];

    [Fact]
    public void Table_ListsExactlyTheShippedPackages()
    {
        var shipped = ShippedProjects().Keys.Order(StringComparer.Ordinal).ToList();
        var listed = DocumentedCounts().Keys.Order(StringComparer.Ordinal).ToList();

        Assert.True(
            shipped.SequenceEqual(listed),
            $"The table in docs/architecture.md (section \"Public surface\") lists [{string.Join(", ", listed)}], but the shipped projects under src/ are [{string.Join(", ", shipped)}]. Add or remove the package's row, with its number of public types.");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void ExportedTypeCount_IsTheNumberInTheArchitectureTable(string package)
    {
        var exported = ExportedTypeNames(package);
        Assert.True(DocumentedCounts().TryGetValue(package, out var documented), $"docs/architecture.md (section \"Public surface\") has no row for {package}; add one with its {exported.Count} public types.");

        Assert.True(
            exported.Count == documented,
            $"{package} exports {exported.Count} public types, but docs/architecture.md (section \"Public surface\") says {documented}. "
            + $"If the change is deliberate, update the number in that table (and declare the API in src/{package}/PublicAPI.Unshipped.txt, see docs/conventions.md); otherwise make the type internal. "
            + $"Exported now: {string.Join(", ", exported)}.");
    }

    [Fact]
    public void EveryPublicTypeOfTheRulesPackage_HasItsLineInTheArchitecture()
    {
        var named = SectionLines()
            .Where(line => line.StartsWith("- ", StringComparison.Ordinal))
            .SelectMany(line => CodeSpan().Matches(line).Select(match => match.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        var missing = ExportedTypeNames("DpfDomain.Rules").Select(name => name[(name.LastIndexOf('.') + 1)..]).Where(name => !named.Contains(name)).ToList();

        Assert.True(missing.Count == 0, $"docs/architecture.md (section \"Public surface\") has no line saying what these public types of DpfDomain.Rules are for: {string.Join(", ", missing)}. Add one line each, or make them internal.");
    }

    [Fact]
    public void Counting_SeesPublicTypesOnly()
    {
        // The count is of what another assembly can use: a public type of the rules package is
        // counted, an internal one (the rule-set document model) is not.
        var names = ExportedTypeNames("DpfDomain.Rules");

        Assert.Contains("DpfDomain.Rules.Decisions.ProgramDecision", names);
        Assert.DoesNotContain(names, name => name.EndsWith(".RuleSetDocument", StringComparison.Ordinal));
    }

    /// <summary>The shipped projects (every project under src/) by package id, with their assembly names.</summary>
    private static Dictionary<string, string> ShippedProjects() =>
        Directory.GetFiles(RepositoryFiles.PathOf("src"), "*.csproj", SearchOption.AllDirectories)
            .ToDictionary(
                path => Path.GetFileNameWithoutExtension(path),
                path => XDocument.Load(path).Descendants("AssemblyName").FirstOrDefault()?.Value ?? Path.GetFileNameWithoutExtension(path),
                StringComparer.Ordinal);

    private static List<string> ExportedTypeNames(string package) =>
        [.. Assembly.Load(ShippedProjects()[package]).GetExportedTypes().Select(type => type.FullName!).Order(StringComparer.Ordinal)];

    private static Dictionary<string, int> DocumentedCounts()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in SectionLines())
        {
            if (TableRow().Match(line) is { Success: true } row)
            {
                counts.Add(row.Groups[1].Value, int.Parse(row.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.True(counts.Count > 0, "docs/architecture.md has no table of public type counts in its section \"Public surface\".");
        return counts;
    }

    private static IEnumerable<string> SectionLines()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("docs", "architecture.md"));
        var start = Array.IndexOf(lines, Heading);
        Assert.True(start >= 0, $"docs/architecture.md has no section \"{Heading}\".");
        return lines.Skip(start + 1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\|\s*`([^`]+)`\s*\|\s*(\d+)\s*\|$")]
    private static partial Regex TableRow();

    [GeneratedRegex("`([A-Za-z0-9]+)`")]
    private static partial Regex CodeSpan();
}
