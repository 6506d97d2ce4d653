using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using DpfDomain.Population.Roll;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Evaluation;
using NodaTime;

namespace DpfDomain.Population.Runs;

/// <summary>
/// Runs every person program of a catalog for every person of a stream of households, on a date:
/// batches of households are evaluated in parallel over the cores, and results reach the sinks in
/// roll order, identical to a sequential run. Memory is bounded by the batches in flight, not by
/// the roll. Thread-safe: one instance may run several rolls, each run on its own.
/// </summary>
public sealed class PopulationRun
{
    private readonly IEligibilityEvaluator _evaluator;
    private readonly PopulationRunOptions _options;

    /// <summary>Creates a runner.</summary>
    /// <param name="evaluator">The evaluator (catalog and county).</param>
    /// <param name="options">Parallelism and batch size; defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    public PopulationRun(IEligibilityEvaluator evaluator, PopulationRunOptions? options = null)
    {
        Guard.Against.Null(evaluator);
        _evaluator = evaluator;
        var given = options ?? new PopulationRunOptions();
        _options = new PopulationRunOptions { MaxDegreeOfParallelism = given.MaxDegreeOfParallelism, BatchSize = given.BatchSize, ProgressInterval = given.ProgressInterval, ExplainDecisions = given.ExplainDecisions };
    }

    /// <summary>
    /// Runs the catalog over the households and hands each person's decisions to the sinks, in
    /// order. The whole run uses the catalog in service when it starts
    /// (<see cref="IEligibilityEvaluator.Snapshot"/>), even if the rules are reloaded meanwhile.
    /// </summary>
    /// <param name="households">The households, e.g. <see cref="RollReader.ReadAsync"/>.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="sinks">Where results go, each called in roll order from one thread at a time.</param>
    /// <param name="progress">Receives progress at most every <see cref="PopulationRunOptions.ProgressInterval"/>, and once at the end.</param>
    /// <param name="cancellationToken">Stops the run; the task is then cancelled.</param>
    /// <returns>The counts and wall time.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<PopulationRunResult> RunAsync(
        IAsyncEnumerable<RollHousehold> households,
        LocalDate date,
        IReadOnlyList<IPopulationSink> sinks,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(households);
        Guard.Against.Null(sinks);
        if (sinks.Any(s => s is null))
        {
            throw new ArgumentNullException(nameof(sinks), "A sink is null.");
        }

        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = Channel.CreateBounded<Task<Batch>>(new BoundedChannelOptions(_options.MaxDegreeOfParallelism * 2) { SingleReader = true, SingleWriter = true });
        // One catalog for the whole run, even if the rules are reloaded meanwhile: the summary adds up.
        var evaluator = _evaluator.Snapshot();
        var storage = new ConcurrentQueue<ProgramResult[]>();
        var producer = ProduceAsync(evaluator, households, date, storage, inFlight.Writer, stop.Token);
        long householdCount = 0, people = 0, decisions = 0;
        var lastReport = TimeSpan.Zero;
        try
        {
            await foreach (var batch in inFlight.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                var results = await batch.ConfigureAwait(false);
                householdCount += results.Households;
                foreach (var result in results.People)
                {
                    foreach (var sink in sinks)
                    {
                        await sink.AddAsync(result, stop.Token).ConfigureAwait(false);
                    }

                    people++;
                    decisions += results.ProgramsPerPerson;
                }

                results.Release(storage);

                if (progress is not null && clock.Elapsed - lastReport >= _options.ProgressInterval)
                {
                    lastReport = clock.Elapsed;
                    progress.Report(new RunProgress(householdCount, people, lastReport));
                }
            }

        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Observe(producer).ConfigureAwait(false);
            throw;
        }

        await producer.ConfigureAwait(false);
        foreach (var sink in sinks)
        {
            await sink.CompleteAsync(stop.Token).ConfigureAwait(false);
        }

