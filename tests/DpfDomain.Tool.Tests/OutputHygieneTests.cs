using DpfDomain.Rules.Catalog;

namespace DpfDomain.Tool.Tests;

/// <summary>What dpf prints cannot rewrite the terminal, and what it writes cannot be redirected by a planted link.</summary>
public sealed class OutputHygieneTests
{
    [Fact]
    public void TerminalSafeWriter_EscapeSequencesAndBidiOverrides_AreShownNotObeyed()
    {
        var text = new StringWriter();
        using var writer = new TerminalSafeWriter(text);

        writer.WriteLine("规则 \u001b[2J\u001b[HEligible ¥1,000,000 \u202Eabc");
        writer.Write('\u0007');

        Assert.Equal("规则 \\u001B[2J\\u001B[HEligible ¥1,000,000 \\u202Eabc" + Environment.NewLine + "\\u0007", text.ToString());
    }

    [Fact]
    public void InitOverwriting_ALinkPlantedAtATargetFile_ReplacesTheLinkAndLeavesItsTargetAlone()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("dpf-init-").FullName;
        var victim = Path.Combine(folder, "victim.txt");
        try
        {
            File.WriteAllText(victim, "keep me");
            var rules = Directory.CreateDirectory(Path.Combine(folder, "rules")).FullName;
            File.CreateSymbolicLink(Path.Combine(rules, "P1.ruleset.json"), victim);

            ReferenceCatalog.WriteTo(rules, overwrite: true);

            Assert.Equal("keep me", File.ReadAllText(victim));
            Assert.Null(new FileInfo(Path.Combine(rules, "P1.ruleset.json")).LinkTarget);
            Assert.Contains("\"P1\"", File.ReadAllText(Path.Combine(rules, "P1.ruleset.json")), StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(rules, "*.tmp"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
