using System.Collections.Generic;
using DpfDomain.People;
using DpfDomain.Population.Roll;
using DpfDomain.Rules.Decisions;

namespace DpfDomain.Population.Runs;

/// <summary>The decisions of every person program for one person of the roll.</summary>
public sealed class PersonResult
{
    internal PersonResult(string householdNo, Household household, RollMember member, IReadOnlyList<ProgramDecision> decisions)
    {
        HouseholdNo = householdNo;
        Household = household;
        Member = member;
        Decisions = decisions;
    }

    /// <summary>The household number (户号).</summary>
    public string HouseholdNo { get; }

    /// <summary>The household the person was evaluated in.</summary>
    public Household Household { get; }

    /// <summary>The person and their roll row.</summary>
    public RollMember Member { get; }

    /// <summary>One decision per person program of the catalog, in program order.</summary>
    public IReadOnlyList<ProgramDecision> Decisions { get; }

    /// <summary>The row and person, masked.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Member}: {Decisions.Count} decision(s)";
}
