using System.Text.RegularExpressions;

namespace DpfDomain.ConsoleHost.Tests;

public sealed partial class HostTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dpf-host-").FullName;

    [Fact]
    public async Task GenerateThenTwoMonthlyRuns_WriteEveryOutputWithoutOneUnmaskedIdNumber()
    {
        var generate = await HostProcess.RunAsync(_folder, "generate", "--people", "3000", "--seed", "5", "--out", "county");
        var lists = Directory.GetFiles(Path.Combine(_folder, "county")).Where(f => !f.EndsWith("roll.csv", StringComparison.Ordinal)).ToArray();
        var june = await HostProcess.RunAsync(_folder, ["run", "--roll", "county/roll.csv", "--lists", .. lists, "--out", "june", "--key-file", "keys/county.key"]);
        var july = await HostProcess.RunAsync(_folder, ["run", "--roll", "county/roll.csv", "--lists", .. lists, "--date", "2019-07-31", "--previous", "june", "--out", "july", "--key-file", "keys/county.key"]);

        Assert.Equal((0, 0, 0), (generate.ExitCode, june.ExitCode, july.ExitCode));
        foreach (var file in new[] { "decisions.csv", "decisions.jsonl", "changes.csv", "rejected.csv", "summary.json", "summary.xlsx", "report.txt" })
        {
            Assert.True(File.Exists(Path.Combine(_folder, "july", file)), file);
        }

        var ids = RollIds();
        Assert.True(ids.Count > 2_900);
        var texts = Directory.GetFiles(Path.Combine(_folder, "june")).Concat(Directory.GetFiles(Path.Combine(_folder, "july")))
            .Select(f => f.EndsWith(".xlsx", StringComparison.Ordinal) ? WorkbookText(f) : File.ReadAllText(f))
            .Concat([generate.Output, generate.Error, june.Output, june.Error, july.Output, july.Error])
            .ToList();
        Assert.All(texts, text => Assert.DoesNotContain(IdLike().Matches(text), m => ids.Contains(m.Value)));
        Assert.Contains("\"quota\": 1152", File.ReadAllText(Path.Combine(_folder, "june", "summary.json")), StringComparison.Ordinal);
        Assert.Contains("停发", File.ReadAllText(Path.Combine(_folder, "july", "changes.csv")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "july"), "*.key"));
        Assert.Contains("项目汇总", june.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithFullIds_WritesTheNumbersThePrivacyCheckLooksFor()
    {
        await HostProcess.RunAsync(_folder, "generate", "--people", "200", "--seed", "9", "--out", "county");

        var run = await HostProcess.RunAsync(_folder, "run", "--roll", "county/roll.csv", "--out", "out", "--full-ids");

        Assert.Equal(0, run.ExitCode);
        var ids = RollIds();
        Assert.Contains(IdLike().Matches(File.ReadAllText(Path.Combine(_folder, "out", "decisions.csv"))), m => ids.Contains(m.Value));
    }

    [Fact]
    public async Task Run_IntoTheSummaryAlone_WritesNoDecisionOrChangeRowsAndReportsPeopleRateAndPeakMemory()
    {
        await HostProcess.RunAsync(_folder, "generate", "--people", "400", "--seed", "4", "--out", "county");

        var run = await HostProcess.RunAsync(_folder, "run", "--roll", "county/roll.csv", "--out", "out", "--decisions", "none", "--changes", "false");

        Assert.Equal(0, run.ExitCode);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(run.Output + run.Error, @"Done: 400 people, \d+ households, 3200 decisions in [0-9.]+ s \([0-9,]+ people/s\); 0 row\(s\) rejected; peak memory [1-9][0-9]* MB"), run.Output + run.Error);
        Assert.False(File.Exists(Path.Combine(_folder, "out", "decisions.csv")));
        Assert.Single(File.ReadAllLines(Path.Combine(_folder, "out", "changes.csv")));
        Assert.Contains("\"people\": 400", File.ReadAllText(Path.Combine(_folder, "out", "summary.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RollThatIsNotText_FailsWithAChineseMessageNamingTheFile()
    {
        await File.WriteAllBytesAsync(Path.Combine(_folder, "roll.csv"), [0x81, 0x30, 0xFF, 0xFF, 0x00, 0x81, 0xFE, 0xFE, 0x0A]);

        var run = await HostProcess.RunAsync(_folder, "run", "--roll", "roll.csv", "--out", "out");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("roll.csv", run.Output, StringComparison.Ordinal);
        Assert.Contains("UTF-8", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AgainstLastMonthWithAnotherKeyOrAfterAFailedRun_RefusesAndKeepsLastMonthsFiles()
    {
        await HostProcess.RunAsync(_folder, "generate", "--people", "300", "--seed", "3", "--out", "county");
        var june = await HostProcess.RunAsync(_folder, "run", "--roll", "county/roll.csv", "--out", "june", "--key-file", "june.key");
        var decisions = await File.ReadAllBytesAsync(Path.Combine(_folder, "june", "decisions.jsonl"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "broken.csv"), "户号,姓名\r\n");

        var otherKey = await HostProcess.RunAsync(_folder, "run", "--roll", "county/roll.csv", "--previous", "june", "--out", "july", "--key-file", "other.key");
        var failed = await HostProcess.RunAsync(_folder, "run", "--roll", "broken.csv", "--previous", "june", "--out", "june", "--key-file", "june.key");
        var usage = await HostProcess.RunAsync(_folder, "run", "--roll", "county/roll.csv", "--no-such-option");

        Assert.Equal((0, 1, 1, 2), (june.ExitCode, otherKey.ExitCode, failed.ExitCode, usage.ExitCode));
        Assert.Contains("--key-file", otherKey.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "other.key")));
        Assert.Equal(decisions, await File.ReadAllBytesAsync(Path.Combine(_folder, "june", "decisions.jsonl")));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "june"), "*.partial"));
        Assert.DoesNotContain("Exception", otherKey.Output + otherKey.Error + failed.Output + failed.Error + usage.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decode_TheBuiltInExample_PrintsTheHolderMasked()
    {
        var decode = await HostProcess.RunAsync(_folder, "decode", "--on", "2026-01-01");

        Assert.Equal(0, decode.ExitCode);
        Assert.Contains("110105********002X62B1", decode.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("11010519491231002X", decode.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary-file cleanup.
        }
    }

    private static string WorkbookText(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        return string.Concat(zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }

    private HashSet<string> RollIds() =>
        [.. IdLike().Matches(File.ReadAllText(Path.Combine(_folder, "county", "roll.csv"))).Select(m => m.Value)];

    [GeneratedRegex("[0-9]{17}[0-9X]")]
    private static partial Regex IdLike();
}
