using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DpfDomain.Tests.Certificates;

public sealed partial class DisabilityCertificateTests
{
    /// <summary>Leap years whose 29 February is over-represented as an issue date; 2096 + 4 is the common year 2100.</summary>
    private static readonly int[] LeapYears = [1988, 1996, 2000, 2004, 2012, 2020, 2024, 2048, 2076, 2096];

    private static Gen<LocalDate> IssueDates =>
        Gen.Frequency(
            (4, Arbitraries.DatesBetween(1985, 2080)),
            (1, Gen.Elements(LeapYears).Select(year => new LocalDate(year, 2, 29))));

    /// <summary>A holder, a profile, an issue date and a validity of 1–20 years.</summary>
    private static Gen<Scenario> Scenarios =>
        from holder in Arbitraries.IdNumbers
        from profile in Arbitraries.Profiles
        from issueDate in IssueDates
        from years in Gen.Choose(1, 20)
        select new Scenario(holder, profile, issueDate, years);

    /// <summary>A scenario and a revocation date after the issue date and within the validity.</summary>
    private static Gen<Revocation> Revocations =>
        from scenario in Scenarios
        from revokedOn in RevocationDates(scenario)
        from reason in Gen.Elements(RevocationReason.Death, RevocationReason.NoLongerQualifies)
        select new Revocation(scenario, revokedOn, reason);

    /// <summary>Gaps in days between changes: often the same or the next day, sometimes years.</summary>
    private static Gen<int> Gaps =>
        Gen.Frequency(
            (2, Gen.Choose(0, 1)),
            (5, Gen.Choose(2, 400)),
            (3, Gen.Choose(401, 5000)));

    private static Gen<Step> Steps =>
        from gap in Gaps
        from choice in Gen.Choose(0, 99)
        from reason in Gen.Elements(RevocationReason.Death, RevocationReason.NoLongerQualifies)
        from profile in Arbitraries.Profiles
        select new Step(gap, choice, reason, profile);

