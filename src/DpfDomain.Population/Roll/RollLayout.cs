using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.People;

namespace DpfDomain.Population.Roll;

/// <summary>
/// The documented layout of roll and status-list files: the Chinese and English header of every
/// column, and the words accepted in its cells. Headers and words are matched ignoring case,
/// spaces and full-width/half-width differences.
/// </summary>
public static class RollLayout
{
    private static readonly (RollColumn Column, string Chinese, string English, string[] Aliases)[] Roll =
    [
        (RollColumn.HouseholdNo, "户号", "HouseholdNo", ["户编号", "家庭户号"]),
        (RollColumn.Name, "姓名", "Name", []),
        (RollColumn.IdNumber, "公民身份号码", "IdNumber", ["身份证号", "身份证号码", "身份证件号码"]),
        (RollColumn.CertificateNumber, "残疾人证号", "CertificateNumber", ["残疾证号", "残疾人证号码"]),
        (RollColumn.Category, "残疾类别", "Category", []),
        (RollColumn.Grade, "残疾等级", "Grade", []),
        (RollColumn.Components, "多重残疾组成", "Components", ["多重残疾"]),
        (RollColumn.IssuedOn, "发证日期", "IssuedOn", ["发证时间"]),
        (RollColumn.RevokedOn, "注销日期", "RevokedOn", ["注销时间"]),
        (RollColumn.RevocationReason, "注销原因", "RevocationReason", []),
        (RollColumn.HukouType, "户口性质", "HukouType", ["户籍性质"]),
        (RollColumn.RegistrationCounty, "户籍地代码", "RegistrationCounty", ["户籍所在地代码"]),
        (RollColumn.ParentIds, "父母身份证号", "ParentIds", ["父母公民身份号码"]),
    ];

    private static readonly (StatusListColumn Column, string Chinese, string English, string[] Aliases)[] Lists =
    [
        (StatusListColumn.IdNumber, "公民身份号码", "IdNumber", ["身份证号", "身份证号码", "身份证件号码"]),
        (StatusListColumn.Name, "姓名", "Name", []),
        (StatusListColumn.Status, "类型", "Status", ["状态", "类别", "保障类型"]),
        (StatusListColumn.From, "开始日期", "From", ["起始日期", "享受开始日期"]),
        (StatusListColumn.Until, "结束日期", "Until", ["终止日期", "截止日期", "享受结束日期"]),
        (StatusListColumn.Months, "月数", "Months", ["照护月数"]),
        (StatusListColumn.DesignatedHospital, "定点机构", "DesignatedHospital", ["定点医院"]),
    ];

    private static readonly (StatusKind Kind, string Chinese, string[] Aliases)[] Kinds =
    [
        Shared(StatusKind.MinimumLivingAllowance, PovertyStatus.MinimumLivingAllowance),
        Shared(StatusKind.MarginalMinimumLivingAllowance, PovertyStatus.MarginalMinimumLivingAllowance),
        Shared(StatusKind.RegisteredPoor, PovertyStatus.RegisteredPoor),
        Shared(StatusKind.LiftedOutOfPoverty, PovertyStatus.LiftedOutOfPoverty),
        Shared(StatusKind.MonitoredForRelapse, PovertyStatus.MonitoredForRelapse),
        Shared(StatusKind.ExtremeHardshipSupport, SupportStatus.ExtremeHardshipSupport),
        Shared(StatusKind.OrphanSupport, SupportStatus.OrphanSupport),
        Shared(StatusKind.WorkInjuryNursingAllowance, SupportStatus.WorkInjuryNursingAllowance),
        Shared(StatusKind.WelfareInstitutionCare, SupportStatus.WelfareInstitutionCare),
        Shared(StatusKind.Preschool, SchoolStage.Preschool),
        Shared(StatusKind.Primary, SchoolStage.Primary),
        Shared(StatusKind.JuniorSecondary, SchoolStage.JuniorSecondary),
        Shared(StatusKind.GeneralSeniorSecondary, SchoolStage.GeneralSeniorSecondary),
        Shared(StatusKind.SecondaryVocational, SchoolStage.SecondaryVocational),
        Shared(StatusKind.FullTimeHigherEducation, SchoolStage.FullTimeHigherEducation),
        (StatusKind.CareNeed, "照护需求", ["长期照护"]),
        (StatusKind.PsychiatricTreatment, "精神科治疗", ["服药治疗"]),
        (StatusKind.AutismDiagnosis, "孤独症诊断", ["孤独症"]),
        (StatusKind.VisualDiagnosis, "视力诊断", []),
        (StatusKind.HearingDiagnosis, "听力诊断", []),
        (StatusKind.SpeechDiagnosis, "言语诊断", []),
        (StatusKind.PhysicalDiagnosis, "肢体诊断", []),
        (StatusKind.IntellectualDiagnosis, "智力诊断", []),
        (StatusKind.MentalDiagnosis, "精神诊断", []),
        (StatusKind.WearsHearingAid, "佩戴助听器", []),
        (StatusKind.HasCochlearImplant, "人工耳蜗", ["已植入人工耳蜗"]),
        (StatusKind.HearingAidFittingIndicated, "助听器验配指征", []),
        (StatusKind.CochlearImplantIndicated, "人工耳蜗植入指征", []),
    ];

