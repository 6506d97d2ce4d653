using System;
using DpfDomain.Identity;

namespace DpfDomain.People;

/// <summary>A household registration (户籍): the county-level division it is in and whether it is rural or urban. Immutable.</summary>
public sealed class HouseholdRegistration : IEquatable<HouseholdRegistration>
{
    /// <summary>Creates a registration.</summary>
    /// <param name="county">The county-level division.</param>
    /// <param name="type">Rural or urban.</param>
    /// <exception cref="ArgumentException"><paramref name="county"/> is uninitialised or not county-level.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    public HouseholdRegistration(DivisionCode county, HukouType type)
    {
        if (!county.IsInitialised || !county.IsCountyLevel)
        {
            throw new ArgumentException("A household registration is in a county-level division (six digits whose last two are not 00).", nameof(county));
        }

        if (type is not (HukouType.Rural or HukouType.Urban))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "The registration type is Rural or Urban.");
        }

        County = county;
        Type = type;
    }

    /// <summary>The county-level division of the registration.</summary>
    public DivisionCode County { get; }

    /// <summary>Rural or urban.</summary>
    public HukouType Type { get; }

    /// <summary>Whether the registration is rural (农村).</summary>
    public bool IsRural => Type == HukouType.Rural;

    /// <inheritdoc />
    public bool Equals(HouseholdRegistration? other) => other is not null && other.County == County && other.Type == Type;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HouseholdRegistration);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(County, Type);

    /// <inheritdoc />
    public override string ToString() => $"{County} ({Type})";
}
