namespace DpfDomain.People;

/// <summary>The stage of education a student is enrolled in.</summary>
public enum SchoolStage
{
    /// <summary>学前教育: preschool.</summary>
    Preschool = 1,

    /// <summary>小学: primary school (compulsory).</summary>
    Primary,

    /// <summary>初中: junior secondary school (compulsory).</summary>
    JuniorSecondary,

    /// <summary>普通高中: general senior secondary school.</summary>
    GeneralSeniorSecondary,

    /// <summary>中职: secondary vocational school.</summary>
    SecondaryVocational,

    /// <summary>全日制本专科: full-time higher education (college or university).</summary>
    FullTimeHigherEducation,
}
