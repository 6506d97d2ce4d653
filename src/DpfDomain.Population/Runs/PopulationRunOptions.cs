using System;

namespace DpfDomain.Population.Runs;

/// <summary>How a run uses the machine. Mutable while being configured.</summary>
public sealed class PopulationRunOptions
{
    private int _parallelism = Environment.ProcessorCount;
    private int _batchSize = 256;

    /// <summary>How many batches are evaluated at once; 1 evaluates in the calling order on one thread. The number of cores by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _parallelism;
        set => _parallelism = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least 1.");
    }

    /// <summary>Households per batch; 256 by default. Memory holds about 2 × parallelism batches.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than 65,536.</exception>
    public int BatchSize
    {
        get => _batchSize;
        set => _batchSize = value is >= 1 and <= 65_536 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "From 1 to 65,536.");
    }

    /// <summary>
    /// Whether every person's full decisions (<see cref="PersonResult.Decisions"/>, with reasons)
    /// are made with the results, in parallel, for sinks that read them for everyone (e.g. an
    /// impact comparison that shows each person's reason). Off by default: the batch path decides,
    /// and a sink asks for the reasons it needs (<see cref="PersonResult.Explain"/>).
    /// </summary>
    public bool ExplainDecisions { get; set; }

    /// <summary>How often progress is reported; 250 ms by default.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
