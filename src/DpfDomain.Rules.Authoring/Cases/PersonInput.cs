using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>
/// A person and their household as written in a person file or a policy test case: what
/// <c>dpf explain --person</c> reads and what case files hold. Turned into the domain model by
/// <see cref="PersonInputMapper"/>.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("A person and their household: the input of dpf explain and of person test cases.")]
public sealed class PersonInput
{
    /// <summary>The file and node this was read from, to position problems found later; null when built in code.</summary>
    internal SourceLocation? Source { get; set; }

    /// <summary>The identity number of the member evaluated; the first member when omitted.</summary>
    [Description("Identity number of the member evaluated; the first member when omitted.")]
    public string? Subject { get; init; }

    /// <summary>The household.</summary>
    [JsonRequired]
    [Description("The household: registration, poverty statuses and members.")]
    public HouseholdInput Household { get; init; } = new();
}

/// <summary>A household in a person file.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("A household (户).")]
public sealed class HouseholdInput
{
    /// <summary>The county-level division code of the household registration, e.g. 340123.</summary>
    [JsonRequired]
    [Description("County-level division code of the household registration (户籍), e.g. 340123.")]
    public string County { get; init; } = string.Empty;

    /// <summary>Rural or Urban.</summary>
    [JsonRequired]
    [Description("农业 or 非农业 (also 农村/城镇, Rural/Urban) (户口性质).")]
    public DpfDomain.People.HukouType Registration { get; init; }

    /// <summary>Poverty statuses over time.</summary>
    [Description("Poverty statuses over time: MinimumLivingAllowance (低保), MarginalMinimumLivingAllowance (低保边缘), RegisteredPoor (建档立卡), LiftedOutOfPoverty (脱贫人口), MonitoredForRelapse (防止返贫监测对象).")]
    public IReadOnlyList<StatusInput<DpfDomain.People.PovertyStatus>> Poverty { get; init; } = [];

    /// <summary>The members.</summary>
    [JsonRequired]
    [Description("The members; parents are linked by identity number.")]
    public IReadOnlyList<MemberInput> Members { get; init; } = [];
}

/// <summary>A status over a period, as written in a person file.</summary>
/// <typeparam name="T">The status type.</typeparam>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class StatusInput<T>
    where T : struct, System.Enum
{
    /// <summary>The status.</summary>
    [JsonRequired]
    [Description("The status.")]
    public T Status { get; init; }

    /// <summary>The first day it holds.</summary>
    [JsonRequired]
    [Description("First day it holds (yyyy-MM-dd).")]
    public string From { get; init; } = string.Empty;

    /// <summary>The last day it holds; omit while it continues.</summary>
    [Description("Last day it holds (yyyy-MM-dd); omit while it continues.")]
    public string? Until { get; init; }
}

