using System;

namespace DpfDomain.Rules.Cases;

/// <summary>Thrown when a person, employer or case file holds an invalid value. Messages never show an unmasked identity number.</summary>
public sealed class CaseInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The English message.</param>
    /// <param name="messageZh">The Chinese message.</param>
    public CaseInputException(string message, string messageZh)
        : base(message)
    {
        MessageZh = messageZh;
    }

    /// <summary>The Chinese message.</summary>
    public string MessageZh { get; }
}
