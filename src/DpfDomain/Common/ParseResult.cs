using System;
using System.Diagnostics.CodeAnalysis;

namespace DpfDomain;

/// <summary>
/// The outcome of parsing untrusted text: either a value or a precise <see cref="ParseError"/>.
/// </summary>
/// <typeparam name="T">The parsed value's type.</typeparam>
public sealed class ParseResult<T>
{
    private readonly T _value;

    private ParseResult(T value, ParseError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>Whether parsing succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>Why parsing failed, or <see langword="null"/> when it succeeded.</summary>
    public ParseError? Error { get; }

    /// <summary>The parsed value.</summary>
    /// <exception cref="DpfFormatException">Parsing failed; the exception carries <see cref="Error"/>.</exception>
    public T Value => Error is null ? _value : throw Error.ToException();

    /// <summary>Returns the value when parsing succeeded.</summary>
    /// <param name="value">The parsed value, or <c>default</c> on failure.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Error is null;
    }

    /// <inheritdoc />
    public override string ToString() => Error is null ? $"Success: {_value}" : $"Failure: {Error.Message}";

    internal static ParseResult<T> Ok(T value) => new(value, null);

    internal static ParseResult<T> Fail(ParseError error) => new(default!, error ?? throw new ArgumentNullException(nameof(error)));

    internal static ParseResult<T> Fail(ParseErrorKind kind, int? position, string message, string messageZh) =>
        new(default!, new ParseError(kind, position, message, messageZh));

    internal ParseResult<TOther> Cast<TOther>() =>
        Error is not null ? ParseResult<TOther>.Fail(Error) : throw new InvalidOperationException("Only a failure can change its value type.");
}
