using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using NodaTime;

namespace DpfDomain.Certificates;

/// <summary>
/// A disability certificate (中华人民共和国残疾人证) and its recorded history. Immutable: each
/// named transition (<see cref="Renew"/>, <see cref="Revoke"/>, <see cref="Reassess"/>,
/// <see cref="ReportLost"/>, <see cref="Reissue"/>, <see cref="Reapply"/>) returns a new
/// certificate with the change appended, or throws <see cref="DpfDomainException"/> with a full
/// sentence when the change is not allowed. Changes are recorded in date order, so the state on
/// any date can be asked for with <see cref="SnapshotOn"/>.
/// </summary>
/// <remarks>
/// <para>Lifecycle rules modelled (《残疾人证管理办法》, in force 2018-01-01):</para>
/// <list type="bullet">
/// <item>Valid from its issue date for <see cref="CertificateValidityPolicy.Years"/> years (see
/// <see cref="CertificateValidityPolicy"/> for the last day); an expired certificate does not
/// qualify for benefits and can be renewed.</item>
/// <item>Renewal (换领) and re-assessment start a new card and a new validity period, without a
/// reissue suffix; a replacement for a lost card (补发) keeps the validity period and takes the
/// next suffix <c>B1</c>, <c>B2</c>, ….</item>
/// <item>Revocation (注销) is final for this certificate. After a revocation because the holder
/// no longer met the standard, a new application is possible from the first anniversary of the
/// revocation; after death, never.</item>
/// </list>
/// </remarks>
public sealed class DisabilityCertificate
{
    private readonly ImmutableArray<CertificateEvent> _history;
    private readonly CertificateSnapshot _current;

    private DisabilityCertificate(
        ResidentIdNumber holder,
        DivisionCode issuingCounty,
        CertificateValidityPolicy validityPolicy,
        int initialReissueCount,
        ImmutableArray<CertificateEvent> history)
    {
        Holder = holder;
        IssuingCounty = issuingCounty;
        ValidityPolicy = validityPolicy;
        InitialReissueCount = initialReissueCount;
        _history = history;
        _current = Replay(history[^1].Date);
    }

    /// <summary>The holder's identity number.</summary>
    public ResidentIdNumber Holder { get; }

    /// <summary>The county-level division whose federation issued the certificate (the holder's household registration).</summary>
    public DivisionCode IssuingCounty { get; }

    /// <summary>How long each card is valid.</summary>
    public CertificateValidityPolicy ValidityPolicy { get; }

    /// <summary>The reissue count of the first recorded card (non-zero only for a certificate entered from a register with a <c>B</c> suffix).</summary>
    public int InitialReissueCount { get; }

    /// <summary>Every recorded change, oldest first; the first is always <see cref="CertificateEventKind.Issued"/>.</summary>
    public IReadOnlyList<CertificateEvent> History => _history;

    /// <summary>The date of first issue.</summary>
    public LocalDate FirstIssuedOn => _history[0].Date;

    /// <summary>The date of the last recorded change; a new change cannot be dated earlier.</summary>
    public LocalDate LastChangedOn => _history[^1].Date;

    /// <summary>The current number, after every recorded change.</summary>
    public CertificateNumber Number => _current.Number;

    /// <summary>The current assessed disability, after every recorded change.</summary>
    public DisabilityProfile Profile => _current.Profile;

    /// <summary>The first day of the current card's validity period.</summary>
    public LocalDate ValidFrom => _current.ValidFrom;

    /// <summary>The last valid day of the current card.</summary>
    public LocalDate LastValidDay => _current.LastValidDay;

    /// <summary>The revocation date, if revoked.</summary>
    public LocalDate? RevokedOn => _current.RevokedOn;

    /// <summary>The revocation reason, if revoked.</summary>
    public RevocationReason? RevocationReason => _current.RevocationReason;

    /// <summary>
    /// The first day a new application may be made after a revocation because the holder no
    /// longer met the standard: the first anniversary of the revocation. <see langword="null"/>
    /// when not revoked or revoked on death.
    /// </summary>
    public LocalDate? ReapplicationAllowedFrom =>
        _current.RevocationReason == Certificates.RevocationReason.NoLongerQualifies ? _current.RevokedOn!.Value.PlusYears(1) : null;

