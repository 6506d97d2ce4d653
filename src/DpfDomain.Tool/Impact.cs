using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DpfDomain.Identity;
using DpfDomain.Population.Outputs;
using DpfDomain.Population.Runs;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;

namespace DpfDomain.Tool;

/// <summary>A person's decision in one program under one catalog, as the impact keeps it; a null outcome means the catalog has no such program.</summary>
internal sealed record ImpactOutcome(DecisionOutcome? Outcome, PeriodTotals Amounts, string? Reason, string? ReasonZh)
{
    public static ImpactOutcome NoProgram { get; } = new(null, PeriodTotals.Empty, null, null);

    public bool IsEligible => Outcome == DecisionOutcome.Eligible;

    public static ImpactOutcome Of(ProgramDecision decision) => decision.Outcome switch
    {
        DecisionOutcome.Eligible => new(decision.Outcome, decision.Totals, null, null),
        DecisionOutcome.NotEligible when decision.FailedRules.Count > 0 => new(decision.Outcome, PeriodTotals.Empty, $"{decision.FailedRules[0].RuleName}: {decision.FailedRules[0].Reason}", $"{decision.FailedRules[0].RuleName}：{decision.FailedRules[0].ReasonZh}"),
        DecisionOutcome.Error => new(decision.Outcome, PeriodTotals.Empty, decision.ErrorMessage, decision.ErrorMessageZh),
        _ => new(decision.Outcome, PeriodTotals.Empty, null, null),
    };
}

/// <summary>One person whose decision in a program differs between the two catalogs (identity number and name masked).</summary>
internal sealed record ImpactChange(string ProgramId, ChangeKind Kind, int Row, string IdNumber, string Name, ImpactOutcome Old, ImpactOutcome New)
{
    /// <summary>Why: for a loss, why the person is not eligible now; for a gain, why they were not before.</summary>
    public (string? English, string? Chinese) Reason => Kind switch
    {
        ChangeKind.Stopped => (New.Reason, New.ReasonZh),
        ChangeKind.Added => (Old.Reason, Old.ReasonZh),
        _ => (null, null),
    };
}

/// <summary>The counts of one program: people who gain, lose, change amount, stay the same; and the totals per period under each catalog.</summary>
internal sealed class ProgramImpact(string id)
{
    public string Id { get; } = id;

    public LocalizedText? Name { get; set; }

    public int Gained { get; set; }

    public int Lost { get; set; }

    public int AmountChanged { get; set; }

    /// <summary>Eligible under both catalogs with the same amounts.</summary>
    public int Same { get; set; }

    /// <summary>Eligible under neither catalog.</summary>
    public int Neither { get; set; }

    public int ErrorsBefore { get; set; }

    public int ErrorsAfter { get; set; }

    public PeriodTotals Before { get; set; }

    public PeriodTotals After { get; set; }

    /// <summary>The people eligible under the old catalog.</summary>
    public int EligibleBefore => Same + AmountChanged + Lost;

    /// <summary>The people eligible under the new catalog.</summary>
    public int EligibleAfter => Same + AmountChanged + Gained;

    public bool Changes => Gained + Lost + AmountChanged > 0 || Before != After || ErrorsBefore != ErrorsAfter;

    /// <summary>The periods either catalog pays in this program, in the order per month, per year, once, in kind.</summary>
    public IEnumerable<BenefitPeriod> Periods => PeriodTotals.Periods.Where(p => Before.Has(p) || After.Has(p));

    public Money Difference(BenefitPeriod period) => After.Of(period) - Before.Of(period);
}

/// <summary>
/// The first run's sink: keeps each person's decisions under the old catalog, by roll row, for
/// <see cref="ImpactComparer"/> to compare with the second run's.
/// </summary>
internal sealed class OldDecisions(IReadOnlyList<string> programs) : IPopulationSink
{
    private readonly Dictionary<int, (ResidentIdNumber Id, ImpactOutcome[] Outcomes)> _byRow = [];

