using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Population.Roll;
using DpfDomain.Population.Runs;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;
using NodaTime;

namespace DpfDomain.Population.Outputs;

/// <summary>Totals a run into a <see cref="PopulationSummary"/>. A sink of a <see cref="PopulationRun"/>; memory is a few counters per program.</summary>
public sealed class PopulationSummaryBuilder : IPopulationSink
{
    private readonly LocalDate _date;
    private readonly RollReadReport? _roll;
    private readonly SortedDictionary<string, Totals> _programs = new(StringComparer.Ordinal);
    private readonly int[,] _holders = new int[8, 5];
    private readonly Dictionary<CertificateStatus, int> _notValid = [];
    private long _householdCount;
    private long _people;
    private int _withoutCertificate;
    private string? _lastHousehold;

    /// <summary>Creates the builder.</summary>
    /// <param name="date">The run's date (its year picks the quota).</param>
    /// <param name="roll">The roll reader's report, to include rows read and rejected; null when the run did not read a roll.</param>
    public PopulationSummaryBuilder(LocalDate date, RollReadReport? roll = null)
    {
        _date = date;
        _roll = roll;
    }

    /// <inheritdoc />
    public ValueTask AddAsync(PersonResult result, CancellationToken cancellationToken)
    {
        Guard.Against.Null(result);
        _people++;
        if (!string.Equals(result.HouseholdNo, _lastHousehold, StringComparison.Ordinal))
        {
            _householdCount++;
            _lastHousehold = result.HouseholdNo;
        }

        var certificate = result.Member.Person.Certificate;
        if (certificate is null)
        {
            _withoutCertificate++;
        }
        else
        {
            var snapshot = certificate.SnapshotOn(_date);
            if (snapshot.Status == CertificateStatus.Valid)
            {
                _holders[(int)snapshot.Profile.Category, snapshot.Profile.Grade.Level]++;
            }
            else
            {
                _notValid[snapshot.Status] = _notValid.GetValueOrDefault(snapshot.Status) + 1;
            }
        }

        foreach (var decision in result.Results)
        {
            var id = decision.ProgramId!;
            if (!_programs.TryGetValue(id, out var totals))
            {
                totals = new Totals();
                _programs[id] = totals;
            }

            totals.Add(decision, _date.Year);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>The summary of what has been added so far.</summary>
    /// <returns>The summary.</returns>
    public PopulationSummary Build()
    {
        var programs = _programs.Select(p => p.Value.ToTotals(p.Key)).ToList();
        var holders = new List<CertificateCount>();
        foreach (var category in DisabilityCategoryInfo.All)
        {
            for (var grade = 1; grade <= 4; grade++)
            {
                if (_holders[(int)category, grade] > 0)
                {
                    holders.Add(new CertificateCount(category, grade, _holders[(int)category, grade]));
                }
            }
        }

        return new PopulationSummary(_date, _householdCount, _people, programs, holders, new SortedDictionary<CertificateStatus, int>(_notValid), _withoutCertificate, _roll);
    }

    private sealed class Totals
    {
        private readonly SortedSet<string> _versions = new(StringComparer.Ordinal);
        private LocalizedText? _name;
        private int? _quota;
        private int _eligible;
        private int _notEligible;
        private int _notInForce;
        private int _errors;
        private int _inKind;
        private PeriodTotals _amounts;

        private ProgramVersion? _lastVersion;

        internal void Add(in ProgramResult decision, int year)
        {
            if (decision.Version is { } version && !ReferenceEquals(version, _lastVersion))
            {
                _lastVersion = version;
                _name ??= version.Name;
                _quota ??= version.QuotaFor(year);
                _versions.Add(version.Version);
            }

            switch (decision.Outcome)
            {
                case DecisionOutcome.Eligible:
                    _eligible++;
                    _amounts += decision.Totals;
                    _inKind += decision.InKindItems;

                    break;
                case DecisionOutcome.NotEligible:
                    _notEligible++;
                    break;
                case DecisionOutcome.NotInForce:
                    _notInForce++;
                    break;
                default:
                    _errors++;
                    break;
            }
        }

        internal ProgramTotals ToTotals(string id) =>
            new(id, _name, _eligible + _notEligible + _notInForce + _errors, _eligible, _notEligible, _notInForce, _errors, _amounts, _inKind, _quota, [.. _versions]);
    }
}
