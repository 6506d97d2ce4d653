using System;

namespace DpfDomain;

/// <summary>
/// A precise reason why untrusted text was rejected, in English and Chinese. The messages name
/// positions and characters but never repeat the whole input, which may be personal data.
/// </summary>
public sealed class ParseError
{
    internal ParseError(ParseErrorKind kind, int? position, string message, string messageZh)
    {
        Kind = kind;
        Position = position;
        Message = message;
        MessageZh = messageZh;
    }

    /// <summary>The kind of problem.</summary>
    public ParseErrorKind Kind { get; }

    /// <summary>The 1-based character position the problem was found at, when there is one.</summary>
    public int? Position { get; }

    /// <summary>The reason in English, as a full sentence.</summary>
    public string Message { get; }

    /// <summary>The reason in Chinese (zh-CN).</summary>
    public string MessageZh { get; }

    /// <summary>Creates the exception that <c>Parse</c> methods throw for this error.</summary>
    /// <returns>A <see cref="FormatException"/> whose message is <see cref="Message"/>.</returns>
    public DpfFormatException ToException() => new(this);

    /// <inheritdoc />
    public override string ToString() => Message;
}
