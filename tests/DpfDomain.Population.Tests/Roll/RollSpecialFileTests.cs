using System.Diagnostics;
using DpfDomain.Population.Files;
using DpfDomain.Population.Roll;
using DpfDomain.Population.Tests.Testing;
using static DpfDomain.Population.Tests.Support.RollText;

namespace DpfDomain.Population.Tests.Roll;

/// <summary>Roll and status-list files are read only when they are regular files: a pipe, a link to /dev/zero or a folder is refused at once with a bilingual reason.</summary>
public sealed class RollSpecialFileTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [UnixFact]
    public async Task RollThatIsAPipe_IsRefusedWithoutBlocking()
    {
        var pipe = _scratch.Sub("roll.csv");
        using (var process = Process.Start(new ProcessStartInfo("mkfifo", [pipe]) { UseShellExecute = false })!)
        {
            process.WaitForExit();
        }

        var read = Task.Run(() => ReadAsync(RollSource.FromFile(pipe)));
        if (await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30))) != read)
        {
            await using (new FileStream(pipe, FileMode.Open, FileAccess.Write))
            {
            }

            Assert.Fail("The reader did not return within 30 s: it is blocked on the pipe.");
        }

        var error = await Assert.ThrowsAsync<TabularFileException>(() => read);
        AssertNotRegular(error, "roll.csv");
    }

    [UnixFact]
    public async Task StatusListThatLinksToDevZero_IsRefusedWithoutBeingRead()
    {
        var roll = _scratch.Sub("roll.csv");
        await File.WriteAllTextAsync(roll, $"户号,姓名,公民身份号码,户口性质\r\nH1,王芳,{Id(1980, 12)},农业\r\n");
        var link = _scratch.Sub("health.xlsx");
        File.CreateSymbolicLink(link, "/dev/zero");

        var error = await Assert.ThrowsAsync<TabularFileException>(() => ReadAsync(RollSource.FromFile(roll), RollSource.FromFile(link)));

        AssertNotRegular(error, "health.xlsx");
    }

    [UnixFact]
    public async Task PreviousDecisionFileThatIsAPipeOrLinksToDevZero_IsRefusedWithoutBlocking()
    {
        var pipe = _scratch.Sub("decisions.jsonl");
        using (var process = Process.Start(new ProcessStartInfo("mkfifo", [pipe]) { UseShellExecute = false })!)
        {
            process.WaitForExit();
        }

        var link = _scratch.Sub("zero.jsonl");
        File.CreateSymbolicLink(link, "/dev/zero");

        var read = Task.Run(() => DpfDomain.Population.Outputs.PreviousDecisions.ReadFileAsync(pipe));
        if (await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30))) != read)
        {
            await using (new FileStream(pipe, FileMode.Open, FileAccess.Write))
            {
            }

            Assert.Fail("The reader did not return within 30 s: it is blocked on the pipe.");
        }

        AssertNotRegular(await Assert.ThrowsAsync<TabularFileException>(() => read), "decisions.jsonl");
        AssertNotRegular(await Assert.ThrowsAsync<TabularFileException>(() => DpfDomain.Population.Outputs.PreviousDecisions.ReadFileAsync(link)), "zero.jsonl");
    }

    [Fact]
    public async Task RollThatIsAFolder_SaysSo()
    {
        Directory.CreateDirectory(_scratch.Sub("roll.csv"));

        var error = await Assert.ThrowsAsync<TabularFileException>(() => ReadAsync(RollSource.FromFile(_scratch.Sub("roll.csv"))));

        Assert.Contains("folder", error.Message, StringComparison.Ordinal);
        Assert.Contains("文件夹", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingRoll_SaysItDoesNotExist()
    {
        var error = await Assert.ThrowsAsync<TabularFileException>(() => ReadAsync(RollSource.FromFile(_scratch.Sub("roll.csv"))));

        Assert.Equal((0, "roll.csv"), (error.Row, error.File));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("不存在", error.MessageZh, StringComparison.Ordinal);
    }

    private static void AssertNotRegular(TabularFileException error, string file)
    {
        Assert.Equal((0, file), (error.Row, error.File));
        Assert.Contains("not an ordinary file", error.Message, StringComparison.Ordinal);
        Assert.Contains("不是普通的文件", error.MessageZh, StringComparison.Ordinal);
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