    private static readonly FrozenDictionary<string, RollColumn> RollHeaders = Index(Roll.Select(c => (c.Column, c.Chinese, c.English, c.Aliases)));
    private static readonly FrozenDictionary<string, StatusListColumn> ListHeaders = Index(Lists.Select(c => (c.Column, c.Chinese, c.English, c.Aliases)));
    private static readonly FrozenDictionary<string, DisabilityCategory> CategoryWords = Enum.GetValues<DisabilityCategory>()
        .SelectMany(c => new[] { c.Code().ToString(System.Globalization.CultureInfo.InvariantCulture), c.ChineseName(), c.ChineseName()[..^2], c.EnglishName(), c.ToString() }.Select(word => (Word: Key(word), Category: c)))
        .DistinctBy(w => w.Word)
        .ToFrozenDictionary(w => w.Word, w => w.Category, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, StatusKind> KindWords = Index(Kinds.Select(k => (k.Kind, k.Chinese, k.Kind.ToString(), k.Aliases)));

    private static readonly FrozenDictionary<string, HukouType> HukouWords = Words<HukouType>();
    private static readonly FrozenDictionary<string, RevocationReason> RevocationWords = Words<RevocationReason>();

    /// <summary>The columns a roll must have.</summary>
    public static IReadOnlyList<RollColumn> RequiredRollColumns { get; } = [RollColumn.HouseholdNo, RollColumn.Name, RollColumn.HukouType];

    /// <summary>The columns a status list must have.</summary>
    public static IReadOnlyList<StatusListColumn> RequiredListColumns { get; } = [StatusListColumn.IdNumber, StatusListColumn.Status, StatusListColumn.From];

    /// <summary>The Chinese header of a roll column, as written in the documented layout.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The header, e.g. 公民身份号码.</returns>
    public static string ChineseHeader(RollColumn column) => Roll.First(c => c.Column == column).Chinese;

    /// <summary>The English header of a roll column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The header, e.g. IdNumber.</returns>
    public static string EnglishHeader(RollColumn column) => Roll.First(c => c.Column == column).English;

    /// <summary>The Chinese header of a status-list column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The header, e.g. 开始日期.</returns>
    public static string ChineseHeader(StatusListColumn column) => Lists.First(c => c.Column == column).Chinese;

    /// <summary>The English header of a status-list column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The header, e.g. From.</returns>
    public static string EnglishHeader(StatusListColumn column) => Lists.First(c => c.Column == column).English;

    /// <summary>The Chinese word for a status in a list's 类型 column.</summary>
    /// <param name="kind">The status.</param>
    /// <returns>The word, e.g. 低保.</returns>
    public static string ChineseName(StatusKind kind) => Kinds.First(k => k.Kind == kind).Chinese;

    /// <summary>Every other word accepted for a status (its English name included).</summary>
    /// <param name="kind">The status.</param>
    /// <returns>The aliases.</returns>
    public static IReadOnlyList<string> Aliases(StatusKind kind)
    {
        var entry = Kinds.First(k => k.Kind == kind);
        return [entry.Kind.ToString(), .. entry.Aliases];
    }

    /// <summary>Every other header accepted for a roll column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The aliases.</returns>
    public static IReadOnlyList<string> Aliases(RollColumn column) => Roll.First(c => c.Column == column).Aliases;

    /// <summary>Every other header accepted for a status-list column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The aliases.</returns>
    public static IReadOnlyList<string> Aliases(StatusListColumn column) => Lists.First(c => c.Column == column).Aliases;

    internal static RollColumn? RollColumnFor(string header) => RollHeaders.TryGetValue(Key(header), out var column) ? column : null;

    internal static StatusListColumn? ListColumnFor(string header) => ListHeaders.TryGetValue(Key(header), out var column) ? column : null;

    internal static StatusKind? KindFor(string text) => KindWords.TryGetValue(Key(text), out var kind) ? kind : null;

    internal static IEnumerable<string> AllRollHeaders => Roll.SelectMany(c => c.Aliases.Prepend(c.English).Prepend(c.Chinese));

    internal static IEnumerable<string> AllListHeaders => Lists.SelectMany(c => c.Aliases.Prepend(c.English).Prepend(c.Chinese));

    internal static DisabilityCategory? CategoryFor(string text) => CategoryWords.TryGetValue(Key(text), out var category) ? category : null;

    internal static int? GradeFor(string text)
    {
        var key = Key(text);
        key = key.StartsWith("grade", StringComparison.Ordinal) ? key[5..] : key;
        key = key.EndsWith('级') ? key[..^1] : key;
        return key switch
        {
            "1" or "一" or "壹" or "i" => 1,
            "2" or "二" or "贰" or "ii" => 2,
            "3" or "三" or "叁" or "iii" => 3,
            "4" or "四" or "肆" or "iv" => 4,
            _ => null,
        };
    }

    /// <summary>户口性质: the Chinese words of the domain's one table (<see cref="EnumWords"/>), the English names in any case, or the codes 1 and 2.</summary>
    internal static HukouType? HukouFor(string text) => Key(text) switch
    {
        "rural" or "1" => HukouType.Rural,
        "urban" or "2" => HukouType.Urban,
        var key => HukouWords.TryGetValue(key, out var hukou) || EnumWords.TryParse(key, out hukou) ? hukou : null,
    };

    /// <summary>注销原因: the Chinese words of the domain's one table, or the English names in any case.</summary>
    internal static RevocationReason? RevocationFor(string text) => Key(text) switch
    {
        "death" or "died" => RevocationReason.Death,
        "nolongerqualifies" => RevocationReason.NoLongerQualifies,
        var key => RevocationWords.TryGetValue(key, out var reason) || EnumWords.TryParse(key, out reason) ? reason : null,
    };

    /// <summary>A status of a list that is a status of the domain: its words from the domain's one table (<see cref="EnumWords"/>), the usual one first.</summary>
    private static (StatusKind Kind, string Chinese, string[] Aliases) Shared(StatusKind kind, Enum value)
    {
        var words = EnumWords.ChineseNames(value);
        return (kind, words[0], [.. words.Skip(1)]);
    }

    internal static bool? YesNoFor(string text) => Key(text) switch
    {
        "是" or "yes" or "y" or "true" or "1" or "√" => true,
        "否" or "no" or "n" or "false" or "0" or "×" => false,
        _ => null,
    };

    /// <summary>Full-width letters, digits and punctuation made half-width; nothing else changed.</summary>
    internal static string HalfWidth(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] is >= '\uFF01' and <= '\uFF5E' ? (char)(chars[i] - 0xFEE0) : chars[i] == '\u3000' ? ' ' : chars[i];
        }

