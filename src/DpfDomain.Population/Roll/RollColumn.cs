namespace DpfDomain.Population.Roll;

/// <summary>The columns of a roll file (花名册): one row per person, members of a household on adjacent rows.</summary>
public enum RollColumn
{
    /// <summary>户号 / HouseholdNo: groups members into households (required). A household's rows are adjacent.</summary>
    HouseholdNo = 1,

    /// <summary>姓名 / Name (required).</summary>
    Name,

    /// <summary>公民身份号码 / IdNumber: required unless the certificate number gives it.</summary>
    IdNumber,

    /// <summary>残疾人证号 / CertificateNumber: empty for a member without a certificate.</summary>
    CertificateNumber,

    /// <summary>残疾类别 / Category: optional check of the certificate number (视力/精神/…, Visual/…, or 1–7).</summary>
    Category,

    /// <summary>残疾等级 / Grade: optional check of the certificate number (一级/二级/…, or 1–4).</summary>
    Grade,

    /// <summary>多重残疾组成 / Components: for category 7, the components, e.g. "精神二级;肢体三级".</summary>
    Components,

    /// <summary>发证日期 / IssuedOn: the issue date of the card (required with a certificate).</summary>
    IssuedOn,

    /// <summary>注销日期 / RevokedOn: the revocation date of a revoked certificate.</summary>
    RevokedOn,

    /// <summary>注销原因 / RevocationReason: 死亡 / Death or 不再符合 / NoLongerQualifies (required with a revocation date).</summary>
    RevocationReason,

    /// <summary>户口性质 / HukouType: 农业/农村/Rural or 非农业/城镇/Urban (required).</summary>
    HukouType,

    /// <summary>户籍地代码 / RegistrationCounty: the six-digit county of the household registration; the run's county when empty.</summary>
    RegistrationCounty,

    /// <summary>父母身份证号 / ParentIds: identity numbers of the member's parents in the same household, separated by ";".</summary>
    ParentIds,
}
