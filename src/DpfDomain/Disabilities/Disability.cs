using System;
using System.Globalization;

namespace DpfDomain.Disabilities;

/// <summary>
/// One disability: a category from 视力 (1) to 精神 (6) with its grade. A multiple disability
/// (多重, 7) is a <see cref="DisabilityProfile"/> of several of these.
/// </summary>
/// <remarks><c>default(Disability)</c> is not a disability; APIs that accept one reject it.</remarks>
public readonly struct Disability : IEquatable<Disability>
{
    /// <summary>Creates a disability.</summary>
    /// <param name="category">A category from <see cref="DisabilityCategory.Visual"/> to <see cref="DisabilityCategory.Mental"/>.</param>
    /// <param name="grade">Its grade.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not 1–6 (use <see cref="DisabilityProfile.Multiple(System.Collections.Generic.IEnumerable{Disability})"/> for 多重).</exception>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is the uninitialised default.</exception>
    public Disability(DisabilityCategory category, DisabilityGrade grade)
    {
        if (category is < DisabilityCategory.Visual or > DisabilityCategory.Mental)
        {
            throw new ArgumentOutOfRangeException(nameof(category), (int)category, "A single disability has a category from 1 (visual) to 6 (mental); a multiple disability is a DisabilityProfile of several.");
        }

        if (!grade.IsInitialised)
        {
            throw new ArgumentException("The grade is the uninitialised default value.", nameof(grade));
        }

        Category = category;
        Grade = grade;
    }

    /// <summary>The category, 1–6.</summary>
    public DisabilityCategory Category { get; }

    /// <summary>The grade.</summary>
    public DisabilityGrade Grade { get; }

    /// <summary>Whether this is a real disability rather than the uninitialised default.</summary>
    public bool IsInitialised => Category != 0;

    /// <summary>Whether two disabilities are equal.</summary>
    /// <param name="left">A disability.</param>
    /// <param name="right">Another disability.</param>
    /// <returns>Whether category and grade are equal.</returns>
    public static bool operator ==(Disability left, Disability right) => left.Equals(right);

    /// <summary>Whether two disabilities differ.</summary>
    /// <param name="left">A disability.</param>
    /// <param name="right">Another disability.</param>
    /// <returns>Whether category or grade differ.</returns>
    public static bool operator !=(Disability left, Disability right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Disability other) => Category == other.Category && Grade == other.Grade;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Disability other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Category, Grade);

    /// <summary>Formats the disability, e.g. <c>Mental grade 2 (精神残疾二级)</c>.</summary>
    /// <returns>Category and grade in English and Chinese.</returns>
    public override string ToString() =>
        IsInitialised
            ? string.Create(CultureInfo.InvariantCulture, $"{Category.EnglishName()} grade {Grade.Level} ({Category.ChineseName()}{Grade.ChineseName})")
            : "(uninitialised disability)";
}
