using System;

namespace DpfDomain.Tool;

/// <summary>The entry point of <c>dpf</c>.</summary>
internal static class Program
{
    private static int Main(string[] args) => DpfCommand.Run(args, Console.Out, Console.Error);
}
