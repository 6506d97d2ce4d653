using System.Globalization;
using NodaTime;

namespace DpfDomain.Certificates;

/// <summary>The bilingual sentences of illegal certificate transitions. Numbers appear masked only.</summary>
internal static class CertificateMessages
{
    public static DpfDomainException OutOfOrder(CertificateNumber number, string action, string actionZh, LocalDate date, LocalDate last) =>
        new(
            $"Certificate {number}: cannot {action} on {Iso(date)} because its last recorded change was on {Iso(last)}; changes are recorded in date order.",
            $"残疾人证{number}：最近一次变更在{Zh(last)}，不能在更早的{Zh(date)}{actionZh}；变更须按日期顺序记录。");

    public static DpfDomainException Revoked(CertificateNumber number, string action, string actionZh, LocalDate revokedOn) =>
        new(
            $"Certificate {number} was revoked on {Iso(revokedOn)}; a revoked certificate cannot {action}.",
            $"残疾人证{number}已于{Zh(revokedOn)}注销，注销的证件不能{actionZh}。");

    public static DpfDomainException WrongStatus(CertificateNumber number, string action, string actionZh, LocalDate date, CertificateStatus status, string need, string needZh) =>
        new(
            $"Certificate {number} is {Describe(status)} on {Iso(date)}; it can {action} only when {need}.",
            $"残疾人证{number}在{Zh(date)}的状态为{DescribeZh(status)}，只有{needZh}时才能{actionZh}。");

    public static DpfDomainException SameProfile(CertificateNumber number) =>
        new(
            $"Certificate {number}: the reassessment gives the same category and grade, so the number does not change; use Renew if a new card is needed.",
            $"残疾人证{number}：重新评定的类别和等级与原证相同，证号不变；如需新证请办理换领。");

    public static DpfDomainException DifferentHolder() =>
        new(
            "The certificate number belongs to a different identity number than the holder given.",
            "残疾人证号中的身份证号码与持证人不一致。");

    public static DpfDomainException InconsistentNumber(CertificateNumber number, string profile) =>
        new(
            $"Certificate {number} does not match the assessed disability {profile}: the category digit must be 7 exactly when the disability is multiple, and the grade digit must be its grade (the most severe component's for a multiple disability).",
            $"残疾人证{number}与评定结果“{profile}”不一致：多重残疾的类别代码为7，其他为各自类别；等级代码应为评定等级（多重残疾取最重的一项）。");

    public static DpfDomainException NotCounty(string county) =>
        new(
            $"The issuing division {county} is not county-level (its last two digits are 00); certificates are issued by the county-level federation of the holder's household registration.",
            $"发证机关行政区划{county}不是县级（末两位为00）；残疾人证由户籍所在地县级残联核发。");

    public static DpfDomainException ReapplyAfterDeath(CertificateNumber number) =>
        new(
            $"Certificate {number} was revoked on the holder's death; nobody can re-apply for it.",
            $"残疾人证{number}因持证人死亡注销，不能再申请。");

    public static DpfDomainException ReapplyTooEarly(CertificateNumber number, LocalDate revokedOn, LocalDate date, LocalDate allowedFrom) =>
        new(
            $"Certificate {number} was revoked on {Iso(revokedOn)} because the holder no longer met the standard; re-application is barred for one year, so an application on {Iso(date)} is refused and is possible from {Iso(allowedFrom)}.",
            $"残疾人证{number}于{Zh(revokedOn)}因不再符合残疾标准注销，一年内不得重新申请：{Zh(date)}的申请不予受理，自{Zh(allowedFrom)}起可重新申请。");

    public static string Describe(CertificateStatus status) => status switch
    {
        CertificateStatus.NotYetIssued => "not yet issued",
        CertificateStatus.Valid => "valid",
        CertificateStatus.Expired => "expired",
        CertificateStatus.ReportedLost => "reported lost",
        _ => "revoked",
    };

    public static string DescribeZh(CertificateStatus status) => status switch
    {
        CertificateStatus.NotYetIssued => "尚未核发",
        CertificateStatus.Valid => "有效",
        CertificateStatus.Expired => "已过期",
        CertificateStatus.ReportedLost => "已挂失",
        _ => "已注销",
    };

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Zh(LocalDate date) => date.ToString("uuuu年M月d日", CultureInfo.InvariantCulture);
}
