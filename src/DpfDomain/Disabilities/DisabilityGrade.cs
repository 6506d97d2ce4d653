using System;
using System.Globalization;

namespace DpfDomain.Disabilities;

/// <summary>
/// A disability grade of GB/T 26341-2010: 一级 (1, most severe) to 四级 (4, mildest).
/// Grades compare by severity order of their numbers: grade 1 is less than grade 2.
/// </summary>
/// <remarks>
/// <c>default(DisabilityGrade)</c> is not a grade: its members throw
/// <see cref="InvalidOperationException"/> and every API that accepts a grade rejects it.
/// </remarks>
public readonly struct DisabilityGrade : IEquatable<DisabilityGrade>, IComparable<DisabilityGrade>
{
    private static readonly string[] ChineseNames = ["一级", "二级", "三级", "四级"];
    private readonly byte _level;

    /// <summary>Creates a grade from its number.</summary>
    /// <param name="level">1 (一级, most severe) to 4 (四级, mildest).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not 1–4.</exception>
    public DisabilityGrade(int level)
    {
        if (level is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "A disability grade is 1 (一级, most severe) to 4 (四级, mildest).");
        }

        _level = (byte)level;
    }

    /// <summary>一级, the most severe grade.</summary>
    public static DisabilityGrade One { get; } = new(1);

    /// <summary>二级.</summary>
    public static DisabilityGrade Two { get; } = new(2);

    /// <summary>三级.</summary>
    public static DisabilityGrade Three { get; } = new(3);

    /// <summary>四级, the mildest grade.</summary>
    public static DisabilityGrade Four { get; } = new(4);

    /// <summary>The grade's number, 1–4.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialised default value.</exception>
    public int Level => _level != 0 ? _level : throw Uninitialised();

    /// <summary>Whether the grade is severe (重度): 一级 or 二级.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialised default value.</exception>
    public bool IsSevere => Level <= 2;

    /// <summary>The Chinese name, e.g. 二级.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialised default value.</exception>
    public string ChineseName => ChineseNames[Level - 1];

    /// <summary>Whether this is a real grade rather than the uninitialised default.</summary>
    public bool IsInitialised => _level != 0;

    /// <summary>Whether <paramref name="left"/> equals <paramref name="right"/>.</summary>
    /// <param name="left">A grade.</param>
    /// <param name="right">Another grade.</param>
    /// <returns>Whether they are the same grade.</returns>
    public static bool operator ==(DisabilityGrade left, DisabilityGrade right) => left.Equals(right);

    /// <summary>Whether <paramref name="left"/> differs from <paramref name="right"/>.</summary>
    /// <param name="left">A grade.</param>
    /// <param name="right">Another grade.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DisabilityGrade left, DisabilityGrade right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> has a smaller number (is more severe).</summary>
    /// <param name="left">A grade.</param>
    /// <param name="right">Another grade.</param>
    /// <returns>Whether left's number is smaller.</returns>
    public static bool operator <(DisabilityGrade left, DisabilityGrade right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> has a larger number (is milder).</summary>
    /// <param name="left">A grade.</param>
    /// <param name="right">Another grade.</param>
    /// <returns>Whether left's number is larger.</returns>
    public static bool operator >(DisabilityGrade left, DisabilityGrade right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/>'s number is smaller or equal.</summary>
    /// <param name="left">A grade.</param>
    /// <param name="right">Another grade.</param>
    /// <returns>Whether left's number is smaller or equal.</returns>
    public static bool operator <=(DisabilityGrade left, DisabilityGrade right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/>'s number is larger or equal.</summary>
    /// <param name="left">A grade.</param>
    /// <param name="right">Another grade.</param>
    /// <returns>Whether left's number is larger or equal.</returns>
    public static bool operator >=(DisabilityGrade left, DisabilityGrade right) => left.CompareTo(right) >= 0;

    /// <summary>The more severe (smaller-numbered) of two grades.</summary>
    /// <param name="left">A grade.</param>
    /// <param name="right">Another grade.</param>
    /// <returns>The grade with the smaller number.</returns>
    public static DisabilityGrade MostSevere(DisabilityGrade left, DisabilityGrade right) => left <= right ? left : right;

    /// <inheritdoc />
    public bool Equals(DisabilityGrade other) => _level == other._level;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DisabilityGrade other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _level;

    /// <inheritdoc />
    public int CompareTo(DisabilityGrade other) => _level.CompareTo(other._level);

    /// <summary>Formats the grade, e.g. <c>grade 2 (二级)</c>.</summary>
    /// <returns>The grade's number and Chinese name.</returns>
    public override string ToString() =>
        _level == 0 ? "(uninitialised grade)" : string.Create(CultureInfo.InvariantCulture, $"grade {_level} ({ChineseName})");

    private static InvalidOperationException Uninitialised() =>
        new("This DisabilityGrade is the uninitialised default value; create one with new DisabilityGrade(level).");
}
