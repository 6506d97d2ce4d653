using System.Collections.Generic;
using Ardalis.GuardClauses;
using DpfDomain.People;

namespace DpfDomain.Population.Roll;

/// <summary>A household read from a roll: its number, the domain household and its accepted members with their rows, in roll order.</summary>
public sealed class RollHousehold
{
    /// <summary>Creates a roll household (for hosts that build households themselves rather than reading a roll).</summary>
    /// <param name="householdNo">The household number (户号).</param>
    /// <param name="household">The household.</param>
    /// <param name="members">Its members to evaluate, with their rows; each must be a member of <paramref name="household"/>.</param>
    /// <exception cref="System.ArgumentException">A member is not in the household, or the household number is blank.</exception>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public RollHousehold(string householdNo, Household household, IReadOnlyList<RollMember> members)
    {
        Guard.Against.NullOrWhiteSpace(householdNo);
        Guard.Against.Null(household);
        Guard.Against.Null(members);
        foreach (var member in members)
        {
            if (member is null || household.Find(member.Person.Id) is null)
            {
                throw new System.ArgumentException("Every member must be a member of the household.", nameof(members));
            }
        }

        HouseholdNo = householdNo;
        Household = household;
        Members = [.. members];
    }

    /// <summary>The household number (户号) as written in the roll.</summary>
    public string HouseholdNo { get; }

    /// <summary>The household, with the household statuses of the lists joined to it.</summary>
    public Household Household { get; }

    /// <summary>The accepted members, in roll order.</summary>
    public IReadOnlyList<RollMember> Members { get; }

    /// <summary>The household number and member count (no personal data).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Household {CellText.MaskedHouseholdNo(HouseholdNo)} with {Members.Count} member(s)";
}
