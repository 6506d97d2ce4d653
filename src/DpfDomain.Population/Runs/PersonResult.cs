using System;
using System.Collections.Generic;
using System.Linq;
using DpfDomain.People;
using DpfDomain.Population.Roll;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Evaluation;
using NodaTime;

namespace DpfDomain.Population.Runs;

/// <summary>
/// One person of the roll and what every person program decided for them: <see cref="Results"/>
/// from the batch path (outcome, amounts, failed rules as a bit mask), and on demand the full
/// <see cref="Decisions"/> with reasons.
/// </summary>
public sealed class PersonResult
{
    private readonly ResultBlock _block;
    private readonly int _offset;
    private readonly int _count;
    private readonly IEligibilityEvaluator? _evaluator;
    private readonly LocalDate _date;
    private IReadOnlyList<ProgramDecision>? _decisions;

    internal PersonResult(string householdNo, Household household, RollMember member, ResultBlock block, int offset, int count, IEligibilityEvaluator? evaluator, LocalDate date, IReadOnlyList<ProgramDecision>? decisions = null)
    {
        _decisions = decisions;
        HouseholdNo = householdNo;
        Household = household;
        Member = member;
        _block = block;
        _offset = offset;
        _count = count;
        _evaluator = evaluator;
        _date = date;
    }

    /// <summary>A person whose decisions are already made (e.g. by a host's own evaluation).</summary>
    internal PersonResult(string householdNo, Household household, RollMember member, IReadOnlyList<ProgramDecision> decisions)
        : this(householdNo, household, member, new ResultBlock([.. decisions.Select(ProgramResult.Of)]), 0, decisions.Count, null, default, decisions)
    {
    }

    /// <summary>The household number (户号).</summary>
    public string HouseholdNo { get; }

    /// <summary>The household the person was evaluated in.</summary>
    public Household Household { get; }

    /// <summary>The person and their roll row.</summary>
    public RollMember Member { get; }

    /// <summary>
    /// One result per person program of the catalog, in program order: outcome, amounts per
    /// period, in-kind items and failed rules (<see cref="ProgramResult.FailedRuleNames"/>).
    /// The run keeps them in storage it reuses, so they can be read while the sink's
    /// <see cref="IPopulationSink.AddAsync"/> runs, not after; a span cannot be kept in a field or
    /// across an <c>await</c>, and a sink that keeps them copies them (<c>Results.ToArray()</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">Read after the sinks have taken this person.</exception>
    public ReadOnlySpan<ProgramResult> Results => _block.Released
        ? throw new InvalidOperationException("A person's results are read while the sinks take them (in AddAsync); copy them to keep them.")
        : new ReadOnlySpan<ProgramResult>(_block.Results, _offset, _count);

    /// <summary>
    /// The full decision of one program, with failed rules and their reasons: from
    /// <see cref="Decisions"/> when they are already made, else made now for this program alone
    /// by the explaining path (same catalog, person and date).
    /// </summary>
    /// <param name="index">The program's index in <see cref="Results"/> (program order).</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not the index of a result.</exception>
    public ProgramDecision Explain(int index)
    {
        if (index < 0 || index >= _count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"From 0 to {_count - 1}.");
        }

        return _decisions is { } made ? made[index] : _evaluator!.Evaluate(Member.Person, Household, _date, _block.Results[_offset + index].ProgramId!);
    }

    /// <summary>
    /// The full decision of every person program, in program order, with failed rules and their
    /// reasons: made on first use by the explaining path from the same catalog, person and date
    /// (deciding the same as <see cref="Results"/>), then kept. Costs an evaluation: sinks that
    /// need only outcomes and amounts read <see cref="Results"/>.
    /// </summary>
    public IReadOnlyList<ProgramDecision> Decisions => _decisions ??= _evaluator!.EvaluateAll(Member.Person, Household, _date);

    /// <summary>The row and person, masked.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Member}: {_count} decision(s)";
}

/// <summary>The results of one batch, in pooled storage given back once the sinks have taken the batch.</summary>
internal sealed class ResultBlock(ProgramResult[] results)
{
    public ProgramResult[] Results { get; } = results;

    public bool Released { get; set; }
}
