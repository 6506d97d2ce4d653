using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using NodaTime;

namespace DpfDomain.Tests.Certificates;

/// <summary>
/// The exact sentences of refused transitions: a revoked certificate names its revocation (not a
/// mere status), a wrong status names the status and what is needed, in both languages.
/// </summary>
public sealed partial class DisabilityCertificateTests
{
    private static readonly LocalDate RevokedOn = new(2020, 1, 1);
    private static readonly DisabilityProfile MentalOne = DisabilityProfile.Of(DisabilityCategory.Mental, 1);

    /// <summary>Each transition after a revocation, with the words it is refused with.</summary>
    public static TheoryData<string, string, string> TransitionsAfterRevocation => new()
    {
        { "renew", "be renewed", "换领" },
        { "revoke", "be revoked again", "再次注销" },
        { "reassess", "be reassessed", "重新评定" },
        { "report lost", "be reported lost", "挂失" },
        { "reissue", "be reissued", "补发" },
    };

    [Theory]
    [MemberData(nameof(TransitionsAfterRevocation))]
    public void Transition_AfterRevocation_IsRefusedBecauseOfTheRevocation(string transition, string action, string actionZh)
    {
        var number = Issued().Number;
        foreach (var revoked in RevokedCertificates())
        {
            var exception = AssertRefused(() => Apply(revoked, transition, RevokedOn.PlusDays(1)));

            Assert.Equal($"Certificate {number} was revoked on 2020-01-01; a revoked certificate cannot {action}.", exception.Message);
            Assert.Equal($"残疾人证{number}已于2020年1月1日注销，注销的证件不能{actionZh}。", exception.MessageZh);
        }
    }

