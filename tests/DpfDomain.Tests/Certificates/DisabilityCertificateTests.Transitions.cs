using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using NodaTime;

namespace DpfDomain.Tests.Certificates;

public sealed partial class DisabilityCertificateTests
{
    private static readonly DivisionCode County = DivisionCode.Parse("340123");
    private static readonly ResidentIdNumber Holder = ResidentIdNumber.Create(County, new LocalDate(1980, 1, 1), 123);
    private static readonly string HolderDigits = Holder.ToUnmaskedString();
    private static readonly DisabilityProfile MentalTwo = DisabilityProfile.Of(DisabilityCategory.Mental, 2);
    private static readonly LocalDate IssueDate = new(2019, 3, 15);

    // ---- Issue and validity -------------------------------------------------------------

    [Fact]
    public void Issue_TenYearCertificateFrom20190315_IsValidThrough20290314AndExpiredFrom20290315()
    {
        var certificate = Issued();

        Assert.Equal(CertificateValidityPolicy.Default, certificate.ValidityPolicy);
        Assert.Equal(10, certificate.ValidityPolicy.Years);
        Assert.Equal(IssueDate, certificate.ValidFrom);
        Assert.Equal(IssueDate, certificate.FirstIssuedOn);
        Assert.Equal(new LocalDate(2029, 3, 14), certificate.LastValidDay);
        Assert.Equal(CertificateStatus.NotYetIssued, certificate.StatusOn(new LocalDate(2019, 3, 14)));
        Assert.Equal(CertificateStatus.Valid, certificate.StatusOn(IssueDate));
        Assert.True(certificate.IsValidOn(new LocalDate(2029, 3, 14)));
        Assert.Equal(CertificateStatus.Expired, certificate.StatusOn(new LocalDate(2029, 3, 15)));
        Assert.False(certificate.IsValidOn(new LocalDate(2029, 3, 15)));
    }

    [Fact]
    public void Issue_NewCertificate_HasTheHoldersNumberWithCategoryAndGradeDigits()
    {
        var certificate = Issued();

        Assert.Equal(HolderDigits + "62", certificate.Number.ToUnmaskedString());
        Assert.Equal(0, certificate.Number.ReissueCount);
        Assert.Equal(0, certificate.InitialReissueCount);
        Assert.Equal(Holder, certificate.Holder);
        Assert.Equal(County, certificate.IssuingCounty);
        Assert.Equal(MentalTwo, certificate.Profile);
        var issued = Assert.Single(certificate.History);
        Assert.Equal(CertificateEventKind.Issued, issued.Kind);
        Assert.Equal(IssueDate, issued.Date);
        Assert.Null(certificate.RevokedOn);
        Assert.Null(certificate.ReapplicationAllowedFrom);
        Assert.DoesNotContain(HolderDigits, certificate.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(HolderDigits, certificate.Number.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_LeapDay20200229_ExpiresOn20300228()
    {
        var certificate = Issued(new LocalDate(2020, 2, 29));

        Assert.Equal(new LocalDate(2030, 2, 28), certificate.ValidityPolicy.ExpiresOn(new LocalDate(2020, 2, 29)));
        Assert.Equal(new LocalDate(2030, 2, 27), certificate.LastValidDay);
        Assert.Equal(CertificateStatus.Valid, certificate.StatusOn(new LocalDate(2030, 2, 27)));
        Assert.Equal(CertificateStatus.Expired, certificate.StatusOn(new LocalDate(2030, 2, 28)));
    }

    [Fact]
    public void Issue_LeapDayWithFourYearPolicy_ExpiresOnTheNextLeapDay()
    {
        var certificate = DisabilityCertificate.Issue(Holder, MentalTwo, new LocalDate(2020, 2, 29), County, new CertificateValidityPolicy(4));

        Assert.Equal(new LocalDate(2024, 2, 28), certificate.LastValidDay);
        Assert.Equal(CertificateStatus.Valid, certificate.StatusOn(new LocalDate(2024, 2, 28)));
        Assert.Equal(CertificateStatus.Expired, certificate.StatusOn(new LocalDate(2024, 2, 29)));
    }

    [Fact]
    public void Issue_NonCountyLevelDivision_Throws()
    {
        AssertRefused(() => DisabilityCertificate.Issue(Holder, MentalTwo, IssueDate, DivisionCode.Parse("340100")));
        AssertRefused(() => DisabilityCertificate.FromRegister(CertificateNumber.For(Holder, MentalTwo), MentalTwo, IssueDate, DivisionCode.Parse("340000")));
    }

    [Fact]
    public void Issue_UninitialisedHolderOrCountyOrNullProfile_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => DisabilityCertificate.Issue(default, MentalTwo, IssueDate, County));
        Assert.Throws<ArgumentException>(() => DisabilityCertificate.Issue(Holder, MentalTwo, IssueDate, default));
        Assert.Throws<ArgumentNullException>(() => DisabilityCertificate.Issue(Holder, null!, IssueDate, County));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void ValidityPolicy_YearsOutOfRange_Throws(int years)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CertificateValidityPolicy(years));
    }