        return new string(chars);
    }

    /// <summary>The form in which headers and words are compared: full-width letters and digits made half-width, spaces and underscores removed, lower case. Text already in that form is returned as it is.</summary>
    internal static string Key(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= 'A' and <= 'Z') or (>= '\uFF01' and <= '\uFF5E') or '\u3000' or '_' || char.IsWhiteSpace(c) || (c > '\u007F' && !IsCaseless(c) && char.ToLowerInvariant(c) != c))
            {
                return Normalised(text);
            }
        }

        return text;
    }

    /// <summary>Whether a character is one of the East Asian blocks (CJK symbols, kana, ideographs, Hangul syllables) that have no case, so that the culture tables need not be asked.</summary>
    private static bool IsCaseless(char c) => c is (>= '\u3001' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF');

    private static string Normalised(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var half = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (!char.IsWhiteSpace(half) && half != '_' && half != '\u3000')
            {
                buffer[length++] = half is >= 'A' and <= 'Z' ? (char)(half + 32) : half < '\u0080' || IsCaseless(half) ? half : char.ToLowerInvariant(half);
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>The domain's Chinese words of an enumeration, each with the value <see cref="EnumWords.TryParse{T}(string?, out T)"/> reads it as, so that the common words are found without a search.</summary>
    private static FrozenDictionary<string, T> Words<T>()
        where T : struct, Enum
    {
        var words = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var word in Enum.GetValues<T>().SelectMany(v => EnumWords.ChineseNames(v)))
        {
            if (EnumWords.TryParse<T>(word, out var value))
            {
                words[word] = value;
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, T> Index<T>(IEnumerable<(T Value, string Chinese, string English, string[] Aliases)> entries)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (value, chinese, english, aliases) in entries)
        {
            foreach (var name in aliases.Prepend(english).Prepend(chinese))
            {
                index[Key(name)] = value;
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
