namespace DpfDomain.Certificates;

/// <summary>The state of a disability certificate on a given date.</summary>
public enum CertificateStatus
{
    /// <summary>The date is before the certificate was first issued.</summary>
    NotYetIssued = 1,

    /// <summary>Issued, within its validity period, not revoked and not reported lost: it qualifies for benefits.</summary>
    Valid,

    /// <summary>The validity period has ended; it can be renewed (换领) free of charge and does not qualify for benefits.</summary>
    Expired,

    /// <summary>Reported lost and not yet reissued, within its validity period (after it, the status is <see cref="Expired"/>); it does not qualify for benefits until replaced.</summary>
    ReportedLost,

    /// <summary>Revoked (注销) on death or when the holder no longer meets the standard.</summary>
    Revoked,
}
