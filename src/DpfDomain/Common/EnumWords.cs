using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Employers;
using DpfDomain.Identity;
using DpfDomain.People;

namespace DpfDomain;

/// <summary>
/// The one table of the Chinese words staff write for the values of the domain's enumerations
/// and for disability grades: 视力…多重, 一级…四级, 农业/非农业 (城镇/农村), 低保…, 特困…, 小学…,
/// 换领…, 死亡…, 企业…. Person, employer and case files accept them beside the English names, and
/// the roll reader takes its words for the same values from here. For each value the first word
/// is the usual one (shown in messages and documents), the others are accepted as well.
/// </summary>
public static class EnumWords
{
    private static readonly FrozenDictionary<Type, FrozenDictionary<int, string[]>> Tables = new Dictionary<Type, FrozenDictionary<int, string[]>>
    {
        [typeof(DisabilityCategory)] = Table(
            (DisabilityCategory.Visual, ["视力", "视力残疾"]),
            (DisabilityCategory.Hearing, ["听力", "听力残疾"]),
            (DisabilityCategory.Speech, ["言语", "言语残疾"]),
            (DisabilityCategory.Physical, ["肢体", "肢体残疾"]),
            (DisabilityCategory.Intellectual, ["智力", "智力残疾"]),
            (DisabilityCategory.Mental, ["精神", "精神残疾"]),
            (DisabilityCategory.Multiple, ["多重", "多重残疾"])),
        [typeof(DiagnosedCondition)] = Table(
            (DiagnosedCondition.Visual, ["视力", "视力残疾"]),
            (DiagnosedCondition.Hearing, ["听力", "听力残疾"]),
            (DiagnosedCondition.Speech, ["言语", "言语残疾"]),
            (DiagnosedCondition.Physical, ["肢体", "肢体残疾"]),
            (DiagnosedCondition.Intellectual, ["智力", "智力残疾"]),
            (DiagnosedCondition.Mental, ["精神", "精神残疾"]),
            (DiagnosedCondition.Autism, ["孤独症", "自闭症"])),
        [typeof(HukouType)] = Table(
            (HukouType.Rural, ["农业", "农村", "农业户口", "农村户口"]),
            (HukouType.Urban, ["非农业", "城镇", "非农业户口", "城镇户口"])),
        [typeof(PovertyStatus)] = Table(
            (PovertyStatus.MinimumLivingAllowance, ["低保", "最低生活保障", "低保户"]),
            (PovertyStatus.MarginalMinimumLivingAllowance, ["低保边缘", "低保边缘户"]),
            (PovertyStatus.RegisteredPoor, ["建档立卡", "建档立卡贫困户", "贫困户"]),
            (PovertyStatus.LiftedOutOfPoverty, ["脱贫人口", "脱贫户"]),
            (PovertyStatus.MonitoredForRelapse, ["防止返贫监测对象", "监测对象"])),
        [typeof(SupportStatus)] = Table(
            (SupportStatus.ExtremeHardshipSupport, ["特困", "特困供养", "特困人员"]),
            (SupportStatus.OrphanSupport, ["孤儿", "孤儿基本生活保障"]),
            (SupportStatus.WorkInjuryNursingAllowance, ["工伤护理费", "工伤保险生活护理费"]),
            (SupportStatus.WelfareInstitutionCare, ["福利机构", "福利机构供养"])),
        [typeof(SchoolStage)] = Table(
            (SchoolStage.Preschool, ["学前", "学前教育", "幼儿园"]),
            (SchoolStage.Primary, ["小学"]),
            (SchoolStage.JuniorSecondary, ["初中"]),
            (SchoolStage.GeneralSeniorSecondary, ["普通高中", "高中"]),
            (SchoolStage.SecondaryVocational, ["中职", "中等职业学校"]),
            (SchoolStage.FullTimeHigherEducation, ["全日制本专科", "大学", "本专科"])),
        [typeof(CertificateEventKind)] = Table(
            (CertificateEventKind.Issued, ["核发", "发证"]),
            (CertificateEventKind.Renewed, ["换领", "换证"]),
            (CertificateEventKind.Reassessed, ["重新评定", "重新评残"]),
            (CertificateEventKind.ReportedLost, ["挂失"]),
            (CertificateEventKind.Reissued, ["补发", "补办"]),
            (CertificateEventKind.Revoked, ["注销"])),
        [typeof(CertificateStatus)] = Table(
            (CertificateStatus.NotYetIssued, ["未发证"]),
            (CertificateStatus.Valid, ["有效"]),
            (CertificateStatus.Expired, ["已过期", "过期"]),
            (CertificateStatus.ReportedLost, ["已挂失"]),
            (CertificateStatus.Revoked, ["已注销"])),
        [typeof(RevocationReason)] = Table(
            (RevocationReason.Death, ["死亡"]),
            (RevocationReason.NoLongerQualifies, ["不再符合残疾标准", "不再符合标准", "不再符合", "不符合"])),
        [typeof(EmployerKind)] = Table(
            (EmployerKind.Enterprise, ["企业"]),
            (EmployerKind.GovernmentAgency, ["机关", "国家机关", "机关单位"]),
            (EmployerKind.PublicInstitution, ["事业单位"]),
            (EmployerKind.SocialOrganisation, ["社会团体", "社会组织", "民办非企业单位"])),
        [typeof(Sex)] = Table(
            (Sex.Male, ["男"]),
            (Sex.Female, ["女"])),
    }.ToFrozenDictionary();

