using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace DpfDomain.People;

/// <summary>
/// A person's name. Personal data: <see cref="ToString()"/> keeps only the first character
/// (<c>张**</c>); <see cref="ToUnmaskedString"/> gives the full name.
/// </summary>
/// <remarks><c>default(PersonName)</c> is not a name; its <see cref="ToUnmaskedString"/> throws <see cref="InvalidOperationException"/>.</remarks>
public readonly struct PersonName : IEquatable<PersonName>
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaximumLength = 64;

    private readonly string? _value;

    /// <summary>Creates a name.</summary>
    /// <param name="value">The name: 1–64 characters (text elements), no control characters, no leading or trailing white space.</param>
    /// <exception cref="ArgumentException">The name is empty, too long, padded or contains control characters.</exception>
    public PersonName(string value)
    {
        Guard.Against.NullOrWhiteSpace(value);
        var length = new StringInfo(value).LengthInTextElements;
        if (length > MaximumLength)
        {
            throw new ArgumentException($"A name has at most {MaximumLength} characters; this one has {length}.", nameof(value));
        }

        if (value.Trim().Length != value.Length)
        {
            throw new ArgumentException("A name has no leading or trailing white space.", nameof(value));
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException("A name contains no control characters.", nameof(value));
            }
        }

        _value = value;
    }

    /// <summary>
    /// The masked name: the first character, then one <c>*</c> per further character; a
    /// one-character name is <c>*</c>. Characters are counted as users see them (text elements), so
    /// a rare character outside the Basic Multilingual Plane (生僻字) counts as one.
    /// </summary>
    public string Masked
    {
        get
        {
            if (_value is null)
            {
                return "(no name)";
            }

            var characters = new StringInfo(_value);
            return characters.LengthInTextElements == 1
                ? "*"
                : string.Concat(characters.SubstringByTextElements(0, 1), new string('*', characters.LengthInTextElements - 1));
        }
    }

    /// <summary>Whether this is a real name rather than the uninitialised default.</summary>
    public bool IsInitialised => _value is not null;

    /// <summary>Whether two names are equal.</summary>
    /// <param name="left">A name.</param>
    /// <param name="right">Another name.</param>
    /// <returns>Whether they are equal, ordinally.</returns>
    public static bool operator ==(PersonName left, PersonName right) => left.Equals(right);

    /// <summary>Whether two names differ.</summary>
    /// <param name="left">A name.</param>
    /// <param name="right">Another name.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PersonName left, PersonName right) => !left.Equals(right);

    /// <summary>The full name. Personal data: display <see cref="ToString()"/> instead.</summary>
    /// <returns>The name.</returns>
    /// <exception cref="InvalidOperationException">This is the uninitialised default value.</exception>
    public string ToUnmaskedString() => _value ?? throw new InvalidOperationException("This PersonName is the uninitialised default value.");

    /// <inheritdoc />
    public bool Equals(PersonName other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PersonName other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The masked name, e.g. <c>张**</c>.</summary>
    /// <returns>The masked form.</returns>
    public override string ToString() => Masked;
}