    // ---- Renew ---------------------------------------------------------------------------

    [Fact]
    public void Renew_ValidCertificate_StartsANewValidityPeriodOnTheRenewalDate()
    {
        var renewedOn = new LocalDate(2025, 6, 1);

        var renewed = Issued().Renew(renewedOn);

        Assert.Equal(renewedOn, renewed.ValidFrom);
        Assert.Equal(new LocalDate(2035, 5, 31), renewed.LastValidDay);
        Assert.Equal(CertificateStatus.Valid, renewed.StatusOn(new LocalDate(2035, 5, 31)));
        Assert.Equal(CertificateStatus.Expired, renewed.StatusOn(new LocalDate(2035, 6, 1)));
        Assert.Equal(IssueDate, renewed.SnapshotOn(renewedOn.PlusDays(-1)).ValidFrom);
        Assert.Equal(HolderDigits + "62", renewed.Number.ToUnmaskedString());
        Assert.Equal(CertificateEventKind.Renewed, renewed.History[^1].Kind);
        Assert.Equal(IssueDate, renewed.FirstIssuedOn);
    }

    [Fact]
    public void Renew_ExpiredCertificate_IsValidAgainFromTheRenewalDate()
    {
        var renewedOn = new LocalDate(2030, 1, 10);

        var renewed = Issued().Renew(renewedOn);

        Assert.Equal(CertificateStatus.Expired, renewed.StatusOn(renewedOn.PlusDays(-1)));
        Assert.Equal(CertificateStatus.Valid, renewed.StatusOn(renewedOn));
        Assert.Equal(renewedOn, renewed.ValidFrom);
        Assert.Equal(new LocalDate(2040, 1, 9), renewed.LastValidDay);
    }

    [Fact]
    public void Renew_AfterReissue_ResetsTheReissueSuffix()
    {
        var reissued = Issued().ReportLost(new LocalDate(2020, 1, 1)).Reissue(new LocalDate(2020, 1, 10));

        var renewed = reissued.Renew(new LocalDate(2021, 1, 1));

        Assert.Equal(1, reissued.Number.ReissueCount);
        Assert.Equal(0, renewed.Number.ReissueCount);
        Assert.Equal(HolderDigits + "62", renewed.Number.ToUnmaskedString());
        Assert.Equal(new LocalDate(2021, 1, 1), renewed.ValidFrom);
    }

    [Fact]
    public void Renew_ReportedLostCertificate_GivesAValidCardWithoutSuffix()
    {
        var renewed = Issued().ReportLost(new LocalDate(2020, 1, 1)).Renew(new LocalDate(2020, 2, 1));

        Assert.Equal(CertificateStatus.ReportedLost, renewed.StatusOn(new LocalDate(2020, 1, 31)));
        Assert.Equal(CertificateStatus.Valid, renewed.StatusOn(new LocalDate(2020, 2, 1)));
        Assert.Equal(0, renewed.Number.ReissueCount);
    }

