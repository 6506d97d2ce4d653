using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using NodaTime;

namespace DpfDomain.Rules.Facts;

/// <summary>
/// The facts about one person on one evaluation date that rule expressions read as
/// <c>Person.&lt;Name&gt;</c>. A small, stable vocabulary derived from the domain model by
/// <see cref="From"/>; it holds no identity number or name. Immutable once built (init-only
/// properties; lists are copied), so it can be shared across threads.
/// </summary>
public sealed class PersonFacts
{
    private static readonly IReadOnlyList<int> NoCodes = [];
    private readonly IReadOnlyList<int> _categories = NoCodes;
    private readonly IReadOnlyList<int> _diagnosedCategories = NoCodes;
    private readonly string _schoolStage = "None";

    /// <summary>The most entries a list of codes (<see cref="Categories"/>, <see cref="DiagnosedCategories"/>) may hold; longer lists are refused at construction, which bounds what any list query in a rule can cost.</summary>
    public const int MaxCodes = 16;

    /// <summary>The longest text fact (<see cref="SchoolStage"/>), in characters; longer text is refused at construction.</summary>
    public const int MaxTextLength = 64;

    /// <summary>The year of the evaluation date.</summary>
    [FactDescription("评估日期所在年份", "The year of the evaluation date.")]
    public int Year { get; init; }

    /// <summary>The month (1–12) of the evaluation date.</summary>
    [FactDescription("评估日期所在月份（1–12）", "The month (1–12) of the evaluation date.")]
    public int Month { get; init; }

    /// <summary>The day of the month (1–31) of the evaluation date.</summary>
    [FactDescription("评估日期是当月第几日（1–31）", "The day of the month (1–31) of the evaluation date.")]
    public int Day { get; init; }

    /// <summary>The evaluation date as the number yyyyMMdd, e.g. 20190701, so that dates compare with &lt; and &gt;=.</summary>
    [FactDescription("评估日期，写作数字 yyyyMMdd，例如 20190701，可用 < 、>= 比较", "The evaluation date as the number yyyyMMdd, e.g. 20190701, so that dates compare with < and >=.")]
    public int DateNumber { get; init; }

    /// <summary>Age in completed years (周岁) on the evaluation date; reached on the birthday itself, on 28 February for a 29 February birthday in a common year.</summary>
    [FactDescription("评估日的周岁年龄（生日当天满周岁；2月29日出生者在平年的2月28日满周岁）", "Age in completed years on the evaluation date (reached on the birthday itself; on 28 February for a 29 February birthday in a common year).")]
    public int Age { get; init; }

    /// <summary>Whether the person is male (from the identity number).</summary>
    [FactDescription("男性（依身份证号码）", "Male (from the identity number).")]
    public bool IsMale { get; init; }

    /// <summary>Whether the person is female (from the identity number).</summary>
    [FactDescription("女性（依身份证号码）", "Female (from the identity number).")]
    public bool IsFemale { get; init; }

    /// <summary>Whether the person has a disability certificate in any status.</summary>
    [FactDescription("持有残疾人证（任何状态）", "Has a disability certificate, in any status.")]
    public bool HasCertificate { get; init; }

    /// <summary>Whether the certificate is valid on the evaluation date: issued, not expired, not reported lost, not revoked.</summary>
    [FactDescription("残疾人证在评估日有效（已核发、未过期、未挂失、未注销）", "The certificate is valid on the evaluation date: issued, not expired, not reported lost, not revoked.")]
    public bool CertificateValid { get; init; }

    /// <summary>Whether the certificate's validity has ended on the evaluation date.</summary>
    [FactDescription("残疾人证在评估日已过期", "The certificate has expired on the evaluation date.")]
    public bool CertificateExpired { get; init; }

    /// <summary>Whether the certificate is revoked on the evaluation date.</summary>
    [FactDescription("残疾人证在评估日已注销", "The certificate is revoked on the evaluation date.")]
    public bool CertificateRevoked { get; init; }

    /// <summary>The certificate's category code on the evaluation date: 1 视力 … 6 精神, 7 多重; 0 without a certificate.</summary>
    [FactDescription("残疾类别代码：1视力 2听力 3言语 4肢体 5智力 6精神 7多重；无证为0", "Category code: 1 visual, 2 hearing, 3 speech, 4 physical, 5 intellectual, 6 mental, 7 multiple; 0 without a certificate.")]
    public int Category { get; init; }

