using System;
using DpfDomain.Identity;

namespace DpfDomain.People;

/// <summary>That one household member is a parent of another. Immutable.</summary>
public sealed class ParentChildLink : IEquatable<ParentChildLink>
{
    /// <summary>Creates a link.</summary>
    /// <param name="parent">The parent's identity number.</param>
    /// <param name="child">The child's identity number.</param>
    /// <exception cref="ArgumentException">A number is uninitialised, or both are the same person.</exception>
    public ParentChildLink(ResidentIdNumber parent, ResidentIdNumber child)
    {
        if (!parent.IsInitialised || !child.IsInitialised)
        {
            throw new ArgumentException("Both identity numbers must be initialised.", parent.IsInitialised ? nameof(child) : nameof(parent));
        }

        if (parent == child)
        {
            throw new ArgumentException("A person cannot be their own parent.", nameof(child));
        }

        Parent = parent;
        Child = child;
    }

    /// <summary>The parent.</summary>
    public ResidentIdNumber Parent { get; }

    /// <summary>The child.</summary>
    public ResidentIdNumber Child { get; }

    /// <inheritdoc />
    public bool Equals(ParentChildLink? other) => other is not null && other.Parent == Parent && other.Child == Child;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParentChildLink);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Parent, Child);

    /// <summary>The masked numbers.</summary>
    /// <returns>E.g. <c>340123********123X is a parent of 340123********0021</c>.</returns>
    public override string ToString() => $"{Parent} is a parent of {Child}";
}
