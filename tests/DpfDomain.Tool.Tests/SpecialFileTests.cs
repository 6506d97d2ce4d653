using System.Diagnostics;

namespace DpfDomain.Tool.Tests;

/// <summary>dpf reads only regular files: a pipe or a link to /dev/zero among the rule sets, cases or person files is reported with its position at once, never waited on or read.</summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dpf-special-").FullName;

    public SpecialFileTests()
    {
        Assert.Equal(0, DpfCommandTests.Dpf("init", _folder).Code);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [UnixFact]
    public void Validate_APipeAndALinkToDevZeroNamedAsRuleSets_ReportsBothAndExitsOne()
    {
        MakePipe(Path.Combine(_folder, "PX.ruleset.json"));
        File.CreateSymbolicLink(Path.Combine(_folder, "PZ.ruleset.json"), "/dev/zero");

        var (code, output, _) = Promptly(() => DpfCommandTests.Dpf("validate", _folder), Path.Combine(_folder, "PX.ruleset.json"));
        var (codeZh, outputZh, _) = Promptly(() => DpfCommandTests.Dpf("validate", _folder, "--lang", "zh-CN"), Path.Combine(_folder, "PX.ruleset.json"));

        Assert.Equal(1, code);
        Assert.Contains("PX.ruleset.json:1:1: DPF130 This is not an ordinary file but a special system entry", output, StringComparison.Ordinal);
        Assert.Contains("PZ.ruleset.json:1:1: DPF130 This is not an ordinary file but a special system entry", output, StringComparison.Ordinal);
        Assert.Equal(1, codeZh);
        Assert.Contains("PX.ruleset.json:1:1: DPF130 这不是普通的文件，而是系统的特殊项目", outputZh, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateTestAndImpact_AFolderNamedLikeARuleSetOrACaseFile_IsReportedAsAFolderNotSkipped()
    {
        File.Delete(Path.Combine(_folder, "P1.ruleset.json"));
        File.Delete(Path.Combine(_folder, "P2.cases.json"));
        var ruleSetFolder = Directory.CreateDirectory(Path.Combine(_folder, "P1.ruleset.json")).FullName;
        var caseFolder = Directory.CreateDirectory(Path.Combine(_folder, "P2.cases.json")).FullName;
        var folderLine = $"{ruleSetFolder}:1:1: DPF130 它是文件夹，不是文件。 修改建议：请指定文件本身；如果这个文件夹只是名字像规则集或用例文件，请给它改名。";

        var (code, output, _) = DpfCommandTests.Dpf("validate", _folder, "--lang", "zh-CN");
        var (codeEn, outputEn, _) = DpfCommandTests.Dpf("validate", _folder);
        var (testCode, testOutput, _) = DpfCommandTests.Dpf("test", _folder, "--lang", "zh-CN");

        Assert.Equal((1, 1, 1), (code, codeEn, testCode));
        Assert.Contains(folderLine, output, StringComparison.Ordinal);
        Assert.Contains($"{caseFolder}:1:1: DPF130 它是文件夹，不是文件。", output, StringComparison.Ordinal);
        Assert.DoesNotContain("不在目录中", output, StringComparison.Ordinal);
        Assert.Contains($"{ruleSetFolder}:1:1: DPF130 It is a folder, not a file. Fix: Name the file itself; if this folder is only named like a rule-set or case file, rename it.", outputEn, StringComparison.Ordinal);
        Assert.Contains(folderLine, testOutput, StringComparison.Ordinal);
    }

    [UnixFact]
    public void Test_ACaseFileThatIsAPipe_ReportsItAndRunsTheOthers()
    {
        MakePipe(Path.Combine(_folder, "PX.cases.json"));

        var (code, output, _) = Promptly(() => DpfCommandTests.Dpf("test", _folder), Path.Combine(_folder, "PX.cases.json"));

        Assert.Equal(1, code);
        Assert.Contains("PX.cases.json:1:1: DPF130", output, StringComparison.Ordinal);
        Assert.Contains("PASS  P9", output, StringComparison.Ordinal);
    }

    [UnixFact]
    public void Explain_APersonFileThatIsAPipeOrALinkToDevZero_IsAProblemAtTheStart()
    {
        var pipe = Path.Combine(_folder, "pipe.person.json");
        var zeros = Path.Combine(_folder, "zeros.person.json");
        MakePipe(pipe);
        File.CreateSymbolicLink(zeros, "/dev/zero");

        var (pipeCode, _, pipeError) = Promptly(() => DpfCommandTests.Dpf("explain", _folder, "--person", pipe, "--date", "2019-06-30"), pipe);
        var (zerosCode, _, zerosError) = Promptly(() => DpfCommandTests.Dpf("explain", _folder, "--employer", zeros, "--date", "2019-06-30"));

        Assert.Equal((1, 1), (pipeCode, zerosCode));
        Assert.Contains("pipe.person.json:1:1: DPF130", pipeError, StringComparison.Ordinal);
        Assert.Contains("zeros.person.json:1:1: DPF130", zerosError, StringComparison.Ordinal);
    }

    private static void MakePipe(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>A hang guard: a command blocked on a pipe fails the test; the pipe is then opened for writing to release it.</summary>
    private static T Promptly<T>(Func<T> run, string? pipe = null)
    {
        var task = Task.Run(run);
        if (!task.Wait(TimeSpan.FromSeconds(30)))
        {
            if (pipe is not null)
            {
                using var writer = new FileStream(pipe, FileMode.Open, FileAccess.Write);
            }

            Assert.Fail("dpf did not finish within 30 s: it is blocked on a pipe or reading a device.");
        }

        return task.Result;
    }
}

/// <summary>A fact that needs named pipes and links to devices: skipped on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    /// <summary>Skips the test on Windows.</summary>
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Named pipes and /dev/zero are Unix features.";
        }
    }
}