    /// <summary>The certificate's grade, 1 (一级, most severe) to 4; a multiple disability's most severe component; 0 without a certificate.</summary>
    [FactDescription("残疾等级1–4（一级最重；多重残疾取最重一项）；无证为0", "Grade 1 (most severe) to 4; a multiple disability's most severe component; 0 without a certificate.")]
    public int Grade { get; init; }

    /// <summary>Whether the grade is 一级 or 二级 (重度).</summary>
    [FactDescription("重度残疾（一级或二级）", "Severe disability (grade 1 or 2).")]
    public bool IsSevere { get; init; }

    /// <summary>Whether the certificate is for a multiple disability (多重残疾).</summary>
    [FactDescription("多重残疾", "Multiple disability.")]
    public bool IsMultiple { get; init; }

    /// <summary>The category codes (1–6) the certificate includes: the single category, or every component of a multiple disability.</summary>
    [FactDescription("残疾人证包含的类别代码（1–6）；多重残疾列出各组成类别", "The category codes (1–6) the certificate includes; every component of a multiple disability.")]
    public IReadOnlyList<int> Categories { get => _categories; init => _categories = Copy(value); }

    /// <summary>Whether the certificate includes a visual disability (视力), alone or in a multiple disability.</summary>
    [FactDescription("含视力残疾（单独或多重残疾之一）", "Includes a visual disability, alone or within a multiple disability.")]
    public bool HasVisual { get; init; }

    /// <summary>Whether the certificate includes a hearing disability (听力).</summary>
    [FactDescription("含听力残疾（单独或多重残疾之一）", "Includes a hearing disability, alone or within a multiple disability.")]
    public bool HasHearing { get; init; }

    /// <summary>Whether the certificate includes a speech disability (言语).</summary>
    [FactDescription("含言语残疾（单独或多重残疾之一）", "Includes a speech disability, alone or within a multiple disability.")]
    public bool HasSpeech { get; init; }

    /// <summary>Whether the certificate includes a physical disability (肢体).</summary>
    [FactDescription("含肢体残疾（单独或多重残疾之一）", "Includes a physical disability, alone or within a multiple disability.")]
    public bool HasPhysical { get; init; }

    /// <summary>Whether the certificate includes an intellectual disability (智力).</summary>
    [FactDescription("含智力残疾（单独或多重残疾之一）", "Includes an intellectual disability, alone or within a multiple disability.")]
    public bool HasIntellectual { get; init; }

    /// <summary>Whether the certificate includes a mental disability (精神).</summary>
    [FactDescription("含精神残疾（单独或多重残疾之一）", "Includes a mental disability, alone or within a multiple disability.")]
    public bool HasMental { get; init; }

    /// <summary>Category codes (1–6) diagnosed by a designated hospital on or before the evaluation date.</summary>
    [FactDescription("定点医疗机构在评估日前诊断的残疾类别代码（1–6）", "Category codes (1–6) diagnosed by a designated hospital on or before the evaluation date.")]
    public IReadOnlyList<int> DiagnosedCategories { get => _diagnosedCategories; init => _diagnosedCategories = Copy(value); }

    /// <summary>Whether autism (孤独症) was diagnosed on or before the evaluation date.</summary>
    [FactDescription("评估日前已诊断孤独症", "Autism was diagnosed on or before the evaluation date.")]
    public bool AutismDiagnosed { get; init; }

    /// <summary>Whether a designated hospital diagnosed autism (孤独症) on or before the evaluation date.</summary>
    [FactDescription("评估日前已由定点医疗机构诊断孤独症", "A designated hospital diagnosed autism on or before the evaluation date.")]
    public bool AutismDiagnosedByDesignatedHospital { get; init; }

    /// <summary>Whether a designated hospital made any recorded diagnosis on or before the evaluation date.</summary>
    [FactDescription("评估日前有定点医疗机构的诊断", "A designated hospital made a recorded diagnosis on or before the evaluation date.")]
    public bool DesignatedHospitalDiagnosis { get; init; }

    /// <summary>Whether the household registration (户籍) is in the county the catalog is evaluated for.</summary>
    [FactDescription("户籍在本县（评估所针对的县）", "The household registration is in the county the catalog is evaluated for.")]
    public bool RegisteredInCounty { get; init; }

    /// <summary>Whether the household registration is rural (农村户口).</summary>
    [FactDescription("农村户口", "Rural household registration.")]
    public bool IsRural { get; init; }

    /// <summary>The number of members of the household.</summary>
    [FactDescription("家庭户人数", "Number of household members.")]
    public int HouseholdSize { get; init; }