    public IReadOnlyList<string> Programs { get; } = programs;

    public bool TryGet(int row, out (ResidentIdNumber Id, ImpactOutcome[] Outcomes) old) => _byRow.TryGetValue(row, out old);

    public ValueTask AddAsync(PersonResult result, CancellationToken cancellationToken)
    {
        _byRow[result.Member.Row] = (result.Member.Person.Id, [.. result.Decisions.Select(ImpactOutcome.Of)]);
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

/// <summary>
/// The second run's sink: compares each person's decisions under the new catalog with those kept
/// from the first run, program by program (programs of either catalog), and counts and lists the
/// differences. Amounts are compared period by period (<see cref="PeriodTotals.PaysSameAs"/>).
/// </summary>
internal sealed class ImpactComparer : IPopulationSink
{
    private readonly OldDecisions _old;
    private readonly IReadOnlyList<string> _newPrograms;
    private readonly int _keep;

    public ImpactComparer(OldDecisions old, IReadOnlyList<string> newPrograms, int keep)
    {
        _old = old;
        _newPrograms = newPrograms;
        _keep = keep;
        Programs = [.. old.Programs.Union(newPrograms, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id => new ProgramImpact(id))];
    }

    public IReadOnlyList<ProgramImpact> Programs { get; }

    /// <summary>The changes in roll order, then program order; at most the number asked to keep.</summary>
    public List<ImpactChange> Changes { get; } = [];

    public long ChangeCount { get; private set; }

    public ValueTask AddAsync(PersonResult result, CancellationToken cancellationToken)
    {
        var person = result.Member.Person;
        if (!_old.TryGet(result.Member.Row, out var old) || old.Id != person.Id)
        {
            throw new RollChangedException(result.Member.Row);
        }

        foreach (var program in Programs)
        {
            var before = Find(_old.Programs, old.Outcomes, program.Id);
            var after = Find(_newPrograms, result.Decisions, program.Id) is { } decision ? ImpactOutcome.Of(decision) : ImpactOutcome.NoProgram;
            ChangeKind? kind = (before.IsEligible, after.IsEligible) switch
            {
                (false, true) => ChangeKind.Added,
                (true, false) => ChangeKind.Stopped,
                (true, true) when !before.Amounts.PaysSameAs(after.Amounts) => ChangeKind.AmountChanged,
                _ => null,
            };
            switch (kind)
            {
                case ChangeKind.Added: program.Gained++; break;
                case ChangeKind.Stopped: program.Lost++; break;
                case ChangeKind.AmountChanged: program.AmountChanged++; break;
                default:
                    if (before.IsEligible)
                    {
                        program.Same++;
                    }
                    else
                    {
                        program.Neither++;
                    }

                    break;
            }

            if (kind is { } changed)
            {
                ChangeCount++;
                if (Changes.Count < _keep)
                {
                    Changes.Add(new ImpactChange(program.Id, changed, result.Member.Row, person.Id.Masked, person.Name.Masked, before, after));
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    private static ImpactOutcome Find(IReadOnlyList<string> programs, ImpactOutcome[] outcomes, string id)
    {
        for (var i = 0; i < programs.Count; i++)
        {
            if (programs[i] == id)
            {
                return outcomes[i];
            }
        }

        return ImpactOutcome.NoProgram;
    }

    private static ProgramDecision? Find(IReadOnlyList<string> programs, IReadOnlyList<ProgramDecision> decisions, string id)
    {
        for (var i = 0; i < programs.Count; i++)
        {
            if (programs[i] == id)
            {
                return decisions[i];
            }
        }

        return null;
    }
}

/// <summary>The roll read for the second catalog differs from the one read for the first (the file changed meanwhile).</summary>
internal sealed class RollChangedException(int row) : Exception($"Row {row} of the roll differs between the two reads.")
{
    public int Row { get; } = row;
}
