using DpfDomain.Disabilities;
using NodaTime;

namespace DpfDomain.Certificates;

/// <summary>One recorded change of a disability certificate. Immutable.</summary>
public sealed class CertificateEvent
{
    internal CertificateEvent(CertificateEventKind kind, LocalDate date, DisabilityProfile? profile = null, RevocationReason? reason = null)
    {
        Kind = kind;
        Date = date;
        Profile = profile;
        RevocationReason = reason;
    }

    /// <summary>What happened.</summary>
    public CertificateEventKind Kind { get; }

    /// <summary>The date it took effect.</summary>
    public LocalDate Date { get; }

    /// <summary>The assessed profile, for <see cref="CertificateEventKind.Issued"/> and <see cref="CertificateEventKind.Reassessed"/>.</summary>
    public DisabilityProfile? Profile { get; }

    /// <summary>The reason, for <see cref="CertificateEventKind.Revoked"/>.</summary>
    public RevocationReason? RevocationReason { get; }

    /// <inheritdoc />
    public override string ToString() =>
        Profile is not null ? $"{Date:uuuu-MM-dd} {Kind}: {Profile}"
        : RevocationReason is { } reason ? $"{Date:uuuu-MM-dd} {Kind}: {reason}"
        : $"{Date:uuuu-MM-dd} {Kind}";
}