    /// <summary>Whether the household receives the minimum living allowance (低保) on the evaluation date.</summary>
    [FactDescription("家庭在评估日享受低保", "The household receives the minimum living allowance (低保) on the evaluation date.")]
    public bool Dibao { get; init; }

    /// <summary>Whether the household is a 低保边缘 household on the evaluation date.</summary>
    [FactDescription("家庭在评估日为低保边缘户", "The household is just above the 低保 line (低保边缘) on the evaluation date.")]
    public bool DibaoMarginal { get; init; }

    /// <summary>Whether the person is in extreme-hardship support (特困供养) on the evaluation date.</summary>
    [FactDescription("本人在评估日为特困供养人员", "The person is in extreme-hardship support (特困) on the evaluation date.")]
    public bool ExtremeHardship { get; init; }

    /// <summary>Whether the household is a registered poor household (建档立卡) on the evaluation date.</summary>
    [FactDescription("家庭在评估日为建档立卡贫困户", "The household is registered poor (建档立卡) on the evaluation date.")]
    public bool RegisteredPoor { get; init; }

    /// <summary>Whether the household is 脱贫人口 (lifted out of registered poverty) on the evaluation date.</summary>
    [FactDescription("家庭在评估日为脱贫人口", "The household was lifted out of registered poverty (脱贫人口) on the evaluation date.")]
    public bool LiftedOutOfPoverty { get; init; }

    /// <summary>Whether the household is monitored against relapse into poverty (防止返贫监测对象) on the evaluation date.</summary>
    [FactDescription("家庭在评估日为防止返贫监测对象", "The household is monitored against relapse into poverty (防止返贫监测对象) on the evaluation date.")]
    public bool MonitoredForRelapse { get; init; }

    /// <summary>Whether any of 建档立卡, 脱贫人口 or 防止返贫监测对象 holds on the evaluation date.</summary>
    [FactDescription("建档立卡、脱贫人口、防止返贫监测对象三者之一", "Any of registered poor (建档立卡), lifted out of poverty (脱贫人口) or monitored for relapse (防止返贫监测对象).")]
    public bool AnyRegisteredPoverty { get; init; }

    /// <summary>Whether the person receives orphan support (孤儿基本生活保障) on the evaluation date.</summary>
    [FactDescription("本人在评估日享受孤儿基本生活保障", "The person receives orphan support on the evaluation date.")]
    public bool OrphanSupport { get; init; }

    /// <summary>Whether the person receives the work-injury nursing allowance (工伤保险生活护理费) on the evaluation date.</summary>
    [FactDescription("本人在评估日领取工伤保险生活护理费", "The person receives the work-injury insurance nursing allowance on the evaluation date.")]
    public bool WorkInjuryNursingAllowance { get; init; }

    /// <summary>Whether the person lives in and is cared for by a welfare institution on the evaluation date.</summary>
    [FactDescription("本人在评估日由福利机构供养", "The person is cared for by a welfare institution on the evaluation date.")]
    public bool WelfareInstitution { get; init; }

    /// <summary>How many months the assessed care need is expected to last; 0 when none. Long-term care is this count against a program's parameter (P8's LongTermCareMinMonths), the one definition the rules use.</summary>
    [FactDescription("评定的照护需求预计持续月数；无则为0。是否属于长期照护，用它与项目参数比较（如 Person.CareNeedMonths >= Parameters.LongTermCareMinMonths）", "Expected duration of the assessed care need in months; 0 when none. Long-term care is this count against a program's parameter (e.g. Person.CareNeedMonths >= Parameters.LongTermCareMinMonths).")]
    public int CareNeedMonths { get; init; }

    /// <summary>Whether there is a psychiatric treatment record in the evaluation date's year.</summary>
    [FactDescription("评估年度有精神科治疗记录", "A psychiatric treatment record in the evaluation year.")]
    public bool TreatedThisYear { get; init; }

    /// <summary>Whether there is a psychiatric treatment record in the year before the evaluation date's year.</summary>
    [FactDescription("评估年度的上一年有精神科治疗记录", "A psychiatric treatment record in the year before the evaluation year.")]
    public bool TreatedLastYear { get; init; }

    /// <summary>Whether the person wears a hearing aid.</summary>
    [FactDescription("佩戴助听器", "Wears a hearing aid.")]
    public bool WearsHearingAid { get; init; }

    /// <summary>Whether the person has a cochlear implant.</summary>
    [FactDescription("植入人工耳蜗", "Has a cochlear implant.")]
    public bool HasCochlearImplant { get; init; }

