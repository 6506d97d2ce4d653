using System.Text.RegularExpressions;

namespace DpfDomain.Rules.Tests.Conventions;

/// <summary>
/// The folders of DpfDomain.Rules follow its pipeline one way — Model → Diagnostics → Loading →
/// Facts → Compilation → Decisions → Catalog (with Batches) → Reloading → Evaluation →
/// DependencyInjection — and no file uses the namespace of a later stage, by a <c>using</c>
/// directive or a qualified name. The authoring code leaving the package (Cases, Schema,
/// CatalogMarkdown, FactsReference) is not checked. The detector is tested on snippets first.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private static readonly Dictionary<string, int> Stages = new(StringComparer.Ordinal)
    {
        ["Model"] = 0,
        ["Diagnostics"] = 1,
        ["Loading"] = 2,
        ["Facts"] = 3,
        ["Compilation"] = 4,
        ["Decisions"] = 5,
        ["Catalog"] = 6,
        ["Batches"] = 6,
        ["Reloading"] = 7,
        ["Evaluation"] = 8,
        ["DependencyInjection"] = 9,
    };

    /// <summary>The authoring folders and files that leave the package; neither checked nor counted as a stage.</summary>
    private static readonly string[] Authoring = ["Cases", "Schema"];

    private static readonly string[] AuthoringFiles = ["Catalog/CatalogMarkdown.cs", "Facts/FactsReference.cs"];

    [Theory]
    [InlineData("Loading", "using DpfDomain.Rules.Compilation;\nnamespace DpfDomain.Rules.Loading;", "Compilation")]
    [InlineData("Loading", "namespace DpfDomain.Rules.Loading;\nclass C { int M() => Compilation.SandboxLimits.MaxRules; }", "Compilation")]
    [InlineData("Compilation", "namespace DpfDomain.Rules.Compilation;\nclass C { DpfDomain.Rules.Decisions.ProgramDecision? D; }", "Decisions")]
    [InlineData("Model", "using System;\nusing DpfDomain.Rules.Diagnostics;\nnamespace DpfDomain.Rules.Model;", "Diagnostics")]
    [InlineData("Catalog", "namespace DpfDomain.Rules.Catalog;\nclass C { object? P => global::DpfDomain.Rules.Reloading.X.Y; }", "Reloading")]
    public void Detector_FindsALaterStageUsed(string folder, string source, string later) =>
        Assert.Equal([later], LaterStagesUsed(folder, source));

    [Theory]
    [InlineData("Catalog", "using DpfDomain.Rules.Loading;\nusing DpfDomain.Rules.Decisions;\nnamespace DpfDomain.Rules.Catalog;")]
    [InlineData("Loading", "namespace DpfDomain.Rules.Loading;\n// Compilation.SandboxLimits is where these are published\nclass C { string S = \"DpfDomain.Rules.Catalog.X\"; }")]
    [InlineData("Catalog", "using DpfDomain.Rules.Cases;\nnamespace DpfDomain.Rules.Catalog;")]
    [InlineData("Decisions", "namespace DpfDomain.Rules.Decisions;\nclass C { int N => result.Catalog.Count + this.Reloading.Count; }")]
    public void Detector_AcceptsEarlierStagesAuthoringCommentsTextsAndMembers(string folder, string source) =>
        Assert.Empty(LaterStagesUsed(folder, source));

    [Fact]
    public void EveryFolderOfTheRulesPackage_IsAStage_AndUsesNoLaterStage()
    {
        var files = SourceText.Files("DpfDomain.Rules")
            .Select(file => (file.Path, Relative: file.Path["src/DpfDomain.Rules/".Length..], file.Text))
            .Where(file => file.Relative.Contains('/', StringComparison.Ordinal) && !file.Relative.StartsWith("obj/", StringComparison.Ordinal) && !file.Relative.StartsWith("bin/", StringComparison.Ordinal))
            .Where(file => !Authoring.Contains(file.Relative[..file.Relative.IndexOf('/', StringComparison.Ordinal)]) && !AuthoringFiles.Contains(file.Relative))
            .ToList();

        Assert.True(files.Count > 80, $"Only {files.Count} files were found in the rules package.");
        var folders = files.Select(file => file.Relative[..file.Relative.IndexOf('/', StringComparison.Ordinal)]).Distinct().ToList();
        Assert.All(folders, folder => Assert.True(Stages.ContainsKey(folder), $"The folder {folder} has no place in the pipeline; add it to the stages."));
        var wrong = files
            .SelectMany(file => LaterStagesUsed(file.Relative[..file.Relative.IndexOf('/', StringComparison.Ordinal)], file.Text).Select(later => $"{file.Path} uses {later}, a later stage"))
            .ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    /// <summary>The later stages whose namespaces a file of <paramref name="folder"/> uses.</summary>
    private static List<string> LaterStagesUsed(string folder, string source)
    {
        var stage = Stages[folder];
        var code = SourceText.CodeOnly(source);
        var used = new List<string>();
        foreach (Match match in NamespaceUse().Matches(code))
        {
            var name = match.Groups["stage"].Value;
            var qualified = match.Groups["prefix"].Success;
            if (!qualified && match.Index > 0 && code[match.Index - 1] == '.')
            {
                continue; // a member such as result.Catalog, not a namespace
            }

            if (Stages.TryGetValue(name, out var other) && other > stage && !used.Contains(name))
            {
                used.Add(name);
            }
        }

        return used;
    }

    /// <summary>A namespace of the package by its full name (in a using directive or a qualified name), or by its last part followed by a type.</summary>
    [GeneratedRegex(@"(?<!namespace\s+)(?:(?<prefix>(?:global::)?DpfDomain\.Rules\.)(?<stage>\w+)\b|\b(?<stage>\w+)\.[A-Z]\w*\.)")]
    private static partial Regex NamespaceUse();
}
