using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace DpfDomain.Benchmarks;

/// <summary>
/// <c>--quick</c>: a few iterations per benchmark, run in this process (no project to build), and a
/// smaller correctness check, for development (every suite together in under three minutes); the
/// committed tables come from the default job, each benchmark in its own process.
/// </summary>
internal static class QuickMode
{
    /// <summary>Set for the benchmark processes in quick mode.</summary>
    public const string Variable = "DPF_BENCHMARKS_QUICK";

    public static IConfig Config() => DefaultConfig.Instance
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(5).WithId("Quick"))
        .AddDiagnoser(MemoryDiagnoser.Default);
}
