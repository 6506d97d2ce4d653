using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;

namespace DpfDomain.Employers;

/// <summary>
/// The facts about an employer (用人单位) that the employment security fund levy
/// (残疾人就业保障金) is computed from, for one levy year. The levy itself, with its ratios, caps,
/// tiers and exemptions, is policy and lives in a rule set. Immutable.
/// </summary>
public sealed class Employer
{
    private readonly ImmutableArray<DisabledEmployee> _disabledEmployees;

    /// <summary>Creates the facts.</summary>
    /// <param name="name">The organisation's name (not personal data).</param>
    /// <param name="kind">The kind of organisation.</param>
    /// <param name="priorYearAverageHeadcount">The prior year's average number of employees (上年用人单位在职职工人数), 0 or more; need not be whole.</param>
    /// <param name="priorYearAverageAnnualWage">The prior year's average annual wage of its employees (上年在职职工年平均工资), before any cap.</param>
    /// <param name="localSocialAverageWage">The local social average annual wage (当地社会平均工资) the cap is computed from.</param>
    /// <param name="disabledEmployees">The disabled employees.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="disabledEmployees"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative, or <paramref name="kind"/> is not defined.</exception>
    public Employer(
        string name,
        EmployerKind kind,
        decimal priorYearAverageHeadcount,
        Money priorYearAverageAnnualWage,
        Money localSocialAverageWage,
        IEnumerable<DisabledEmployee>? disabledEmployees = null)
    {
        Guard.Against.NullOrWhiteSpace(name);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined kind of employer.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(priorYearAverageHeadcount);
        ArgumentOutOfRangeException.ThrowIfNegative(priorYearAverageAnnualWage.Yuan, nameof(priorYearAverageAnnualWage));
        ArgumentOutOfRangeException.ThrowIfNegative(localSocialAverageWage.Yuan, nameof(localSocialAverageWage));
        _disabledEmployees = [.. disabledEmployees ?? []];
        if (_disabledEmployees.Any(e => e is null))
        {
            throw new ArgumentException("The collection contains a null element.", nameof(disabledEmployees));
        }

        Name = name;
        Kind = kind;
        PriorYearAverageHeadcount = priorYearAverageHeadcount;
        PriorYearAverageAnnualWage = priorYearAverageAnnualWage;
        LocalSocialAverageWage = localSocialAverageWage;
    }

    /// <summary>The organisation's name.</summary>
    public string Name { get; }

    /// <summary>The kind of organisation.</summary>
    public EmployerKind Kind { get; }

    /// <summary>Whether the employer is an enterprise (企业).</summary>
    public bool IsEnterprise => Kind == EmployerKind.Enterprise;

    /// <summary>The prior year's average headcount.</summary>
    public decimal PriorYearAverageHeadcount { get; }

    /// <summary>The prior year's average annual wage, before any cap.</summary>
    public Money PriorYearAverageAnnualWage { get; }

    /// <summary>The local social average annual wage.</summary>
    public Money LocalSocialAverageWage { get; }

    /// <summary>The disabled employees.</summary>
    public IReadOnlyList<DisabledEmployee> DisabledEmployees => _disabledEmployees;

    /// <summary>The disabled staff counted towards the quota: each counted employee once, grade 1–2 twice.</summary>
    public int CountedDisabledStaff => _disabledEmployees.Sum(e => e.CountedAs);

    /// <summary>The actual ratio of counted disabled staff to the average headcount (0.015 = 1.5 %); 0 when the headcount is 0.</summary>
    public decimal ActualRatio => PriorYearAverageHeadcount == 0 ? 0m : CountedDisabledStaff / PriorYearAverageHeadcount;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind}), headcount {PriorYearAverageHeadcount}, {CountedDisabledStaff} counted disabled staff";
}
