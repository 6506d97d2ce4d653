using System;
using Ardalis.GuardClauses;
using DpfDomain.People;

namespace DpfDomain.Testing;

/// <summary>A generated household: its household number (户号) on the roll and the domain household. Immutable.</summary>
public sealed class GeneratedHousehold
{
    /// <summary>Creates a generated household.</summary>
    /// <param name="householdNo">The household number, e.g. H0000001.</param>
    /// <param name="household">The household.</param>
    /// <exception cref="ArgumentException"><paramref name="householdNo"/> is blank or longer than 64 characters.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is null.</exception>
    public GeneratedHousehold(string householdNo, Household household)
    {
        Guard.Against.NullOrWhiteSpace(householdNo);
        Guard.Against.Null(household);
        if (householdNo.Length > 64)
        {
            throw new ArgumentException("A household number has at most 64 characters.", nameof(householdNo));
        }

        HouseholdNo = householdNo;
        Household = household;
    }

    /// <summary>The household number (户号).</summary>
    public string HouseholdNo { get; }

    /// <summary>The household with its members, parent links and poverty statuses.</summary>
    public Household Household { get; }

    /// <summary>The household number and member count (no personal data).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Household {HouseholdNo} with {Household.Members.Count} member(s)";
}
