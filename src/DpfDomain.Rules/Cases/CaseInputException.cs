using System;

namespace DpfDomain.Rules.Cases;

/// <summary>
/// Thrown when a person, employer or case file holds an invalid value. Messages never show an
/// unmasked identity number, whatever field it was typed into, nor raw control or bidi characters.
/// </summary>
public sealed class CaseInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The English message.</param>
    /// <param name="messageZh">The Chinese message.</param>
    public CaseInputException(string message, string messageZh)
        : base(Loading.DiagnosticText.Clean(message, MaximumLength))
    {
        MessageZh = Loading.DiagnosticText.Clean(messageZh, MaximumLength);
    }

    /// <summary>The Chinese message.</summary>
    public string MessageZh { get; }

    /// <summary>The longest message kept (several positioned problems, one per line).</summary>
    private const int MaximumLength = 64 * Loading.DiagnosticText.MaximumLength;
}
