using System;

namespace DpfDomain;

/// <summary>
/// Thrown by the <c>Parse</c> methods of domain values when their input is not valid. It carries
/// the precise <see cref="ParseError"/>; the message never contains the rejected input.
/// </summary>
public sealed class DpfFormatException : FormatException
{
    /// <summary>Creates the exception for a parse error.</summary>
    /// <param name="error">The reason the input was rejected.</param>
    public DpfFormatException(ParseError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message)
    {
        Error = error;
    }

    /// <summary>The reason the input was rejected.</summary>
    public ParseError Error { get; }
}