    [Theory]
    [MemberData(nameof(TransitionsAfterRevocation))]
    public void Transition_OnTheRevocationDay_IsRefusedBecauseOfTheRevocation(string transition, string action, string actionZh)
    {
        _ = actionZh;
        foreach (var revoked in RevokedCertificates())
        {
            var exception = AssertRefused(() => Apply(revoked, transition, RevokedOn));

            Assert.EndsWith($"a revoked certificate cannot {action}.", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Reassess_ReportedLostCertificate_SaysItMustBeValid()
    {
        var lost = Issued().ReportLost(new LocalDate(2020, 1, 1));

        var exception = AssertRefused(() => lost.Reassess(new LocalDate(2020, 2, 1), MentalOne));

        Assert.Equal($"Certificate {lost.Number} is reported lost on 2020-02-01; it can be reassessed only when it is valid.", exception.Message);
        Assert.Equal($"残疾人证{lost.Number}在2020年2月1日的状态为已挂失，只有证件有效时才能重新评定。", exception.MessageZh);
    }

    [Fact]
    public void ReportLost_ExpiredCertificate_SaysItMustBeValid()
    {
        var certificate = Issued();

        var exception = AssertRefused(() => certificate.ReportLost(new LocalDate(2029, 3, 15)));

        Assert.Equal($"Certificate {certificate.Number} is expired on 2029-03-15; it can be reported lost only when it is valid.", exception.Message);
        Assert.Equal($"残疾人证{certificate.Number}在2029年3月15日的状态为已过期，只有证件有效时才能挂失。", exception.MessageZh);
    }

    [Fact]
    public void Reissue_ValidCertificate_SaysItMustHaveBeenReportedLost()
    {
        var certificate = Issued();

        var exception = AssertRefused(() => certificate.Reissue(new LocalDate(2020, 1, 1)));

        Assert.Equal($"Certificate {certificate.Number} is valid on 2020-01-01; it can be reissued only when it has been reported lost.", exception.Message);
        Assert.Equal($"残疾人证{certificate.Number}在2020年1月1日的状态为有效，只有已挂失时才能补发。", exception.MessageZh);
    }

    [Fact]
    public void Reissue_AfterTheValidityEnded_SaysRenewInstead()
    {
        var lost = Issued().ReportLost(new LocalDate(2029, 1, 1));

        var exception = AssertRefused(() => lost.Reissue(new LocalDate(2029, 3, 15)));

        Assert.Equal($"Certificate {lost.Number} is expired on 2029-03-15; it can be reissued only when its validity has not ended (renew it instead).", exception.Message);
        Assert.Equal($"残疾人证{lost.Number}在2029年3月15日的状态为已过期，只有证件仍在有效期内（已过期的请换领）时才能补发。", exception.MessageZh);
    }

    [Fact]
    public void Reapply_NotRevoked_SaysItMustHaveBeenRevoked()
    {
        var certificate = Issued();

        var exception = AssertRefused(() => certificate.Reapply(new LocalDate(2022, 1, 1), MentalTwo));

        Assert.Equal($"Certificate {certificate.Number} is valid on 2022-01-01; it can be replaced by a new application only when it has been revoked.", exception.Message);
        Assert.Equal($"残疾人证{certificate.Number}在2022年1月1日的状态为有效，只有已注销时才能重新申请。", exception.MessageZh);
    }

    [Fact]
    public void Reapply_AfterDeath_SaysNobodyCanReapply()
    {
        var revoked = Issued().Revoke(RevokedOn, RevocationReason.Death);

        var exception = AssertRefused(() => revoked.Reapply(new LocalDate(2030, 1, 1), MentalTwo));

        Assert.Equal($"Certificate {revoked.Number} was revoked on the holder's death; nobody can re-apply for it.", exception.Message);
        Assert.Equal($"残疾人证{revoked.Number}因持证人死亡注销，不能再申请。", exception.MessageZh);
    }

    [Fact]
    public void Reapply_WithinTheYear_NamesTheRevocationTheApplicationAndTheFirstAllowedDay()
    {
        var revoked = Issued().Revoke(RevokedOn, RevocationReason.NoLongerQualifies);

        var exception = AssertRefused(() => revoked.Reapply(new LocalDate(2020, 12, 31), MentalTwo));

        Assert.Equal(
            $"Certificate {revoked.Number} was revoked on 2020-01-01 because the holder no longer met the standard; re-application is barred for one year, so an application on 2020-12-31 is refused and is possible from 2021-01-01.",
            exception.Message);
        Assert.Equal(
            $"残疾人证{revoked.Number}于2020年1月1日因不再符合残疾标准注销，一年内不得重新申请：2020年12月31日的申请不予受理，自2021年1月1日起可重新申请。",
            exception.MessageZh);
    }

    [Fact]
    public void Reassess_SameProfile_SaysToRenewInstead()
    {
        var certificate = Issued();

        var exception = AssertRefused(() => certificate.Reassess(new LocalDate(2022, 1, 1), MentalTwo));

        Assert.Equal($"Certificate {certificate.Number}: the reassessment gives the same category and grade, so the number does not change; use Renew if a new card is needed.", exception.Message);
        Assert.Equal($"残疾人证{certificate.Number}：重新评定的类别和等级与原证相同，证号不变；如需新证请办理换领。", exception.MessageZh);
    }

    [Fact]
    public void Renew_BeforeTheLastChange_SaysChangesAreInDateOrder()
    {
        var renewed = Issued().Renew(new LocalDate(2024, 6, 1));

        var exception = AssertRefused(() => renewed.Renew(new LocalDate(2024, 5, 31)));

        Assert.Equal($"Certificate {renewed.Number}: cannot be renewed on 2024-05-31 because its last recorded change was on 2024-06-01; changes are recorded in date order.", exception.Message);
        Assert.Equal($"残疾人证{renewed.Number}：最近一次变更在2024年6月1日，不能在更早的2024年5月31日换领；变更须按日期顺序记录。", exception.MessageZh);
    }

    [Fact]
    public void Issue_PrefectureLevelDivision_SaysCertificatesAreIssuedByCounties()
    {
        var exception = AssertRefused(() => DisabilityCertificate.Issue(Holder, MentalTwo, IssueDate, DivisionCode.Parse("340100")));

        Assert.Equal("The issuing division 340100 is not county-level (its last two digits are 00); certificates are issued by the county-level federation of the holder's household registration.", exception.Message);
        Assert.Equal("发证机关行政区划340100不是县级（末两位为00）；残疾人证由户籍所在地县级残联核发。", exception.MessageZh);
    }

    /// <summary>Certificates revoked on <see cref="RevokedOn"/>: while valid, after a loss, for either reason.</summary>
    private static DisabilityCertificate[] RevokedCertificates() =>
    [
        Issued().Revoke(RevokedOn, RevocationReason.NoLongerQualifies),
        Issued().Revoke(RevokedOn, RevocationReason.Death),
        Issued().ReportLost(RevokedOn.PlusDays(-10)).Revoke(RevokedOn, RevocationReason.NoLongerQualifies),
    ];

    private static DisabilityCertificate Apply(DisabilityCertificate certificate, string transition, LocalDate date) => transition switch
    {
        "renew" => certificate.Renew(date),
        "revoke" => certificate.Revoke(date, RevocationReason.Death),
        "reassess" => certificate.Reassess(date, MentalOne),
        "report lost" => certificate.ReportLost(date),
        "reissue" => certificate.Reissue(date),
        _ => throw new ArgumentOutOfRangeException(nameof(transition), transition, "Not a transition."),
    };
}