        progress?.Report(new RunProgress(householdCount, people, clock.Elapsed));
        return new PopulationRunResult(date, householdCount, people, decisions, clock.Elapsed);
    }

    private async Task ProduceAsync(IEligibilityEvaluator evaluator, IAsyncEnumerable<RollHousehold> households, LocalDate date, ConcurrentQueue<ProgramResult[]> storage, ChannelWriter<Task<Batch>> writer, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            var batch = new List<RollHousehold>(_options.BatchSize);
            await foreach (var household in households.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                Guard.Against.Null(household, nameof(households));
                batch.Add(household);
                if (batch.Count == _options.BatchSize)
                {
                    await writer.WriteAsync(Start(evaluator, batch, date, storage, cancellationToken), cancellationToken).ConfigureAwait(false);
                    batch = new List<RollHousehold>(_options.BatchSize);
                }
            }

            if (batch.Count > 0)
            {
                await writer.WriteAsync(Start(evaluator, batch, date, storage, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // The consumer drains what was started, then awaits this task, which rethrows a failure of the reader.
            writer.TryComplete();
        }
    }

    private Task<Batch> Start(IEligibilityEvaluator evaluator, List<RollHousehold> batch, LocalDate date, ConcurrentQueue<ProgramResult[]> storage, CancellationToken cancellationToken) =>
        _options.MaxDegreeOfParallelism == 1
            ? Task.FromResult(Evaluate(evaluator, batch, date, storage, _options.ExplainDecisions))
            : Task.Run(() => Evaluate(evaluator, batch, date, storage, _options.ExplainDecisions), cancellationToken);

    /// <summary>Decides a batch on the batch path, into one pooled block of results.</summary>
    private static Batch Evaluate(IEligibilityEvaluator evaluator, List<RollHousehold> batch, LocalDate date, ConcurrentQueue<ProgramResult[]> storage, bool explain)
    {
        var programs = evaluator.Catalog.PersonProgramIds.Count;
        var people = new PersonResult[batch.Sum(h => h.Members.Count)];
        var needed = Math.Max(1, people.Length * programs);
        var block = new ResultBlock(storage.TryDequeue(out var free) && free.Length >= needed ? free : new ProgramResult[needed + (needed / 4)]);
        var i = 0;
        foreach (var household in batch)
        {
            foreach (var member in household.Members)
            {
                var slots = block.Results.AsSpan(i * programs, programs);
                var decisions = explain ? evaluator.EvaluateAll(member.Person, household.Household, date) : null;
                var written = decisions is null ? evaluator.DecideAll(member.Person, household.Household, date, slots) : Convert(decisions, slots);
                people[i] = new PersonResult(household.HouseholdNo, household.Household, member, block, i * programs, written, evaluator, date, decisions);
                i++;
            }
        }

        return new Batch(batch.Count, people, programs, block);
    }

    /// <summary>The results of decisions already made, into their slots.</summary>
    private static int Convert(IReadOnlyList<ProgramDecision> decisions, Span<ProgramResult> slots)
    {
        if (decisions.Count > slots.Length)
        {
            throw new InvalidOperationException($"The evaluator made {decisions.Count} decisions for a catalog of {slots.Length} person programs.");
        }

        for (var i = 0; i < decisions.Count; i++)
        {
            slots[i] = ProgramResult.Of(decisions[i]);
        }

        return decisions.Count;
    }

    private static async Task Observe(Task producer)
    {
        try
        {
            await producer.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The run is already failing: the first failure is the one reported, the producer's is only observed.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private sealed record Batch(int Households, PersonResult[] People, int ProgramsPerPerson, ResultBlock Block)
    {
        /// <summary>The sinks have taken every person: the results' storage goes back to the run's free list (a run has at most a few batches in flight, so it holds a few arrays).</summary>
        public void Release(ConcurrentQueue<ProgramResult[]> storage)
        {
            Block.Released = true;
            Array.Clear(Block.Results);
            storage.Enqueue(Block.Results);
        }
    }
}
