using System;
using Ardalis.GuardClauses;
using DpfDomain.People;

namespace DpfDomain.Population.Roll;

/// <summary>A person read from a roll, with the row they came from.</summary>
public sealed class RollMember
{
    /// <summary>Creates a member (for hosts that build households themselves).</summary>
    /// <param name="row">The 1-based row, or 0 when the person did not come from a file.</param>
    /// <param name="person">The person.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="row"/> is negative.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="person"/> is null.</exception>
    public RollMember(int row, Person person)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        Guard.Against.Null(person);
        Row = row;
        Person = person;
    }

    /// <summary>The 1-based row of the roll file (the header is row 1).</summary>
    public int Row { get; }

    /// <summary>The person, with the statuses of the lists joined to them.</summary>
    public Person Person { get; }

    /// <summary>The row and the person, masked.</summary>
    /// <returns>E.g. <c>row 12: Person 340123********123X 张**</c>.</returns>
    public override string ToString() => $"row {Row}: {Person}";
}
