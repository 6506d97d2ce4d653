using DpfDomain.Disabilities;
using NodaTime;

namespace DpfDomain.Certificates;

/// <summary>What a certificate was on one date: its status, number, profile and validity. Immutable.</summary>
public sealed class CertificateSnapshot
{
    internal CertificateSnapshot(
        LocalDate date,
        CertificateStatus status,
        CertificateNumber number,
        DisabilityProfile profile,
        LocalDate validFrom,
        LocalDate lastValidDay,
        CertificateEvent? revocation)
    {
        Date = date;
        Status = status;
        Number = number;
        Profile = profile;
        ValidFrom = validFrom;
        LastValidDay = lastValidDay;
        RevokedOn = revocation?.Date;
        RevocationReason = revocation?.RevocationReason;
    }

    /// <summary>The date described.</summary>
    public LocalDate Date { get; }

    /// <summary>The status on <see cref="Date"/>.</summary>
    public CertificateStatus Status { get; }

    /// <summary>Whether the certificate qualifies for benefits on <see cref="Date"/>: <see cref="CertificateStatus.Valid"/>.</summary>
    public bool IsValid => Status == CertificateStatus.Valid;

    /// <summary>The number in force on <see cref="Date"/> (the first number when not yet issued).</summary>
    public CertificateNumber Number { get; }

    /// <summary>The assessed disability in force on <see cref="Date"/>.</summary>
    public DisabilityProfile Profile { get; }

    /// <summary>The first day of the validity period in force.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day of the validity period in force.</summary>
    public LocalDate LastValidDay { get; }

    /// <summary>The revocation date, when revoked on or before <see cref="Date"/>.</summary>
    public LocalDate? RevokedOn { get; }

    /// <summary>The revocation reason, when revoked on or before <see cref="Date"/>.</summary>
    public RevocationReason? RevocationReason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Number} on {Date:uuuu-MM-dd}: {Status} (valid {ValidFrom:uuuu-MM-dd} to {LastValidDay:uuuu-MM-dd})";
}
