using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using DpfDomain.Population.Roll;
using DpfDomain.Population.Runs;
using DpfDomain.Rules.Decisions;

namespace DpfDomain.Population.Outputs;

/// <summary>
/// The monthly change list (e.g. the 两项补贴 adjustment): compared with the previous run's eligible
/// decisions, who became eligible (新增), who stopped (停发, with the rule that now fails) and whose
/// amount changed (金额变化: any period's total differs), per program. A sink of a <see cref="PopulationRun"/>; memory holds the
/// previous eligible decisions, and the changes themselves unless they are handed to a callback as
/// they are found (for rolls too large to keep every change).
/// </summary>
public sealed class ChangeListBuilder : IPopulationSink
{
    private readonly PreviousDecisions _previous;
    private readonly PersonKeys _keys;
    private readonly HashSet<string>? _programs;
    private readonly bool _fullIds;
    private readonly HashSet<(string, string)> _seen = [];
    private readonly List<DecisionChange> _changes = [];
    private readonly SortedDictionary<(string ProgramId, ChangeKind Kind), int> _counts = [];
    private readonly Action<DecisionChange>? _onChange;
    private bool _completed;

    /// <summary>Creates the builder.</summary>
    /// <param name="previous">The previous run's decisions (<see cref="PreviousDecisions.None"/> for a first run).</param>
    /// <param name="keys">The pseudonym key the previous run used.</param>
    /// <param name="programs">The programs to list (e.g. P7 and P8), or null for all.</param>
    /// <param name="includeFullIdNumbers">Whether to list identity numbers unmasked.</param>
    /// <param name="onChange">Receives each change as it is found, in roll order (then those who left the roll); the changes are then not kept in <see cref="Changes"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="previous"/> or <paramref name="keys"/> is null.</exception>
    /// <exception cref="ArgumentException">The previous decisions were written with another pseudonym key: nobody would match, and everyone would be listed as both new and stopped.</exception>
    public ChangeListBuilder(PreviousDecisions previous, PersonKeys keys, IEnumerable<string>? programs = null, bool includeFullIdNumbers = false, Action<DecisionChange>? onChange = null)
    {
        Guard.Against.Null(previous);
        Guard.Against.Null(keys);
        if (previous.KeyFingerprint is { } fingerprint && fingerprint != keys.Fingerprint)
        {
            throw new ArgumentException(
                $"The previous decisions were written with another pseudonym key (fingerprint {fingerprint}, this key's is {keys.Fingerprint}); use the key of that run. / 上次的结果是用另一个人员标识密钥写出的（指纹 {fingerprint}，当前密钥为 {keys.Fingerprint}）；请使用那次运行的密钥。",
                nameof(keys));
        }

        _onChange = onChange;
        Guard.Against.Null(previous);
        Guard.Against.Null(keys);
        _previous = previous;
        _keys = keys;
        _programs = programs?.ToHashSet(StringComparer.Ordinal);
        _fullIds = includeFullIdNumbers;
    }

    /// <summary>The changes, in roll order, then those who left the roll; complete after the run. Empty when they go to a callback.</summary>
    public IReadOnlyList<DecisionChange> Changes => _changes;

    /// <summary>How many changes of each kind each program has.</summary>
    public IReadOnlyDictionary<(string ProgramId, ChangeKind Kind), int> Counts => _counts;

    /// <inheritdoc />
    public ValueTask AddAsync(PersonResult result, CancellationToken cancellationToken)
    {
        Guard.Against.Null(result);
        var person = result.Member.Person;
        string? key = null;
        var results = result.Results;
        for (var i = 0; i < results.Length; i++)
        {
            var decision = results[i];
            var programId = decision.ProgramId!;
            if (_programs is not null && !_programs.Contains(programId))
            {
                continue;
            }

            var before = _previous.Eligible.Count == 0 ? null : _previous.Find(key ??= _keys.Of(person.Id), programId);
            if (before is not null)
            {
                _seen.Add((before.PersonKey, programId));
            }

            PeriodTotals? now = decision.IsEligible ? decision.Totals : null;
            var (kind, rule, reason, reasonZh) = (before, now) switch
            {
                (null, not null) => (ChangeKind.Added, null, null, null),
                (not null, null) => Stop(result.Explain(i)),
                (not null, { } paid) when !before.Amounts.PaysSameAs(paid) => (ChangeKind.AmountChanged, null, null, null),
                _ => ((ChangeKind?)null, (string?)null, (string?)null, (string?)null),
            };
            if (kind is { } changed)
            {
                key ??= _keys.Of(person.Id);
                Record(new DecisionChange(changed, programId, key, _fullIds ? person.Id.ToUnmaskedString() : person.Id.Masked, person.Name.Masked, _fullIds ? result.HouseholdNo : CellText.MaskedHouseholdNo(result.HouseholdNo), result.Member.Row, before?.Amounts ?? PeriodTotals.Empty, now ?? PeriodTotals.Empty, rule, reason, reasonZh));
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (_completed)
        {
            return ValueTask.CompletedTask;
        }

        _completed = true;
        foreach (var gone in _previous.Eligible.Where(p => (_programs is null || _programs.Contains(p.ProgramId)) && !_seen.Contains((p.PersonKey, p.ProgramId))).OrderBy(p => p.ProgramId, StringComparer.Ordinal).ThenBy(p => p.HouseholdNo, StringComparer.Ordinal))
        {
            Record(new DecisionChange(ChangeKind.Stopped, gone.ProgramId, gone.PersonKey, gone.IdNumber, gone.Name, gone.HouseholdNo, null, gone.Amounts, PeriodTotals.Empty, null, "No longer on the roll, or the roll row was rejected.", "已不在花名册上，或其花名册行被拒绝。"));
        }

        return ValueTask.CompletedTask;
    }

    private void Record(DecisionChange change)
    {
        _counts[(change.ProgramId, change.Kind)] = _counts.GetValueOrDefault((change.ProgramId, change.Kind)) + 1;
        if (_onChange is null)
        {
            _changes.Add(change);
        }
        else
        {
            _onChange(change);
        }
    }

    private static (ChangeKind?, string?, string?, string?) Stop(ProgramDecision decision) => decision.Outcome switch
    {
        DecisionOutcome.NotEligible when decision.FailedRules.Count > 0 => (ChangeKind.Stopped, decision.FailedRules[0].RuleName, decision.FailedRules[0].Reason, decision.FailedRules[0].ReasonZh),
        DecisionOutcome.NotInForce => (ChangeKind.Stopped, null, "The program is not in force on the run date.", "该项目在评估日未施行。"),
        _ => (ChangeKind.Stopped, null, decision.ErrorMessage ?? "The decision could not be made.", decision.ErrorMessageZh ?? "无法作出决定。"),
    };
}