    /// <summary>Issues a new certificate (核发).</summary>
    /// <param name="holder">The holder's identity number.</param>
    /// <param name="profile">The assessed disability.</param>
    /// <param name="issueDate">The issue date, which starts the validity period.</param>
    /// <param name="issuingCounty">The county-level division of the holder's household registration.</param>
    /// <param name="validityPolicy">The validity policy; <see cref="CertificateValidityPolicy.Default"/> (10 years) when omitted.</param>
    /// <returns>The certificate, valid from <paramref name="issueDate"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="holder"/> or <paramref name="issuingCounty"/> is uninitialised.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="DpfDomainException"><paramref name="issuingCounty"/> is not county-level.</exception>
    public static DisabilityCertificate Issue(
        ResidentIdNumber holder,
        DisabilityProfile profile,
        LocalDate issueDate,
        DivisionCode issuingCounty,
        CertificateValidityPolicy? validityPolicy = null)
    {
        _ = CertificateNumber.For(holder, profile);
        return Create(holder, issuingCounty, validityPolicy, 0, new CertificateEvent(CertificateEventKind.Issued, issueDate, profile));
    }

    /// <summary>
    /// Enters an existing certificate from a register: its printed number (possibly with a
    /// <c>B</c> suffix), the assessed profile and the issue date of the card.
    /// </summary>
    /// <param name="number">The printed number.</param>
    /// <param name="profile">The assessed disability; must match the number's category and grade digits.</param>
    /// <param name="issueDate">The issue date of the card, which starts its validity period.</param>
    /// <param name="issuingCounty">The county-level issuing division.</param>
    /// <param name="validityPolicy">The validity policy; 10 years when omitted.</param>
    /// <returns>The certificate.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> or <paramref name="issuingCounty"/> is uninitialised.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="DpfDomainException">The number does not match the profile, or the division is not county-level.</exception>
    public static DisabilityCertificate FromRegister(
        CertificateNumber number,
        DisabilityProfile profile,
        LocalDate issueDate,
        DivisionCode issuingCounty,
        CertificateValidityPolicy? validityPolicy = null)
    {
        if (!number.IsInitialised)
        {
            throw new ArgumentException("The certificate number is the uninitialised default value.", nameof(number));
        }

        if (!number.IsConsistentWith(profile))
        {
            throw CertificateMessages.InconsistentNumber(number, profile.ToString());
        }

        return Create(number.Holder, issuingCounty, validityPolicy, number.ReissueCount, new CertificateEvent(CertificateEventKind.Issued, issueDate, profile));
    }

    /// <summary>The status on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status, from the changes recorded on or before <paramref name="date"/>.</returns>
    public CertificateStatus StatusOn(LocalDate date) => SnapshotOn(date).Status;

    /// <summary>Whether the certificate qualifies for benefits on a date (issued, within validity, not lost, not revoked).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the status is <see cref="CertificateStatus.Valid"/>.</returns>
    public bool IsValidOn(LocalDate date) => StatusOn(date) == CertificateStatus.Valid;

    /// <summary>The certificate as it was on a date: status, number, profile and validity period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The snapshot, from the changes recorded on or before <paramref name="date"/>.</returns>
    public CertificateSnapshot SnapshotOn(LocalDate date) => Replay(date);

    /// <summary>Whether a new application may be made on a date after this certificate's revocation.</summary>
    /// <param name="date">The application date.</param>
    /// <returns><see langword="true"/> when revoked because the holder no longer qualified and at least a year has passed.</returns>
    public bool CanReapplyOn(LocalDate date) => ReapplicationAllowedFrom is { } from && date >= from;

    /// <summary>Renews the certificate (换领): a new card, valid from <paramref name="date"/>, without a reissue suffix.</summary>
    /// <param name="date">The renewal date.</param>
    /// <returns>The renewed certificate.</returns>
    /// <exception cref="DpfDomainException">The certificate is revoked, or <paramref name="date"/> is before the last recorded change.</exception>
    public DisabilityCertificate Renew(LocalDate date)
    {
        EnsureOrder(date, "be renewed", "换领");
        EnsureNotRevoked("be renewed", "换领");
        return Append(new CertificateEvent(CertificateEventKind.Renewed, date));
    }

