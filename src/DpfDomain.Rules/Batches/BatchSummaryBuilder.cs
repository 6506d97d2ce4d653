using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ardalis.GuardClauses;
using DpfDomain.Rules.Decisions;

namespace DpfDomain.Rules.Batches;

/// <summary>
/// Adds up decisions as a batch streams through, per program and, for amounts, per period (a
/// monthly and a yearly amount are never added together); thread-safe, so parallel workers can
/// share one. Mutable: <see cref="Add"/> changes it; <see cref="Build"/> takes a snapshot.
/// </summary>
public sealed class BatchSummaryBuilder
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Totals> _programs = new(StringComparer.Ordinal);
    private readonly int _year;

    /// <summary>Creates a builder for a year's batch.</summary>
    /// <param name="year">The year whose quotas the completion rates are measured against.</param>
    public BatchSummaryBuilder(int year) => _year = year;

    /// <summary>Adds one decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public void Add(ProgramDecision decision)
    {
        Guard.Against.Null(decision);
        lock (_gate)
        {
            if (!_programs.TryGetValue(decision.ProgramId, out var totals))
            {
                totals = new Totals();
                _programs[decision.ProgramId] = totals;
            }

            totals.Quota ??= decision.Version?.QuotaFor(_year);
            switch (decision.Outcome)
            {
                case DecisionOutcome.Eligible:
                    totals.Eligible++;
                    totals.Amounts += decision.Totals;
                    break;
                case DecisionOutcome.NotEligible:
                    totals.NotEligible++;
                    break;
                case DecisionOutcome.NotInForce:
                    totals.NotInForce++;
                    break;
                default:
                    totals.Errors++;
                    break;
            }
        }
    }

    /// <summary>Adds decisions.</summary>
    /// <param name="decisions">The decisions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="decisions"/> is null.</exception>
    public void AddRange(IEnumerable<ProgramDecision> decisions)
    {
        Guard.Against.Null(decisions);
        foreach (var decision in decisions)
        {
            Add(decision);
        }
    }

    /// <summary>The totals so far, one summary per program in ordinal id order.</summary>
    /// <returns>The summaries.</returns>
    public IReadOnlyList<ProgramSummary> Build()
    {
        lock (_gate)
        {
            return [.. _programs.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new ProgramSummary(p.Key, p.Value.Eligible, p.Value.NotEligible, p.Value.NotInForce, p.Value.Errors, p.Value.Amounts, p.Value.Quota))];
        }
    }

    /// <summary>Summarises a finished set of decisions.</summary>
    /// <param name="decisions">The decisions.</param>
    /// <param name="year">The year whose quotas apply.</param>
    /// <returns>One summary per program.</returns>
    public static IReadOnlyList<ProgramSummary> Summarize(IEnumerable<ProgramDecision> decisions, int year)
    {
        var builder = new BatchSummaryBuilder(year);
        builder.AddRange(decisions);
        return builder.Build();
    }

    private sealed class Totals
    {
        public int Eligible { get; set; }

        public int NotEligible { get; set; }

        public int NotInForce { get; set; }

        public int Errors { get; set; }

        public PeriodTotals Amounts { get; set; }

        public int? Quota { get; set; }
    }
}
