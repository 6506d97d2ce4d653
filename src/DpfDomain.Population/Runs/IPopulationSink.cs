using System.Threading;
using System.Threading.Tasks;

namespace DpfDomain.Population.Runs;

/// <summary>
/// Receives a run's results in roll order, one person at a time, always from one thread at a time
/// (a sink needs no locking). Summaries, decision files and change lists are sinks.
/// </summary>
public interface IPopulationSink
{
    /// <summary>Takes the next person's decisions.</summary>
    /// <param name="result">The person and their decisions.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>A task that completes when the result is taken.</returns>
    ValueTask AddAsync(PersonResult result, CancellationToken cancellationToken);

    /// <summary>Called once after the last person, when the run has read the whole roll.</summary>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>A task that completes when the sink has finished (e.g. flushed its file).</returns>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}
