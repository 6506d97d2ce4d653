using System.Diagnostics;

namespace DpfDomain.Rules.Tests.Support;

/// <summary>Pipes and links to devices for tests of readers that must refuse them; Unix only.</summary>
internal static class SpecialFiles
{
    /// <summary>Makes a named pipe (FIFO) at <paramref name="path"/>: opening it for reading blocks until something writes.</summary>
    public static void MakePipe(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>Makes <paramref name="path"/> a link to the endless device /dev/zero.</summary>
    public static void LinkToZeros(string path) => File.CreateSymbolicLink(path, "/dev/zero");

    /// <summary>Runs <paramref name="read"/> with a hang guard: a reader blocked on a pipe fails the test instead of stopping the run; the pipe is then opened for writing to release it.</summary>
    public static T Promptly<T>(Func<T> read, string? pipe = null)
    {
        var task = Task.Run(read);
        if (!task.Wait(TimeSpan.FromSeconds(30)))
        {
            if (pipe is not null)
            {
                using var writer = new FileStream(pipe, FileMode.Open, FileAccess.Write);
            }

            Assert.Fail("The reader did not return within 30 s: it is blocked on a pipe or reading a device.");
        }

        return task.Result;
    }
}

/// <summary>A fact that needs pipes and symbolic links to devices: skipped on Windows.</summary>
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
