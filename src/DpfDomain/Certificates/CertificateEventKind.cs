namespace DpfDomain.Certificates;

/// <summary>The kinds of change recorded in a certificate's history.</summary>
public enum CertificateEventKind
{
    /// <summary>First issue (核发), or the entry of an existing certificate from a register.</summary>
    Issued = 1,

    /// <summary>Renewal (换领): a new card with a new validity period and no reissue suffix.</summary>
    Renewed,

    /// <summary>Re-assessment: a new category or grade, hence new number digits and a new card.</summary>
    Reassessed,

    /// <summary>The card was reported lost (挂失).</summary>
    ReportedLost,

    /// <summary>A replacement card for a lost one (补发), numbered with the next <c>B</c> suffix.</summary>
    Reissued,

    /// <summary>Revocation (注销).</summary>
    Revoked,
}
