using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;

namespace DpfDomain.Disabilities;

/// <summary>
/// What a person's disability is: either one <see cref="Disability"/>, or a multiple disability
/// (多重残疾) of two or more components of different categories 1–6. A multiple disability is
/// coded 7 and graded by its most severe (smallest-numbered) component.
/// </summary>
/// <remarks>Immutable and thread-safe. Two profiles are equal when they have the same components, in any order.</remarks>
public sealed class DisabilityProfile : IEquatable<DisabilityProfile>
{
    private readonly ImmutableArray<Disability> _components;

    private DisabilityProfile(ImmutableArray<Disability> components)
    {
        _components = components;
        Grade = components.Select(c => c.Grade).Min();
        Category = components.Length == 1 ? components[0].Category : DisabilityCategory.Multiple;
    }

    /// <summary>The category: the single disability's, or <see cref="DisabilityCategory.Multiple"/>.</summary>
    public DisabilityCategory Category { get; }

    /// <summary>The grade: the single disability's, or the most severe component's.</summary>
    public DisabilityGrade Grade { get; }

    /// <summary>Whether this is a multiple disability (多重残疾).</summary>
    public bool IsMultiple => _components.Length > 1;

    /// <summary>Whether the grade is severe (重度): 一级 or 二级.</summary>
    public bool IsSevere => Grade.IsSevere;

    /// <summary>The components, ordered by category code; one element for a single disability.</summary>
    public IReadOnlyList<Disability> Components => _components;

    /// <summary>The certificate cover colour: red when a visual disability is included, else green.</summary>
    public CoverColour CoverColour => Includes(DisabilityCategory.Visual) ? CoverColour.Red : CoverColour.Green;

    /// <summary>Creates a single-category profile.</summary>
    /// <param name="disability">The disability.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException"><paramref name="disability"/> is the uninitialised default.</exception>
    public static DisabilityProfile Of(Disability disability)
    {
        if (!disability.IsInitialised)
        {
            throw new ArgumentException("The disability is the uninitialised default value.", nameof(disability));
        }

        return new DisabilityProfile([disability]);
    }

    /// <summary>Creates a single-category profile.</summary>
    /// <param name="category">A category 1–6.</param>
    /// <param name="grade">Its grade, 1–4.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The category is not 1–6 or the grade not 1–4.</exception>
    public static DisabilityProfile Of(DisabilityCategory category, int grade) =>
        Of(new Disability(category, new DisabilityGrade(grade)));

    /// <summary>Creates a multiple disability (多重残疾) from its components.</summary>
    /// <param name="components">Two or more disabilities of different categories 1–6.</param>
    /// <returns>The profile, graded by its most severe component.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="components"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two components, a repeated category, or an uninitialised component.</exception>
    public static DisabilityProfile Multiple(IEnumerable<Disability> components)
    {
        Guard.Against.Null(components);
        var list = components.ToImmutableArray();
        if (list.Length < 2)
        {
            throw new ArgumentException($"A multiple disability has at least two components; {list.Length} given.", nameof(components));
        }

        if (list.Any(c => !c.IsInitialised))
        {
            throw new ArgumentException("A component is the uninitialised default value.", nameof(components));
        }

        var repeated = list.GroupBy(c => c.Category).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"A multiple disability lists each category once; {repeated.Key.EnglishName()} ({repeated.Key.ChineseName()}) appears {repeated.Count()} times.", nameof(components));
        }

        return new DisabilityProfile(list.Sort((a, b) => a.Category.CompareTo(b.Category)));
    }

    /// <summary>Creates a multiple disability (多重残疾) from its components.</summary>
    /// <param name="components">Two or more disabilities of different categories 1–6.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">Fewer than two components or a repeated category.</exception>
    public static DisabilityProfile Multiple(params Disability[] components) => Multiple((IEnumerable<Disability>)components);

    /// <summary>
    /// Whether the profile includes a category: the single disability is of that category, or the
    /// multiple disability has a component of it. <see cref="DisabilityCategory.Multiple"/> is
    /// included exactly when the profile is multiple.
    /// </summary>
    /// <param name="category">The category to look for.</param>
    /// <returns>Whether it is included.</returns>
    public bool Includes(DisabilityCategory category) =>
        category == DisabilityCategory.Multiple ? IsMultiple : _components.Any(c => c.Category == category);

    /// <summary>The grade of the component of a category, if the profile includes it.</summary>
    /// <param name="category">A category 1–6.</param>
    /// <returns>The component's grade, or <see langword="null"/>.</returns>
    public DisabilityGrade? GradeOf(DisabilityCategory category)
    {
        foreach (var component in _components)
        {
            if (component.Category == category)
            {
                return component.Grade;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(DisabilityProfile? other) =>
        other is not null && _components.SequenceEqual(other._components);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DisabilityProfile);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var component in _components)
        {
            hash.Add(component);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the profile, e.g. <c>Multiple grade 2 (多重残疾二级): Visual grade 2 (视力残疾二级) + Hearing grade 3 (听力残疾三级)</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        IsMultiple
            ? $"Multiple grade {Grade.Level} ({DisabilityCategory.Multiple.ChineseName()}{Grade.ChineseName}): {string.Join(" + ", _components)}"
            : _components[0].ToString();
}
