using BenchmarkDotNet.Running;
using DpfDomain.Benchmarks;

// dotnet run -c Release --project benchmarks/DpfDomain.Benchmarks -- --filter '*'           the committed tables (default job)
// dotnet run -c Release --project benchmarks/DpfDomain.Benchmarks -- --quick --filter '*'   a quick look while developing
var quick = args.Contains("--quick", StringComparer.Ordinal);
var rest = args.Where(a => a != "--quick").ToArray();
if (quick)
{
    Environment.SetEnvironmentVariable(QuickMode.Variable, "1");
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, QuickMode.Config());
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest);
}
