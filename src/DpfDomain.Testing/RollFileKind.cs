namespace DpfDomain.Testing;

/// <summary>The files <see cref="RollFileWriter"/> writes: the roll and the status lists, one per office, as they are sent to the federation.</summary>
public enum RollFileKind
{
    /// <summary><c>roll</c>: the roll (花名册), one row per person, the rows of a household adjacent.</summary>
    Roll = 1,

    /// <summary><c>civil-affairs</c>: the civil affairs office's list (民政): 低保, 低保边缘, 特困, 孤儿, 福利机构, 工伤护理费.</summary>
    CivilAffairs,

    /// <summary><c>poverty-register</c>: the rural revitalisation office's register: 建档立卡, 脱贫人口, 防止返贫监测对象.</summary>
    PovertyRegister,

    /// <summary><c>schools</c>: the education office's enrolments (学前 … 全日制本专科).</summary>
    Schools,

    /// <summary><c>care-needs</c>: assessed care needs (照护需求) with their expected months (月数).</summary>
    CareNeeds,

    /// <summary><c>health</c>: the health office's list: psychiatric treatment (精神科治疗), diagnoses with 定点机构 是/否, hearing aids, implants and indications.</summary>
    Health,
}