    [Fact]
    public void Renew_RevokedCertificate_ThrowsWithFullSentences()
    {
        var revoked = Issued().Revoke(new LocalDate(2022, 1, 1), RevocationReason.NoLongerQualifies);

        var exception = AssertRefused(() => revoked.Renew(new LocalDate(2023, 1, 1)));

        Assert.Contains("revoked", exception.Message, StringComparison.Ordinal);
        Assert.Contains("2022-01-01", exception.Message, StringComparison.Ordinal);
        Assert.Contains("注销", exception.MessageZh, StringComparison.Ordinal);
    }

    // ---- Revoke --------------------------------------------------------------------------

    [Theory]
    [InlineData(RevocationReason.Death)]
    [InlineData(RevocationReason.NoLongerQualifies)]
    public void Revoke_Twice_Throws(RevocationReason reason)
    {
        var revoked = Issued().Revoke(new LocalDate(2022, 1, 1), reason);

        AssertRefused(() => revoked.Revoke(new LocalDate(2022, 1, 1), RevocationReason.Death));
        AssertRefused(() => revoked.Revoke(new LocalDate(2024, 1, 1), RevocationReason.NoLongerQualifies));
    }

    [Fact]
    public void Revoke_NoLongerQualifies_RecordsDateReasonAndReapplicationDate()
    {
        var revoked = Issued().Revoke(new LocalDate(2022, 1, 1), RevocationReason.NoLongerQualifies);

        Assert.Equal(new LocalDate(2022, 1, 1), revoked.RevokedOn);
        Assert.Equal(RevocationReason.NoLongerQualifies, revoked.RevocationReason);
        Assert.Equal(new LocalDate(2023, 1, 1), revoked.ReapplicationAllowedFrom);
        Assert.Equal(CertificateStatus.Valid, revoked.StatusOn(new LocalDate(2021, 12, 31)));
        Assert.Equal(CertificateStatus.Revoked, revoked.StatusOn(new LocalDate(2022, 1, 1)));
        Assert.Equal(CertificateEventKind.Revoked, revoked.History[^1].Kind);
        Assert.Equal(RevocationReason.NoLongerQualifies, revoked.History[^1].RevocationReason);
    }

    [Fact]
    public void Revoke_Death_HasNoReapplicationDate()
    {
        var revoked = Issued().Revoke(new LocalDate(2022, 1, 1), RevocationReason.Death);

        Assert.Equal(RevocationReason.Death, revoked.RevocationReason);
        Assert.Null(revoked.ReapplicationAllowedFrom);
        Assert.False(revoked.CanReapplyOn(new LocalDate(2040, 1, 1)));
    }

    [Fact]
    public void Revoke_ExpiredOrReportedLostCertificate_IsRevoked()
    {
        var expired = Issued().Revoke(new LocalDate(2030, 1, 1), RevocationReason.Death);
        var lost = Issued().ReportLost(new LocalDate(2020, 1, 1)).Revoke(new LocalDate(2020, 2, 1), RevocationReason.Death);

        Assert.Equal(CertificateStatus.Revoked, expired.StatusOn(new LocalDate(2030, 1, 1)));
        Assert.Equal(CertificateStatus.Expired, expired.StatusOn(new LocalDate(2029, 12, 31)));
        Assert.Equal(CertificateStatus.Revoked, lost.StatusOn(new LocalDate(2020, 2, 1)));
    }

