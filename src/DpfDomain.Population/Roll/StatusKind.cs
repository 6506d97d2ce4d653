namespace DpfDomain.Population.Roll;

/// <summary>What one row of a status list records. Household statuses apply to the whole household of the person named.</summary>
public enum StatusKind
{
    /// <summary>低保: the household receives the minimum living allowance (household).</summary>
    MinimumLivingAllowance = 1,

    /// <summary>低保边缘: the household is just above the 低保 line (household).</summary>
    MarginalMinimumLivingAllowance,

    /// <summary>建档立卡: registered poor household (household).</summary>
    RegisteredPoor,

    /// <summary>脱贫人口: lifted out of registered poverty (household).</summary>
    LiftedOutOfPoverty,

    /// <summary>防止返贫监测对象: monitored against relapse into poverty (household).</summary>
    MonitoredForRelapse,

    /// <summary>特困: extreme-hardship support (person).</summary>
    ExtremeHardshipSupport,

    /// <summary>孤儿: orphan support (person).</summary>
    OrphanSupport,

    /// <summary>工伤护理费: work-injury insurance nursing allowance (person).</summary>
    WorkInjuryNursingAllowance,

    /// <summary>福利机构: cared for by a welfare institution (person).</summary>
    WelfareInstitutionCare,

    /// <summary>学前: preschool enrolment.</summary>
    Preschool,

    /// <summary>小学: primary school enrolment.</summary>
    Primary,

    /// <summary>初中: junior secondary enrolment.</summary>
    JuniorSecondary,

    /// <summary>普通高中: general senior secondary enrolment.</summary>
    GeneralSeniorSecondary,

    /// <summary>中职: secondary vocational enrolment.</summary>
    SecondaryVocational,

    /// <summary>全日制本专科: full-time higher education enrolment.</summary>
    FullTimeHigherEducation,

    /// <summary>照护需求: an assessed care need; 开始日期 is the assessment date and 月数 the expected months.</summary>
    CareNeed,

    /// <summary>精神科治疗: a psychiatric treatment record, for each calendar year from 开始日期 to 结束日期.</summary>
    PsychiatricTreatment,

    /// <summary>孤独症诊断: an autism diagnosis on 开始日期 (定点机构 says whether by a designated hospital).</summary>
    AutismDiagnosis,

    /// <summary>视力诊断: a diagnosis of visual disability.</summary>
    VisualDiagnosis,

    /// <summary>听力诊断: a diagnosis of hearing disability.</summary>
    HearingDiagnosis,

    /// <summary>言语诊断: a diagnosis of speech disability.</summary>
    SpeechDiagnosis,

    /// <summary>肢体诊断: a diagnosis of physical disability.</summary>
    PhysicalDiagnosis,

    /// <summary>智力诊断: a diagnosis of intellectual disability.</summary>
    IntellectualDiagnosis,

    /// <summary>精神诊断: a diagnosis of mental disability.</summary>
    MentalDiagnosis,

    /// <summary>佩戴助听器: wears a hearing aid (holds from 开始日期 to 结束日期).</summary>
    WearsHearingAid,

    /// <summary>人工耳蜗: has a cochlear implant.</summary>
    HasCochlearImplant,

    /// <summary>助听器验配指征: an audiological assessment indicates fitting a hearing aid.</summary>
    HearingAidFittingIndicated,

    /// <summary>人工耳蜗植入指征: an assessment indicates a cochlear implant.</summary>
    CochlearImplantIndicated,
}