    /// <summary>Whether an audiological assessment indicates fitting a hearing aid.</summary>
    [FactDescription("有助听器验配指征", "An audiological assessment indicates fitting a hearing aid.")]
    public bool HearingAidFittingIndicated { get; init; }

    /// <summary>Whether an assessment indicates a cochlear implant.</summary>
    [FactDescription("有人工耳蜗植入指征", "An assessment indicates a cochlear implant.")]
    public bool CochlearImplantIndicated { get; init; }

    /// <summary>Whether the person is enrolled in school on the evaluation date.</summary>
    [FactDescription("评估日在校就读", "Enrolled in school on the evaluation date.")]
    public bool Enrolled { get; init; }

    /// <summary>The school stage on the evaluation date: None, Preschool, Primary, JuniorSecondary, GeneralSeniorSecondary, SecondaryVocational or FullTimeHigherEducation.</summary>
    [FactDescription("评估日所在学段：None（未就读）、Preschool（学前）、Primary（小学）、JuniorSecondary（初中）、GeneralSeniorSecondary（普通高中）、SecondaryVocational（中职）、FullTimeHigherEducation（全日制本专科）", "School stage on the evaluation date: None, Preschool, Primary, JuniorSecondary, GeneralSeniorSecondary, SecondaryVocational or FullTimeHigherEducation.")]
    public string SchoolStage { get => _schoolStage; init => _schoolStage = Text(value); }

    /// <summary>Whether the stage is compulsory education (小学 or 初中).</summary>
    [FactDescription("义务教育阶段（小学、初中）", "Compulsory education (primary or junior secondary).")]
    public bool InCompulsoryEducation { get; init; }

    /// <summary>Whether the stage is general senior secondary or secondary vocational (普通高中、中职).</summary>
    [FactDescription("普通高中或中职", "General senior secondary or secondary vocational school.")]
    public bool InSeniorSecondary { get; init; }

    /// <summary>Whether the stage is full-time higher education (全日制本专科).</summary>
    [FactDescription("全日制本专科", "Full-time higher education.")]
    public bool InHigherEducation { get; init; }

    /// <summary>How many parents of the person are recorded in the household.</summary>
    [FactDescription("户内登记的父母人数", "Number of the person's parents recorded in the household.")]
    public int ParentsInHousehold { get; init; }

    /// <summary>Whether a parent in the household holds a certificate valid on the evaluation date.</summary>
    [FactDescription("户内父母中有人持有在评估日有效的残疾人证", "A parent in the household holds a certificate valid on the evaluation date.")]
    public bool ParentHasValidCertificate { get; init; }

    private static IReadOnlyList<int> Copy(IReadOnlyList<int>? codes, [CallerArgumentExpression(nameof(codes))] string? name = null) =>
        codes is null || codes.Count == 0 ? NoCodes
        : codes.Count > MaxCodes ? throw new ArgumentException($"A list of codes holds at most {MaxCodes} entries; this one has {codes.Count}.", name)
        : [.. codes];

    private static string Text(string? text, [CallerArgumentExpression(nameof(text))] string? name = null) =>
        text is null ? throw new ArgumentNullException(name)
        : text.Length > MaxTextLength ? throw new ArgumentException($"A text fact holds at most {MaxTextLength} characters; this one has {text.Length}.", name)
        : text;

