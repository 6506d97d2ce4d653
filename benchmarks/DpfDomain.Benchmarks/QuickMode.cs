using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace DpfDomain.Benchmarks;

/// <summary>
/// <c>--quick</c>: a few iterations per benchmark and a smaller correctness check, for development
/// (every suite in under three minutes); the committed tables come from the default job.
/// </summary>
internal static class QuickMode
{
    /// <summary>Set for the benchmark processes in quick mode.</summary>
    public const string Variable = "DPF_BENCHMARKS_QUICK";

    public static IConfig Config() => DefaultConfig.Instance
        .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(4).WithEnvironmentVariable(Variable, "1").WithId("Quick"))
        .AddDiagnoser(MemoryDiagnoser.Default);
}
