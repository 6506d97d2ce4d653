using System.Globalization;

namespace DpfDomain.Rules.Tests.Support;

/// <summary>A temporary rules folder with rule sets whose amount per year is easy to change; deleted on disposal.</summary>
internal sealed class RuleFolder : IDisposable
{
    public RuleFolder(params string[] programIds)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dpf-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var id in programIds)
        {
            Write(id, 1000m);
        }
    }

    public string Path { get; }

    /// <summary>The file of a program.</summary>
    public string FileOf(string programId) => System.IO.Path.Combine(Path, programId + ".ruleset.json");

    /// <summary>A valid rule set for <paramref name="programId"/>: people with a valid certificate get <paramref name="amount"/> a year (from 2019).</summary>
    public static string RuleSet(string programId, decimal amount, string? expression = null) => RuleSetText.Build(
        program: RuleSetText.DefaultProgram.Replace("\"P1\"", $"\"{programId}\"", StringComparison.Ordinal),
        parameters: RuleSetText.DefaultParameters.Replace("\"Value\": 1000,", $"\"Value\": {amount.ToString(CultureInfo.InvariantCulture)},", StringComparison.Ordinal),
        rules: expression is null ? null : RuleSetText.Rule(expression));

    /// <summary>Writes a program's file in place.</summary>
    public void Write(string programId, decimal amount) => File.WriteAllText(FileOf(programId), RuleSet(programId, amount));

    /// <summary>Writes any text as a program's file in place.</summary>
    public void WriteText(string programId, string text) => File.WriteAllText(FileOf(programId), text);

    /// <summary>Saves as many editors do: the new text into a temporary file beside it, then renamed over the old file.</summary>
    public void SaveThroughTemporaryFile(string programId, string text)
    {
        var temporary = FileOf(programId) + ".tmp~";
        File.WriteAllText(temporary, text);
        File.Move(temporary, FileOf(programId), overwrite: true);
    }

    public void Delete(string programId) => File.Delete(FileOf(programId));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary-file clean-up.
        }
    }
}