    [DomainProperty]
    public Property StatusOn_AnyIssueDateAndPolicy_IsValidFromIssueThroughTheDayBeforeTheNthAnniversary()
    {
        var cases =
            from scenario in Scenarios
            from probe in Gen.Choose(-4000, 9000)
            select (scenario, probe);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (scenario, probe) = c;
            var issue = scenario.IssueDate;
            var certificate = scenario.Issue();
            var expiresOn = Anniversary(issue, scenario.Years);

            Assert.Equal(expiresOn, scenario.Policy.ExpiresOn(issue));
            Assert.Equal(expiresOn.PlusDays(-1), scenario.Policy.LastValidDay(issue));
            Assert.Equal(expiresOn.PlusDays(-1), certificate.LastValidDay);
            Assert.Equal(issue, certificate.ValidFrom);
            Assert.Equal(CertificateStatus.NotYetIssued, certificate.StatusOn(issue.PlusDays(-1)));
            Assert.Equal(CertificateStatus.Valid, certificate.StatusOn(issue));
            Assert.Equal(CertificateStatus.Valid, certificate.StatusOn(certificate.LastValidDay));
            Assert.Equal(CertificateStatus.Expired, certificate.StatusOn(certificate.LastValidDay.PlusDays(1)));
            Assert.Equal(CertificateStatus.Expired, certificate.StatusOn(expiresOn));
            Assert.True(certificate.IsValidOn(certificate.LastValidDay));
            Assert.False(certificate.IsValidOn(expiresOn));

            var date = issue.PlusDays(probe);
            var expected = date < issue ? CertificateStatus.NotYetIssued
                : date < expiresOn ? CertificateStatus.Valid
                : CertificateStatus.Expired;
            Assert.Equal(expected, certificate.StatusOn(date));
            Assert.Equal(date, certificate.SnapshotOn(date).Date);
        });
    }

    [DomainProperty]
    public Property ExpiresOn_LeapDayIssue_IsThe28FebruaryAnniversaryInACommonYear()
    {
        var cases =
            from year in Gen.Elements(LeapYears)
            from years in Gen.Choose(1, 20)
            select (issue: new LocalDate(year, 2, 29), years);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var policy = new CertificateValidityPolicy(c.years);
            var anniversaryYear = c.issue.Year + c.years;
            var certificate = DisabilityCertificate.Issue(Holder, MentalTwo, c.issue, County, policy);

            var expected = CalendarSystem.Iso.IsLeapYear(anniversaryYear)
                ? new LocalDate(anniversaryYear, 2, 29)
                : new LocalDate(anniversaryYear, 2, 28);
            Assert.Equal(expected, policy.ExpiresOn(c.issue));
            Assert.Equal(CertificateStatus.Valid, certificate.StatusOn(expected.PlusDays(-1)));
            Assert.Equal(CertificateStatus.Expired, certificate.StatusOn(expected));
        });
    }

    [DomainProperty]
    public Property StatusOn_AfterRevocation_IsValidTheDayBeforeAndRevokedFromTheDayOn()
    {
        var cases =
            from revocation in Revocations
            from later in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 40_000)))
            select (revocation, later);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (revocation, later) = c;
            var original = revocation.Scenario.Issue();
            var revokedOn = revocation.RevokedOn;

            var revoked = original.Revoke(revokedOn, revocation.Reason);

            var dayBefore = revoked.SnapshotOn(revokedOn.PlusDays(-1));
            Assert.Equal(CertificateStatus.Valid, dayBefore.Status);
            Assert.Null(dayBefore.RevokedOn);
            Assert.Null(dayBefore.RevocationReason);
            Assert.Equal(CertificateStatus.NotYetIssued, revoked.StatusOn(revocation.Scenario.IssueDate.PlusDays(-1)));
            foreach (var date in new[] { revokedOn, revokedOn.PlusDays(later), revoked.LastValidDay.PlusDays(1), revokedOn.PlusYears(100) })
            {
                var snapshot = revoked.SnapshotOn(date);
                Assert.Equal(CertificateStatus.Revoked, snapshot.Status);
                Assert.False(snapshot.IsValid);
                Assert.Equal(revokedOn, snapshot.RevokedOn);
                Assert.Equal(revocation.Reason, snapshot.RevocationReason);
            }

            Assert.Equal(revokedOn, revoked.RevokedOn);
            Assert.Equal(revocation.Reason, revoked.RevocationReason);
            Assert.Equal(CertificateStatus.Valid, original.StatusOn(revokedOn));
            Assert.Null(original.RevokedOn);
        });
    }

    [DomainProperty]
    public Property Reapply_AfterNoLongerQualifies_IsRefusedBeforeTheFirstAnniversaryAndAllowedFromIt()
    {
        var cases =
            from revocation in Revocations
            from early in Gen.Frequency((1, Gen.Constant(1)), (3, Gen.Choose(1, 1200)), (1, Gen.Choose(1201, 40_000)))
            from late in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, 5000)))
            from profile in Arbitraries.Profiles
            select (revocation, early, late, profile);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (revocation, early, late, profile) = c;
            var scenario = revocation.Scenario;
            var revoked = scenario.Issue().Revoke(revocation.RevokedOn, RevocationReason.NoLongerQualifies);
            var anniversary = Anniversary(revocation.RevokedOn, 1);

            Assert.Equal(anniversary, revoked.ReapplicationAllowedFrom);
            foreach (var tooEarly in new[] { anniversary.PlusDays(-1), anniversary.PlusDays(-early), revocation.RevokedOn })
            {
                Assert.False(revoked.CanReapplyOn(tooEarly));
                var exception = Assert.Throws<DpfDomainException>(() => revoked.Reapply(tooEarly, profile));
                AssertReadableAndMasked(exception, scenario.Holder);
            }

            foreach (var allowed in new[] { anniversary, anniversary.PlusDays(late) })
            {
                Assert.True(revoked.CanReapplyOn(allowed));
                var reapplied = revoked.Reapply(allowed, profile);
                Assert.Equal(scenario.Holder, reapplied.Holder);
                Assert.Equal(profile, reapplied.Profile);
                Assert.Equal(allowed, reapplied.FirstIssuedOn);
                Assert.Equal(revoked.IssuingCounty, reapplied.IssuingCounty);
                Assert.Equal(revoked.ValidityPolicy, reapplied.ValidityPolicy);
                Assert.Single(reapplied.History);
                Assert.Null(reapplied.RevokedOn);
                Assert.Equal(CertificateStatus.NotYetIssued, reapplied.StatusOn(allowed.PlusDays(-1)));
                Assert.Equal(CertificateStatus.Valid, reapplied.StatusOn(allowed));
                Assert.Equal(CertificateStatus.Revoked, revoked.StatusOn(allowed));
            }
        });
    }

    [DomainProperty]
    public Property Reapply_AfterDeath_IsAlwaysRefused()
    {
        var cases =
            from revocation in Revocations
            from offset in Gen.Choose(-20_000, 40_000)
            from profile in Arbitraries.Profiles
            select (revocation, offset, profile);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (revocation, offset, profile) = c;
            var revoked = revocation.Scenario.Issue().Revoke(revocation.RevokedOn, RevocationReason.Death);

            Assert.Null(revoked.ReapplicationAllowedFrom);
            foreach (var date in new[] { revocation.RevokedOn.PlusDays(offset), Anniversary(revocation.RevokedOn, 1), revocation.RevokedOn.PlusYears(50) })
            {
                Assert.False(revoked.CanReapplyOn(date));
                var exception = Assert.Throws<DpfDomainException>(() => revoked.Reapply(date, profile));
                AssertReadableAndMasked(exception, revocation.Scenario.Holder);
            }
        });
    }

    [DomainProperty]
    public Property SnapshotOn_PastDates_IsUnchangedByLaterTransitions()
    {
        var cases =
            from scenario in Scenarios
            from count in Gen.Choose(1, 8)
            from steps in Gen.ArrayOf(Steps, count)
            select (scenario, steps);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var versions = Apply(c.scenario.Issue(), c.steps);
            var final = versions[^1];

            for (var k = 0; k < versions.Count - 1; k++)
            {
                var version = versions[k];
                var nextChange = versions[k + 1].LastChangedOn;
                Assert.Equal(version.History, final.History.Take(version.History.Count));
                foreach (var date in ProbeDates(version).Where(d => d < nextChange))
                {
                    AssertSameSnapshot(version.SnapshotOn(date), final.SnapshotOn(date));
                }
            }
        });
    }

    /// <summary>
    /// Applies steps to a certificate, choosing among the transitions that are legal on each
    /// step's date, and checks on the way that the illegal ones are refused.
    /// </summary>
    private static List<DisabilityCertificate> Apply(DisabilityCertificate issued, IEnumerable<Step> steps)
    {
        var versions = new List<DisabilityCertificate> { issued };
        var certificate = issued;
        foreach (var step in steps)
        {
            if (certificate.RevokedOn is not null)
            {
                break;
            }

            var current = certificate;
            var date = current.LastChangedOn.PlusDays(step.Gap);
            var status = current.StatusOn(date);
            var legal = new List<Func<DisabilityCertificate>> { () => current.Renew(date) };
            if (status == CertificateStatus.Valid)
            {
                legal.Add(() => current.ReportLost(date));
                if (!step.Profile.Equals(current.Profile))
                {
                    legal.Add(() => current.Reassess(date, step.Profile));
                }
            }
            else
            {
                AssertRefusedFor(current, () => current.ReportLost(date));
                AssertRefusedFor(current, () => current.Reassess(date, step.Profile));
            }

            if (status == CertificateStatus.ReportedLost && date <= current.LastValidDay)
            {
                legal.Add(() => current.Reissue(date));
            }
            else
            {
                AssertRefusedFor(current, () => current.Reissue(date));
            }

            AssertRefusedFor(current, () => current.Renew(current.LastChangedOn.PlusDays(-1)));
            certificate = step.Choice < 15
                ? current.Revoke(date, step.Reason)
                : legal[step.Choice % legal.Count]();
            Assert.Equal(date, certificate.LastChangedOn);
            Assert.Equal(current.History.Count + 1, certificate.History.Count);
            versions.Add(certificate);
        }

        return versions;
    }

    private static void AssertRefusedFor(DisabilityCertificate certificate, Func<object> transition) =>
        AssertReadableAndMasked(Assert.Throws<DpfDomainException>(transition), certificate.Holder);

    private static IEnumerable<LocalDate> ProbeDates(DisabilityCertificate certificate)
    {
        yield return certificate.FirstIssuedOn.PlusDays(-1);
        yield return certificate.LastValidDay;
        yield return certificate.LastValidDay.PlusDays(1);
        foreach (var change in certificate.History)
        {
            yield return change.Date.PlusDays(-1);
            yield return change.Date;
            yield return change.Date.PlusDays(1);
            yield return certificate.SnapshotOn(change.Date).LastValidDay;
            yield return certificate.SnapshotOn(change.Date).LastValidDay.PlusDays(1);
        }
    }

    private static void AssertSameSnapshot(CertificateSnapshot expected, CertificateSnapshot actual)
    {
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Number, actual.Number);
        Assert.Equal(expected.Profile, actual.Profile);
        Assert.Equal(expected.ValidFrom, actual.ValidFrom);
        Assert.Equal(expected.LastValidDay, actual.LastValidDay);
        Assert.Equal(expected.RevokedOn, actual.RevokedOn);
        Assert.Equal(expected.RevocationReason, actual.RevocationReason);
    }

    /// <summary>Revocation dates after the issue date, up to the last valid day, with 29 February over-represented.</summary>
    private static Gen<LocalDate> RevocationDates(Scenario scenario)
    {
        var first = scenario.IssueDate.PlusDays(1);
        var last = Anniversary(scenario.IssueDate, scenario.Years).PlusDays(-1);
        var days = Period.Between(first, last, PeriodUnits.Days).Days;
        var anyDay = Gen.Choose(0, days).Select(offset => first.PlusDays(offset));
        var leapDays = Enumerable.Range(first.Year, last.Year - first.Year + 1)
            .Where(CalendarSystem.Iso.IsLeapYear)
            .Select(year => new LocalDate(year, 2, 29))
            .Where(date => date >= first && date <= last)
            .ToArray();
        return leapDays.Length == 0 ? anyDay : Gen.Frequency((4, anyDay), (1, Gen.Elements(leapDays)));
    }

    /// <summary>The Nth anniversary of a date, computed independently of NodaTime's arithmetic: 29 February falls back to 28 February in a common year.</summary>
    private static LocalDate Anniversary(LocalDate date, int years)
    {
        var year = date.Year + years;
        var day = date.Month == 2 && date.Day == 29 && !CalendarSystem.Iso.IsLeapYear(year) ? 28 : date.Day;
        return new LocalDate(year, date.Month, day);
    }

    private sealed record Scenario(ResidentIdNumber Holder, DisabilityProfile Profile, LocalDate IssueDate, int Years)
    {
        public CertificateValidityPolicy Policy => new(Years);

        public DisabilityCertificate Issue() => DisabilityCertificate.Issue(Holder, Profile, IssueDate, Holder.Division, Policy);
    }

    private sealed record Revocation(Scenario Scenario, LocalDate RevokedOn, RevocationReason Reason);

    private sealed record Step(int Gap, int Choice, RevocationReason Reason, DisabilityProfile Profile);
}
