namespace DpfDomain.Certificates;

/// <summary>Why a certificate was revoked (注销).</summary>
public enum RevocationReason
{
    /// <summary>The holder died (死亡).</summary>
    Death = 1,

    /// <summary>The holder no longer meets the disability standard (不再符合残疾标准); re-application is barred for one year.</summary>
    NoLongerQualifies,
}