    private static readonly string[][] GradeWords =
    [
        ["一级", "1级", "一"],
        ["二级", "2级", "二"],
        ["三级", "3级", "三"],
        ["四级", "4级", "四"],
    ];

    /// <summary>The enumerations that have Chinese words, in no particular order.</summary>
    public static IReadOnlyCollection<Type> Types => Tables.Keys;

    /// <summary>The usual Chinese words of the grades, 一级 to 四级.</summary>
    public static IReadOnlyList<string> GradeNames { get; } = [.. GradeWords.Select(w => w[0])];

    /// <summary>The Chinese words of a value, the usual one first; empty for a value or enumeration without any.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static IReadOnlyList<string> ChineseNames(Enum value)
    {
        Guard.Against.Null(value);
        return Tables.TryGetValue(value.GetType(), out var table) && table.TryGetValue(Convert.ToInt32(value, CultureInfo.InvariantCulture), out var words) ? words : [];
    }

    /// <summary>The usual Chinese word of every value of an enumeration, in declaration order; empty for an enumeration without words.</summary>
    /// <param name="enumType">The enumeration.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enumType"/> is null.</exception>
    public static IReadOnlyList<string> UsualChineseNames(Type enumType)
    {
        Guard.Against.Null(enumType);
        return Tables.TryGetValue(enumType, out var table)
            ? [.. Enum.GetValues(enumType).Cast<Enum>().Select(v => table.TryGetValue(Convert.ToInt32(v, CultureInfo.InvariantCulture), out var words) ? words[0] : null).OfType<string>()]
            : [];
    }

    /// <summary>Reads a value written as its English name (exactly as declared, e.g. <c>Mental</c>) or one of its Chinese words (e.g. <c>精神</c>, <c>精神残疾</c>).</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="value">The value read.</param>
    /// <returns>Whether the text is a word of a value.</returns>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        var found = TryParse(typeof(T), text, out var boxed);
        value = found ? (T)boxed! : default;
        return found;
    }

    /// <summary>Reads a value of an enumeration written as its English name or one of its Chinese words.</summary>
    /// <param name="enumType">The enumeration.</param>
    /// <param name="text">The text.</param>
    /// <param name="value">The value read.</param>
    /// <returns>Whether the text is a word of a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enumType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="enumType"/> is not an enumeration.</exception>
    public static bool TryParse(Type enumType, string? text, [NotNullWhen(true)] out object? value)
    {
        Guard.Against.Null(enumType);
        if (!enumType.IsEnum)
        {
            throw new ArgumentException("Not an enumeration.", nameof(enumType));
        }

        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var name = Array.Find(Enum.GetNames(enumType), n => string.Equals(n, text, StringComparison.Ordinal));
        if (name is not null)
        {
            value = Enum.Parse(enumType, name);
            return true;
        }

        if (Tables.TryGetValue(enumType, out var table))
        {
            foreach (var (code, words) in table)
            {
                if (words.Contains(text, StringComparer.Ordinal))
                {
                    value = Enum.ToObject(enumType, code);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Reads a disability grade written as a digit (<c>2</c>), its Chinese word (<c>二级</c>, <c>2级</c>, <c>二</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The grade 1 to 4, or <see langword="null"/> when the text is not one.</returns>
    public static int? GradeFor(string? text)
    {
        for (var i = 0; i < GradeWords.Length; i++)
        {
            if (text == (i + 1).ToString(CultureInfo.InvariantCulture) || GradeWords[i].Contains(text, StringComparer.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static FrozenDictionary<int, string[]> Table<T>(params (T Value, string[] Words)[] entries)
        where T : struct, Enum =>
        entries.ToFrozenDictionary(e => Convert.ToInt32(e.Value, CultureInfo.InvariantCulture), e => e.Words);
}