    /// <summary>Derives the facts of a household member on a date.</summary>
    /// <param name="person">The person; must be a member of <paramref name="household"/>.</param>
    /// <param name="household">The person's household.</param>
    /// <param name="date">The evaluation date, not before the person's birth date.</param>
    /// <param name="county">The county the catalog is evaluated for (for <see cref="RegisteredInCounty"/>).</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> or <paramref name="household"/> is null.</exception>
    /// <exception cref="ArgumentException">The person is not a member of the household.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the birth date.</exception>
    public static PersonFacts From(Person person, Household household, LocalDate date, DivisionCode county)
    {
        Guard.Against.Null(person);
        Guard.Against.Null(household);
        if (household.Find(person.Id) is null)
        {
            throw new ArgumentException("The person is not a member of the household.", nameof(household));
        }

        var certificate = person.Certificate?.SnapshotOn(date);
        var issued = certificate is not null && certificate.Status != CertificateStatus.NotYetIssued;
        var profile = issued ? certificate!.Profile : null;
        var stage = person.SchoolStageOn(date);
        var parents = household.ParentsOf(person.Id);
        var diagnosed = person.Diagnoses
            .Where(d => d.ByDesignatedHospital && d.DiagnosedOn <= date && d.Condition != DiagnosedCondition.Autism)
            .Select(d => (int)d.Condition).Distinct().Order().ToArray();
        return new PersonFacts
        {
            Year = date.Year,
            Month = date.Month,
            Day = date.Day,
            DateNumber = (date.Year * 10000) + (date.Month * 100) + date.Day,
            Age = person.AgeOn(date),
            IsMale = person.Sex == Sex.Male,
            IsFemale = person.Sex == Sex.Female,
            HasCertificate = issued,
            CertificateValid = certificate?.Status == CertificateStatus.Valid,
            CertificateExpired = certificate?.Status == CertificateStatus.Expired,
            CertificateRevoked = certificate?.Status == CertificateStatus.Revoked,
            Category = profile is null ? 0 : (int)profile.Category,
            Grade = profile?.Grade.Level ?? 0,
            IsSevere = profile?.IsSevere == true,
            IsMultiple = profile?.IsMultiple == true,
            Categories = profile is null ? NoCodes : [.. profile.Components.Select(c => (int)c.Category)],
            HasVisual = profile?.Includes(DisabilityCategory.Visual) == true,
            HasHearing = profile?.Includes(DisabilityCategory.Hearing) == true,
            HasSpeech = profile?.Includes(DisabilityCategory.Speech) == true,
            HasPhysical = profile?.Includes(DisabilityCategory.Physical) == true,
            HasIntellectual = profile?.Includes(DisabilityCategory.Intellectual) == true,
            HasMental = profile?.Includes(DisabilityCategory.Mental) == true,
            DiagnosedCategories = diagnosed.Length == 0 ? NoCodes : diagnosed,
            AutismDiagnosed = person.HasDiagnosis(DiagnosedCondition.Autism, date),
            AutismDiagnosedByDesignatedHospital = person.HasDiagnosis(DiagnosedCondition.Autism, date, byDesignatedHospitalOnly: true),
            DesignatedHospitalDiagnosis = person.Diagnoses.Any(d => d.ByDesignatedHospital && d.DiagnosedOn <= date),
            RegisteredInCounty = household.Registration.County == county,
            IsRural = household.Registration.IsRural,
            HouseholdSize = household.Members.Count,
            Dibao = household.HasPovertyStatusOn(PovertyStatus.MinimumLivingAllowance, date),
            DibaoMarginal = household.HasPovertyStatusOn(PovertyStatus.MarginalMinimumLivingAllowance, date),
            ExtremeHardship = person.HasSupportOn(SupportStatus.ExtremeHardshipSupport, date),
            RegisteredPoor = household.HasPovertyStatusOn(PovertyStatus.RegisteredPoor, date),
            LiftedOutOfPoverty = household.HasPovertyStatusOn(PovertyStatus.LiftedOutOfPoverty, date),
            MonitoredForRelapse = household.HasPovertyStatusOn(PovertyStatus.MonitoredForRelapse, date),
            AnyRegisteredPoverty = household.IsRegisteredPoorOn(date),
            OrphanSupport = person.HasSupportOn(SupportStatus.OrphanSupport, date),
            WorkInjuryNursingAllowance = person.HasSupportOn(SupportStatus.WorkInjuryNursingAllowance, date),
            WelfareInstitution = person.HasSupportOn(SupportStatus.WelfareInstitutionCare, date),
            CareNeedMonths = person.CareNeed?.ExpectedMonths ?? 0,
            TreatedThisYear = person.HadPsychiatricTreatmentIn(date.Year),
            TreatedLastYear = person.HadPsychiatricTreatmentIn(date.Year - 1),
            WearsHearingAid = person.Hearing.WearsHearingAid,
            HasCochlearImplant = person.Hearing.HasCochlearImplant,
            HearingAidFittingIndicated = person.Hearing.HearingAidFittingIndicated,
            CochlearImplantIndicated = person.Hearing.CochlearImplantIndicated,
            Enrolled = stage is not null,
            SchoolStage = stage?.ToString() ?? "None",
            InCompulsoryEducation = stage is People.SchoolStage.Primary or People.SchoolStage.JuniorSecondary,
            InSeniorSecondary = stage is People.SchoolStage.GeneralSeniorSecondary or People.SchoolStage.SecondaryVocational,
            InHigherEducation = stage is People.SchoolStage.FullTimeHigherEducation,
            ParentsInHousehold = parents.Count,
            ParentHasValidCertificate = parents.Any(p => p.Certificate?.IsValidOn(date) == true),
        };
    }
}