/// <summary>A household member in a person file.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("A household member.")]
public sealed class MemberInput
{
    /// <summary>The 18-character identity number (it gives the birth date and sex).</summary>
    [JsonRequired]
    [Description("18-character identity number (gives birth date and sex).")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The name.</summary>
    [JsonRequired]
    [Description("The name.")]
    public string Name { get; init; } = string.Empty;

    /// <summary>The disability certificate, if any.</summary>
    [Description("The disability certificate, if any.")]
    public CertificateInput? Certificate { get; init; }

    /// <summary>Support received over time.</summary>
    [Description("Support over time: ExtremeHardshipSupport (特困), OrphanSupport, WorkInjuryNursingAllowance, WelfareInstitutionCare.")]
    public IReadOnlyList<StatusInput<DpfDomain.People.SupportStatus>> Supports { get; init; } = [];

    /// <summary>Diagnoses.</summary>
    [Description("Diagnoses, e.g. autism by a designated hospital.")]
    public IReadOnlyList<DiagnosisInput> Diagnoses { get; init; } = [];

    /// <summary>The assessed care need, in months.</summary>
    [Description("Expected duration of the assessed need for care, in months (long-term from 6).")]
    public int? CareNeedMonths { get; init; }

    /// <summary>Calendar years with a psychiatric treatment record.</summary>
    [Description("Calendar years with a psychiatric treatment record.")]
    public IReadOnlyList<int> PsychiatricTreatmentYears { get; init; } = [];

    /// <summary>Whether the person wears a hearing aid.</summary>
    [Description("Wears a hearing aid.")]
    public bool WearsHearingAid { get; init; }

    /// <summary>Whether the person has a cochlear implant.</summary>
    [Description("Has a cochlear implant.")]
    public bool HasCochlearImplant { get; init; }

    /// <summary>Whether fitting a hearing aid is indicated.</summary>
    [Description("An audiological assessment indicates fitting a hearing aid.")]
    public bool HearingAidFittingIndicated { get; init; }

    /// <summary>Whether a cochlear implant is indicated.</summary>
    [Description("An assessment indicates a cochlear implant.")]
    public bool CochlearImplantIndicated { get; init; }

    /// <summary>School enrolments over time.</summary>
    [Description("School enrolments over time: Preschool, Primary, JuniorSecondary, GeneralSeniorSecondary, SecondaryVocational, FullTimeHigherEducation.")]
    public IReadOnlyList<StatusInput<DpfDomain.People.SchoolStage>> Enrolments { get; init; } = [];

    /// <summary>The identity numbers of this member's parents within the household.</summary>
    [Description("Identity numbers of this member's parents within the household.")]
    public IReadOnlyList<string> Parents { get; init; } = [];
}

/// <summary>A diagnosis in a person file.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class DiagnosisInput
{
    /// <summary>The condition.</summary>
    [JsonRequired]
    [Description("Visual, Hearing, Speech, Physical, Intellectual, Mental or Autism.")]
    public DpfDomain.People.DiagnosedCondition Condition { get; init; }

    /// <summary>The diagnosis date.</summary>
    [JsonRequired]
    [Description("Date of the diagnosis (yyyy-MM-dd).")]
    public string On { get; init; } = string.Empty;

    /// <summary>Whether a designated hospital made it.</summary>
    [Description("Made by a designated hospital (定点医疗机构).")]
    public bool DesignatedHospital { get; init; }
}

/// <summary>A disability certificate in a person file.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[Description("A disability certificate: its components, issue date and later changes.")]
public sealed class CertificateInput
{
    /// <summary>The assessed disabilities: one, or several for a multiple disability.</summary>
    [JsonRequired]
    [Description("The assessed disabilities: one, or two or more for a multiple disability (多重).")]
    public IReadOnlyList<DisabilityInput> Components { get; init; } = [];

    /// <summary>The issue date.</summary>
    [JsonRequired]
    [Description("Issue date (yyyy-MM-dd).")]
    public string IssuedOn { get; init; } = string.Empty;

    /// <summary>The validity in years (10 when omitted).</summary>
    [Description("Validity in years; 10 when omitted.")]
    public int ValidityYears { get; init; } = 10;

    /// <summary>The county that issued it; the household's county when omitted.</summary>
    [Description("Issuing county; the household's county when omitted.")]
    public string? IssuingCounty { get; init; }

    /// <summary>Later changes, in date order.</summary>
    [Description("Later changes, in date order.")]
    public IReadOnlyList<CertificateChangeInput> Changes { get; init; } = [];
}

/// <summary>One disability (category and grade) in a person file.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class DisabilityInput
{
    /// <summary>The category, Visual to Mental.</summary>
    [JsonRequired]
    [Description("视力, 听力, 言语, 肢体, 智力 or 精神 (or Visual, Hearing, Speech, Physical, Intellectual, Mental).")]
    public DpfDomain.Disabilities.DisabilityCategory Category { get; init; }

    /// <summary>The grade, 1 to 4.</summary>
    [JsonRequired]
    [GradeWords]
    [Description("Grade 1 (most severe) to 4, or 一级 to 四级.")]
    public int Grade { get; init; }
}

/// <summary>A change of a certificate in a person file.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class CertificateChangeInput
{
    /// <summary>What happened: Renewed, Reassessed, ReportedLost, Reissued or Revoked.</summary>
    [JsonRequired]
    [Description("Renewed, Reassessed, ReportedLost, Reissued or Revoked.")]
    public DpfDomain.Certificates.CertificateEventKind Kind { get; init; }

    /// <summary>The date.</summary>
    [JsonRequired]
    [Description("Date of the change (yyyy-MM-dd).")]
    public string Date { get; init; } = string.Empty;

    /// <summary>For Reassessed: the new components.</summary>
    [Description("For Reassessed: the new components.")]
    public IReadOnlyList<DisabilityInput>? Components { get; init; }

    /// <summary>For Revoked: Death or NoLongerQualifies.</summary>
    [Description("For Revoked: Death or NoLongerQualifies.")]
    public DpfDomain.Certificates.RevocationReason? Reason { get; init; }
}
