using System;

namespace DpfDomain.Tool;

/// <summary>The entry point of <c>dpf</c>: the one place that reads the system clock.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var output = new TerminalSafeWriter(Console.Out);
        using var error = new TerminalSafeWriter(Console.Error);
#pragma warning disable RS0030 // The entry point is where the system clock comes in; every command takes an IClock.
        var code = DpfCommand.Run(args, output, error, NodaTime.SystemClock.Instance);
#pragma warning restore RS0030
        output.Flush();
        error.Flush();
        return code;
    }
}
