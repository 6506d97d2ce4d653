using System.Diagnostics;

namespace DpfDomain.ConsoleHost.Tests;

/// <summary>Runs the sample host as its users do: a separate process, in a working folder of its own, output captured.</summary>
internal static class HostProcess
{
    private static readonly string HostDll = Path.Combine(AppContext.BaseDirectory, "DpfDomain.ConsoleHost.dll");

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(HostDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
