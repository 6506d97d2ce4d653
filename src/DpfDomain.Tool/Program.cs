using System;

namespace DpfDomain.Tool;

/// <summary>The entry point of <c>dpf</c>: the one place that reads the system clock.</summary>
internal static class Program
{
    private static int Main(string[] args) => DpfCommand.Run(args, Console.Out, Console.Error, NodaTime.SystemClock.Instance);
}
