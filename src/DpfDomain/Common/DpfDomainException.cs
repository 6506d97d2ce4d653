using System;

namespace DpfDomain;

/// <summary>
/// Thrown when an operation would break a rule of the domain, such as renewing a revoked
/// certificate or re-applying within the year after a revocation. The message is a full sentence
/// in English; <see cref="MessageZh"/> carries the same sentence in Chinese. Neither ever contains
/// an unmasked identity number or name.
/// </summary>
public sealed class DpfDomainException : Exception
{
    /// <summary>Creates the exception with an English and a Chinese message.</summary>
    /// <param name="message">The full English sentence.</param>
    /// <param name="messageZh">The same sentence in Chinese.</param>
    public DpfDomainException(string message, string messageZh)
        : base(message)
    {
        MessageZh = messageZh;
    }

    /// <summary>The message in Chinese (zh-CN).</summary>
    public string MessageZh { get; }
}
