namespace DpfDomain.People;

/// <summary>Support a person receives that programs test for or exclude.</summary>
public enum SupportStatus
{
    /// <summary>特困人员救助供养: support for people in extreme hardship.</summary>
    ExtremeHardshipSupport = 1,

    /// <summary>孤儿基本生活保障: orphan support.</summary>
    OrphanSupport,

    /// <summary>工伤保险生活护理费: the work-injury insurance nursing allowance.</summary>
    WorkInjuryNursingAllowance,

    /// <summary>Living in and cared for by a welfare institution (福利机构).</summary>
    WelfareInstitutionCare,
}