    [Fact]
    public void Revoke_UndefinedReason_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Issued().Revoke(new LocalDate(2022, 1, 1), (RevocationReason)0));
    }

    // ---- Reassess ------------------------------------------------------------------------

    [Fact]
    public void Reassess_PhysicalGrade3ToMultipleGrade2_ChangesTheLastTwoDigitsTo72()
    {
        var physicalThree = DisabilityProfile.Of(DisabilityCategory.Physical, 3);
        var multiple = DisabilityProfile.Multiple(
            new Disability(DisabilityCategory.Physical, DisabilityGrade.Three),
            new Disability(DisabilityCategory.Hearing, DisabilityGrade.Two));
        var reassessedOn = new LocalDate(2022, 1, 1);
        var certificate = DisabilityCertificate.Issue(Holder, physicalThree, IssueDate, County);

        var reassessed = certificate.Reassess(reassessedOn, multiple);

        Assert.Equal(HolderDigits + "43", certificate.Number.ToUnmaskedString());
        Assert.Equal(HolderDigits + "72", reassessed.Number.ToUnmaskedString());
        Assert.Equal(DisabilityCategory.Multiple, reassessed.Number.Category);
        Assert.Equal(DisabilityGrade.Two, reassessed.Number.Grade);
        Assert.Equal(multiple, reassessed.Profile);
        Assert.Equal(reassessedOn, reassessed.ValidFrom);
        Assert.Equal(new LocalDate(2031, 12, 31), reassessed.LastValidDay);
        Assert.Equal(HolderDigits + "43", reassessed.SnapshotOn(reassessedOn.PlusDays(-1)).Number.ToUnmaskedString());
        Assert.Equal(physicalThree, reassessed.SnapshotOn(reassessedOn.PlusDays(-1)).Profile);
        Assert.Equal(CertificateEventKind.Reassessed, reassessed.History[^1].Kind);
    }

    [Fact]
    public void Reassess_AfterReissue_DropsTheReissueSuffix()
    {
        var reissued = Issued().ReportLost(new LocalDate(2020, 1, 1)).Reissue(new LocalDate(2020, 1, 2));

        var reassessed = reissued.Reassess(new LocalDate(2021, 1, 1), DisabilityProfile.Of(DisabilityCategory.Mental, 1));

        Assert.Equal(HolderDigits + "62B1", reissued.Number.ToUnmaskedString());
        Assert.Equal(HolderDigits + "61", reassessed.Number.ToUnmaskedString());
    }

    [Fact]
    public void Reassess_SameProfile_Throws()
    {
        var multiple = DisabilityProfile.Multiple(
            new Disability(DisabilityCategory.Visual, DisabilityGrade.Two),
            new Disability(DisabilityCategory.Hearing, DisabilityGrade.Three));
        var sameComponentsInOtherOrder = DisabilityProfile.Multiple(
            new Disability(DisabilityCategory.Hearing, DisabilityGrade.Three),
            new Disability(DisabilityCategory.Visual, DisabilityGrade.Two));
        var certificate = DisabilityCertificate.Issue(Holder, multiple, IssueDate, County);

        AssertRefused(() => Issued().Reassess(new LocalDate(2022, 1, 1), DisabilityProfile.Of(DisabilityCategory.Mental, 2)));
        AssertRefused(() => certificate.Reassess(new LocalDate(2022, 1, 1), sameComponentsInOtherOrder));
    }

    [Fact]
    public void Reassess_ExpiredCertificate_Throws()
    {
        AssertRefused(() => Issued().Reassess(new LocalDate(2029, 3, 15), DisabilityProfile.Of(DisabilityCategory.Mental, 1)));
    }

    [Fact]
    public void Reassess_OnLastValidDay_IsAllowed()
    {
        var reassessed = Issued().Reassess(new LocalDate(2029, 3, 14), DisabilityProfile.Of(DisabilityCategory.Mental, 1));

        Assert.Equal(new LocalDate(2039, 3, 13), reassessed.LastValidDay);
    }

    [Fact]
    public void Reassess_ReportedLostOrRevokedCertificate_Throws()
    {
        var lost = Issued().ReportLost(new LocalDate(2020, 1, 1));
        var revoked = Issued().Revoke(new LocalDate(2020, 1, 1), RevocationReason.NoLongerQualifies);

        AssertRefused(() => lost.Reassess(new LocalDate(2020, 2, 1), DisabilityProfile.Of(DisabilityCategory.Mental, 1)));
        AssertRefused(() => revoked.Reassess(new LocalDate(2020, 2, 1), DisabilityProfile.Of(DisabilityCategory.Mental, 1)));
    }

    // ---- Report lost and reissue ---------------------------------------------------------

    [Fact]
    public void ReportLostThenReissue_Twice_GivesB1ThenB2WithinTheSameValidity()
    {
        var lost = Issued().ReportLost(new LocalDate(2020, 1, 1));
        var first = lost.Reissue(new LocalDate(2020, 1, 15));
        var second = first.ReportLost(new LocalDate(2021, 5, 1)).Reissue(new LocalDate(2021, 5, 2));

        Assert.Equal(CertificateStatus.ReportedLost, lost.StatusOn(new LocalDate(2020, 1, 1)));
        Assert.False(lost.IsValidOn(new LocalDate(2020, 1, 10)));
        Assert.Equal(1, first.Number.ReissueCount);
        Assert.EndsWith("62B1", first.Number.ToUnmaskedString(), StringComparison.Ordinal);
        Assert.Equal(CertificateStatus.Valid, first.StatusOn(new LocalDate(2020, 1, 15)));
        Assert.Equal(2, second.Number.ReissueCount);
        Assert.Equal(HolderDigits + "62B2", second.Number.ToUnmaskedString());
        Assert.EndsWith("B2", second.Number.ToUnmaskedString(), StringComparison.Ordinal);
        Assert.EndsWith("62B2", second.Number.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(HolderDigits, second.Number.ToString(), StringComparison.Ordinal);
        Assert.Equal(IssueDate, second.ValidFrom);
        Assert.Equal(new LocalDate(2029, 3, 14), second.LastValidDay);
        Assert.Equal(CertificateStatus.Valid, second.StatusOn(new LocalDate(2029, 3, 14)));
        Assert.Equal(CertificateStatus.Expired, second.StatusOn(new LocalDate(2029, 3, 15)));
    }

    [Fact]
    public void ReportLostAndReissue_OnTheSameDay_IsAllowed()
    {
        var reissued = Issued().ReportLost(new LocalDate(2020, 1, 1)).Reissue(new LocalDate(2020, 1, 1));

        Assert.Equal(CertificateStatus.Valid, reissued.StatusOn(new LocalDate(2020, 1, 1)));
        Assert.Equal(1, reissued.Number.ReissueCount);
    }

    [Fact]
    public void Reissue_WithoutLoss_Throws()
    {
        AssertRefused(() => Issued().Reissue(new LocalDate(2020, 1, 1)));
        AssertRefused(() => Issued().ReportLost(new LocalDate(2020, 1, 1)).Reissue(new LocalDate(2020, 1, 2)).Reissue(new LocalDate(2020, 1, 3)));
    }

    [Fact]
    public void Reissue_AfterValidityEnded_Throws()
    {
        var lost = Issued().ReportLost(new LocalDate(2029, 1, 1));

        AssertRefused(() => lost.Reissue(new LocalDate(2029, 3, 15)));
        Assert.Equal(1, lost.Reissue(new LocalDate(2029, 3, 14)).Number.ReissueCount);
    }

    [Fact]
    public void Reissue_RevokedAfterLoss_Throws()
    {
        var revoked = Issued().ReportLost(new LocalDate(2020, 1, 1)).Revoke(new LocalDate(2020, 2, 1), RevocationReason.Death);

        AssertRefused(() => revoked.Reissue(new LocalDate(2020, 3, 1)));
    }

    [Fact]
    public void ReportLost_ExpiredOrAlreadyLostCertificate_Throws()
    {
        AssertRefused(() => Issued().ReportLost(new LocalDate(2029, 3, 15)));
        AssertRefused(() => Issued().ReportLost(new LocalDate(2020, 1, 1)).ReportLost(new LocalDate(2020, 1, 2)));
    }

    // ---- Date order ----------------------------------------------------------------------

    [Fact]
    public void Transitions_DatedBeforeTheLastChange_Throw()
    {
        var renewed = Issued().Renew(new LocalDate(2024, 6, 1));
        var lost = renewed.ReportLost(new LocalDate(2025, 1, 1));
        var before = new LocalDate(2024, 5, 31);

        AssertRefused(() => renewed.Renew(before));
        AssertRefused(() => renewed.Revoke(before, RevocationReason.Death));
        AssertRefused(() => renewed.Reassess(before, DisabilityProfile.Of(DisabilityCategory.Mental, 1)));
        AssertRefused(() => renewed.ReportLost(before));
        AssertRefused(() => lost.Reissue(new LocalDate(2024, 12, 31)));
        AssertRefused(() => Issued().Renew(IssueDate.PlusDays(-1)));
    }

    [Fact]
    public void Revoke_BeforeTheLastChange_MessageNamesBothDates()
    {
        var renewed = Issued().Renew(new LocalDate(2024, 6, 1));

        var exception = AssertRefused(() => renewed.Revoke(new LocalDate(2024, 5, 31), RevocationReason.Death));

        Assert.Contains("2024-05-31", exception.Message, StringComparison.Ordinal);
        Assert.Contains("2024-06-01", exception.Message, StringComparison.Ordinal);
    }

    // ---- Reapply -------------------------------------------------------------------------

    [Fact]
    public void Reapply_NotRevoked_Throws()
    {
        AssertRefused(() => Issued().Reapply(new LocalDate(2022, 1, 1), MentalTwo));
        Assert.False(Issued().CanReapplyOn(new LocalDate(2040, 1, 1)));
    }

    [Fact]
    public void Reapply_NoLongerQualifies_IsRefusedUntilTheFirstAnniversary()
    {
        var revoked = Issued().Revoke(new LocalDate(2023, 6, 10), RevocationReason.NoLongerQualifies);

        var exception = AssertRefused(() => revoked.Reapply(new LocalDate(2024, 6, 9), MentalTwo));
        var reapplied = revoked.Reapply(new LocalDate(2024, 6, 10), DisabilityProfile.Of(DisabilityCategory.Mental, 3));

        Assert.Contains("2024-06-10", exception.Message, StringComparison.Ordinal);
        Assert.False(revoked.CanReapplyOn(new LocalDate(2024, 6, 9)));
        Assert.True(revoked.CanReapplyOn(new LocalDate(2024, 6, 10)));
        Assert.Equal(HolderDigits + "63", reapplied.Number.ToUnmaskedString());
        Assert.Equal(new LocalDate(2024, 6, 10), reapplied.FirstIssuedOn);
        Assert.Single(reapplied.History);
        Assert.Equal(County, reapplied.IssuingCounty);
        Assert.Equal(CertificateStatus.Valid, reapplied.StatusOn(new LocalDate(2024, 6, 10)));
    }

    [Fact]
    public void Reapply_AfterDeath_Throws()
    {
        var revoked = Issued().Revoke(new LocalDate(2023, 6, 10), RevocationReason.Death);

        AssertRefused(() => revoked.Reapply(new LocalDate(2030, 1, 1), MentalTwo));
    }

    // ---- Register entry ------------------------------------------------------------------

    [Fact]
    public void FromRegister_NumberInconsistentWithProfile_Throws()
    {
        var multipleGradeTwo = DisabilityProfile.Multiple(
            new Disability(DisabilityCategory.Physical, DisabilityGrade.Two),
            new Disability(DisabilityCategory.Hearing, DisabilityGrade.Three));

        AssertRefused(() => DisabilityCertificate.FromRegister(CertificateNumber.Parse(HolderDigits + "62"), DisabilityProfile.Of(DisabilityCategory.Mental, 3), IssueDate, County));
        AssertRefused(() => DisabilityCertificate.FromRegister(CertificateNumber.Parse(HolderDigits + "42"), multipleGradeTwo, IssueDate, County));
        AssertRefused(() => DisabilityCertificate.FromRegister(CertificateNumber.Parse(HolderDigits + "72"), DisabilityProfile.Of(DisabilityCategory.Physical, 2), IssueDate, County));
        AssertRefused(() => DisabilityCertificate.FromRegister(CertificateNumber.Parse(HolderDigits + "73B2"), multipleGradeTwo, IssueDate, County));
    }

    [Fact]
    public void FromRegister_ConsistentMultipleNumber_IsAccepted()
    {
        var multipleGradeTwo = DisabilityProfile.Multiple(
            new Disability(DisabilityCategory.Physical, DisabilityGrade.Two),
            new Disability(DisabilityCategory.Hearing, DisabilityGrade.Three));

        var certificate = DisabilityCertificate.FromRegister(CertificateNumber.Parse(HolderDigits + "72"), multipleGradeTwo, IssueDate, County);

        Assert.Equal(multipleGradeTwo, certificate.Profile);
        Assert.Equal(Holder, certificate.Holder);
        Assert.True(certificate.IsValidOn(IssueDate));
    }

    [Fact]
    public void FromRegister_B3Number_KeepsReissueCount3AndTheNextReissueIsB4()
    {
        var number = CertificateNumber.Parse(HolderDigits + "62B3");

        var certificate = DisabilityCertificate.FromRegister(number, MentalTwo, IssueDate, County);
        var reissued = certificate.ReportLost(new LocalDate(2020, 1, 1)).Reissue(new LocalDate(2020, 1, 2));

        Assert.Equal(3, certificate.InitialReissueCount);
        Assert.Equal(3, certificate.Number.ReissueCount);
        Assert.Equal(number, certificate.Number);
        Assert.Equal(HolderDigits + "62B3", certificate.SnapshotOn(IssueDate.PlusDays(-1)).Number.ToUnmaskedString());
        Assert.Equal(4, reissued.Number.ReissueCount);
        Assert.Equal(HolderDigits + "62B4", reissued.Number.ToUnmaskedString());
        Assert.Equal(HolderDigits + "62", reissued.Renew(new LocalDate(2021, 1, 1)).Number.ToUnmaskedString());
    }

    [Fact]
    public void FromRegister_UninitialisedNumber_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => DisabilityCertificate.FromRegister(default, MentalTwo, IssueDate, County));
    }

    private static DisabilityCertificate Issued(LocalDate? on = null) =>
        DisabilityCertificate.Issue(Holder, MentalTwo, on ?? IssueDate, County);

    private static DpfDomainException AssertRefused(Func<object> transition)
    {
        var exception = Assert.Throws<DpfDomainException>(transition);
        AssertReadableAndMasked(exception, Holder);
        return exception;
    }

    private static void AssertReadableAndMasked(DpfDomainException exception, ResidentIdNumber holder)
    {
        var digits = holder.ToUnmaskedString();
        Assert.DoesNotContain(digits, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(digits, exception.MessageZh, StringComparison.Ordinal);
        Assert.True(exception.Message.Length > 20 && char.IsAsciiLetterUpper(exception.Message[0]), exception.Message);
        Assert.EndsWith(".", exception.Message, StringComparison.Ordinal);
        Assert.Contains(' ', exception.Message);
        Assert.False(string.IsNullOrWhiteSpace(exception.MessageZh));
        Assert.EndsWith("。", exception.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusOn_LostCardAfterItsValidityEnds_IsExpired()
    {
        var lost = DisabilityCertificate.Issue(
                ResidentIdNumber.Parse("11010519491231002X"),
                DisabilityProfile.Of(DisabilityCategory.Mental, 2),
                new LocalDate(2019, 3, 15),
                DivisionCode.Parse("340123"))
            .ReportLost(new LocalDate(2029, 1, 1));

        Assert.Equal(CertificateStatus.ReportedLost, lost.StatusOn(new LocalDate(2029, 3, 14)));
        Assert.Equal(CertificateStatus.Expired, lost.StatusOn(new LocalDate(2029, 3, 15)));
        Assert.Throws<DpfDomainException>(() => lost.Reissue(new LocalDate(2029, 3, 15)));
        Assert.Equal(CertificateStatus.Valid, lost.Renew(new LocalDate(2029, 3, 15)).StatusOn(new LocalDate(2029, 3, 15)));
    }
}