    /// <summary>Revokes the certificate (注销).</summary>
    /// <param name="date">The revocation date; the certificate is revoked from that day.</param>
    /// <param name="reason">Death, or the holder no longer meets the standard.</param>
    /// <returns>The revoked certificate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    /// <exception cref="DpfDomainException">Already revoked, or <paramref name="date"/> is before the last recorded change.</exception>
    public DisabilityCertificate Revoke(LocalDate date, RevocationReason reason)
    {
        if (reason is not (Certificates.RevocationReason.Death or Certificates.RevocationReason.NoLongerQualifies))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "The revocation reason is Death or NoLongerQualifies.");
        }

        EnsureOrder(date, "be revoked", "注销");
        EnsureNotRevoked("be revoked again", "再次注销");
        return Append(new CertificateEvent(CertificateEventKind.Revoked, date, reason: reason));
    }

    /// <summary>
    /// Records a re-assessment with a different category or grade: the number's last two digits
    /// change and a new card is valid from <paramref name="date"/>.
    /// </summary>
    /// <param name="date">The re-assessment date.</param>
    /// <param name="newProfile">The new assessed disability.</param>
    /// <returns>The certificate with the new profile and number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="newProfile"/> is null.</exception>
    /// <exception cref="DpfDomainException">Not valid on <paramref name="date"/>, the profile is unchanged, or the date is out of order.</exception>
    public DisabilityCertificate Reassess(LocalDate date, DisabilityProfile newProfile)
    {
        Guard.Against.Null(newProfile);
        EnsureOrder(date, "be reassessed", "重新评定");
        EnsureNotRevoked("be reassessed", "重新评定");
        EnsureStatus(date, CertificateStatus.Valid, "be reassessed", "重新评定", "it is valid", "证件有效");
        if (newProfile.Equals(Profile))
        {
            throw CertificateMessages.SameProfile(Number);
        }

        return Append(new CertificateEvent(CertificateEventKind.Reassessed, date, newProfile));
    }

    /// <summary>Records that the card was reported lost (挂失); it does not qualify for benefits until reissued or renewed.</summary>
    /// <param name="date">The date of the report.</param>
    /// <returns>The certificate, reported lost from <paramref name="date"/>.</returns>
    /// <exception cref="DpfDomainException">Not valid on <paramref name="date"/>, or the date is out of order.</exception>
    public DisabilityCertificate ReportLost(LocalDate date)
    {
        EnsureOrder(date, "be reported lost", "挂失");
        EnsureNotRevoked("be reported lost", "挂失");
        EnsureStatus(date, CertificateStatus.Valid, "be reported lost", "挂失", "it is valid", "证件有效");
        return Append(new CertificateEvent(CertificateEventKind.ReportedLost, date));
    }

    /// <summary>
    /// Issues a replacement for a lost card (补发): the number takes the next suffix (<c>B1</c>,
    /// <c>B2</c>, …) and the validity period is unchanged.
    /// </summary>
    /// <param name="date">The reissue date.</param>
    /// <returns>The certificate with the replacement number.</returns>
    /// <exception cref="DpfDomainException">Not reported lost, its validity has ended (renew instead), or the date is out of order.</exception>
    public DisabilityCertificate Reissue(LocalDate date)
    {
        EnsureOrder(date, "be reissued", "补发");
        EnsureNotRevoked("be reissued", "补发");
        if (!_current.Status.Equals(CertificateStatus.ReportedLost))
        {
            throw CertificateMessages.WrongStatus(Number, "be reissued", "补发", date, StatusOn(date), "it has been reported lost", "已挂失");
        }

        if (date > LastValidDay)
        {
            throw CertificateMessages.WrongStatus(Number, "be reissued", "补发", date, CertificateStatus.Expired, "its validity has not ended (renew it instead)", "证件仍在有效期内（已过期的请换领）");
        }

        return Append(new CertificateEvent(CertificateEventKind.Reissued, date));
    }

    /// <summary>
    /// A new application after this certificate's revocation: allowed from the first anniversary
    /// of a revocation because the holder no longer met the standard, never after death.
    /// </summary>
    /// <param name="date">The issue date of the new certificate.</param>
    /// <param name="profile">The newly assessed disability.</param>
    /// <returns>A new certificate with its own history, issued by the same county under the same validity policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="DpfDomainException">Not revoked, revoked on death, or within the year after the revocation.</exception>
    public DisabilityCertificate Reapply(LocalDate date, DisabilityProfile profile)
    {
        Guard.Against.Null(profile);
        if (_current.RevokedOn is not { } revokedOn)
        {
            throw CertificateMessages.WrongStatus(Number, "be replaced by a new application", "重新申请", date, StatusOn(date), "it has been revoked", "已注销");
        }

        if (_current.RevocationReason == Certificates.RevocationReason.Death)
        {
            throw CertificateMessages.ReapplyAfterDeath(Number);
        }

        var allowedFrom = ReapplicationAllowedFrom!.Value;
        if (date < allowedFrom)
        {
            throw CertificateMessages.ReapplyTooEarly(Number, revokedOn, date, allowedFrom);
        }

        return Issue(Holder, profile, date, IssuingCounty, ValidityPolicy);
    }

    /// <summary>The masked number and current status description.</summary>
    /// <returns>E.g. <c>Certificate 340123********123X62 (Mental grade 2 (精神残疾二级)), issued 2019-03-15</c>.</returns>
    public override string ToString() => $"Certificate {Number} ({Profile}), issued {FirstIssuedOn:uuuu-MM-dd}";

    private static DisabilityCertificate Create(
        ResidentIdNumber holder,
        DivisionCode issuingCounty,
        CertificateValidityPolicy? validityPolicy,
        int initialReissueCount,
        CertificateEvent issued)
    {
        if (!holder.IsInitialised)
        {
            throw new ArgumentException("The holder's identity number is the uninitialised default value.", nameof(holder));
        }

        if (!issuingCounty.IsInitialised)
        {
            throw new ArgumentException("The issuing county is the uninitialised default value.", nameof(issuingCounty));
        }

        if (!issuingCounty.IsCountyLevel)
        {
            throw CertificateMessages.NotCounty(issuingCounty.Value);
        }

        return new DisabilityCertificate(holder, issuingCounty, validityPolicy ?? CertificateValidityPolicy.Default, initialReissueCount, [issued]);
    }

    private DisabilityCertificate Append(CertificateEvent change) =>
        new(Holder, IssuingCounty, ValidityPolicy, InitialReissueCount, _history.Add(change));

    private void EnsureOrder(LocalDate date, string action, string actionZh)
    {
        if (date < LastChangedOn)
        {
            throw CertificateMessages.OutOfOrder(Number, action, actionZh, date, LastChangedOn);
        }
    }

    private void EnsureNotRevoked(string action, string actionZh)
    {
        if (_current.RevokedOn is { } revokedOn)
        {
            throw CertificateMessages.Revoked(Number, action, actionZh, revokedOn);
        }
    }

    private void EnsureStatus(LocalDate date, CertificateStatus required, string action, string actionZh, string need, string needZh)
    {
        var status = StatusOn(date);
        if (status != required)
        {
            throw CertificateMessages.WrongStatus(Number, action, actionZh, date, status, need, needZh);
        }
    }

    private CertificateSnapshot Replay(LocalDate date)
    {
        var first = _history[0];
        var profile = first.Profile!;
        var number = CertificateNumber.For(Holder, profile, InitialReissueCount);
        var validFrom = first.Date;
        var lost = false;
        CertificateEvent? revocation = null;
        foreach (var change in _history)
        {
            if (change.Date > date)
            {
                break;
            }

            switch (change.Kind)
            {
                case CertificateEventKind.Renewed:
                    number = CertificateNumber.For(Holder, profile);
                    validFrom = change.Date;
                    lost = false;
                    break;
                case CertificateEventKind.Reassessed:
                    profile = change.Profile!;
                    number = CertificateNumber.For(Holder, profile);
                    validFrom = change.Date;
                    break;
                case CertificateEventKind.ReportedLost:
                    lost = true;
                    break;
                case CertificateEventKind.Reissued:
                    number = number.NextReissue();
                    lost = false;
                    break;
                case CertificateEventKind.Revoked:
                    revocation = change;
                    break;
            }
        }

        var lastValidDay = ValidityPolicy.LastValidDay(validFrom);
        var status = revocation is not null ? CertificateStatus.Revoked
            : date < first.Date ? CertificateStatus.NotYetIssued
            : date > lastValidDay ? CertificateStatus.Expired
            : lost ? CertificateStatus.ReportedLost
            : CertificateStatus.Valid;
        return new CertificateSnapshot(date, status, number, profile, validFrom, lastValidDay, revocation);
    }
}
