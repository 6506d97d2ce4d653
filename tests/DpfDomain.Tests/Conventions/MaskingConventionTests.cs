using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using NodaTime;

namespace DpfDomain.Tests.Conventions;

/// <summary>
/// No unmasked identity number appears in any <c>ToString()</c> of the domain's objects or in
/// any exception message, for any holder. The object graph reachable from a person, a household
/// and a certificate with a full history is walked through every public property.
/// </summary>
public sealed partial class MaskingConventionTests
{
    private static readonly LocalDate Issued = new(2015, 3, 1);

    [DomainProperty]
    public void ToString_EveryObjectReachableFromAHousehold_NeverShowsAnUnmaskedIdNumber(ResidentIdNumber holder, ResidentIdNumber child, DisabilityProfile profile)
    {
        if (holder == child)
        {
            return;
        }

        var household = Household(holder, child, profile);
        var texts = new List<string>();
        Walk(household, texts, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);

        Assert.True(texts.Count > 40, $"Only {texts.Count} objects were reached.");
        Assert.All(texts, text => AssertNoUnmaskedId(text, holder, child));
    }

    [DomainProperty]
    public void Exceptions_FromIllegalTransitionsAndBadInput_NeverShowAnUnmaskedIdNumber(ResidentIdNumber holder, DisabilityProfile profile)
    {
        var certificate = DisabilityCertificate.Issue(holder, profile, Issued, DivisionCode.Parse("340123"));
        var revoked = certificate.Revoke(Issued.PlusDays(30), RevocationReason.NoLongerQualifies);
        var dead = certificate.Revoke(Issued.PlusDays(30), RevocationReason.Death);
        var other = DisabilityProfile.Of(profile.Category == DisabilityCategory.Visual ? DisabilityCategory.Hearing : DisabilityCategory.Visual, 3);
        var full = holder.ToUnmaskedString();
        var wrongCheck = string.Concat(full.AsSpan(0, 17), full[17] == '0' ? "1" : "0");
        Action[] illegal =
        [
            () => revoked.Renew(Issued.PlusDays(40)),
            () => revoked.Revoke(Issued.PlusDays(40), RevocationReason.Death),
            () => revoked.Reapply(Issued.PlusDays(40), profile),
            () => dead.Reapply(Issued.PlusYears(3), profile),
            () => certificate.Reassess(Issued.PlusDays(1), profile),
            () => certificate.Reassess(Issued.PlusYears(11), other),
            () => certificate.Reissue(Issued.PlusDays(1)),
            () => certificate.Renew(Issued.PlusDays(-1)),
            () => certificate.Reapply(Issued.PlusDays(1), profile),
            () => DisabilityCertificate.Issue(holder, profile, Issued, DivisionCode.Parse("340100")),
            () => DisabilityCertificate.FromRegister(CertificateNumber.For(holder, profile), other, Issued, DivisionCode.Parse("340123")),
            () => _ = new Person(ResidentIdNumber.Parse("11010519491231002X"), new PersonName("王五"), certificate),
            () => ResidentIdNumber.Parse(wrongCheck),
            () => ResidentIdNumber.Parse(full[..17]),
            () => ResidentIdNumber.Parse(full + "1"),
            () => CertificateNumber.Parse(wrongCheck + "11"),
            () => CertificateNumber.Parse(full + "91"),
            () => CertificateNumber.Parse(full + "11B0"),
        ];

        foreach (var action in illegal)
        {
            var exception = Record.Exception(action);
            Assert.NotNull(exception);
            AssertNoUnmaskedId(exception.Message, holder);
            AssertNoUnmaskedId(exception.Message, ResidentIdNumber.Parse("11010519491231002X"));
            if (exception is DpfDomainException domain)
            {
                AssertNoUnmaskedId(domain.MessageZh, holder);
            }

            if (exception is DpfFormatException format)
            {
                AssertNoUnmaskedId(format.Error.MessageZh, holder);
                Assert.DoesNotContain(wrongCheck, format.Error.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Walk_ReachesCertificateHistoryAndSnapshots()
    {
        var holder = ResidentIdNumber.Parse("11010519491231002X");
        var child = ResidentIdNumber.Parse("440524188001010014");
        var texts = new List<string>();

        Walk(Household(holder, child, DisabilityProfile.Of(DisabilityCategory.Mental, 2)), texts, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);

        Assert.Contains(texts, t => t.Contains("110105********002X62B1", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("ReportedLost", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("王*", StringComparison.Ordinal));
    }

    [Fact]
    public void AssertNoUnmaskedId_CatchesAnyEighteenCharacterNumber()
    {
        var holder = ResidentIdNumber.Parse("11010519491231002X");

        Assert.ThrowsAny<Exception>(() => AssertNoUnmaskedId("holder 11010519491231002X", holder));
        Assert.ThrowsAny<Exception>(() => AssertNoUnmaskedId("other 440524188001010014.", holder));
    }

    private static Household Household(ResidentIdNumber holder, ResidentIdNumber child, DisabilityProfile profile)
    {
        var certificate = DisabilityCertificate.Issue(holder, profile, Issued, DivisionCode.Parse("340123"))
            .ReportLost(Issued.PlusYears(1))
            .Reissue(Issued.PlusYears(1).PlusDays(10))
            .Revoke(Issued.PlusYears(2), RevocationReason.NoLongerQualifies);
        var parent = new Person(
            holder,
            new PersonName("王小明"),
            certificate,
            supports: [new Dated<SupportStatus>(SupportStatus.ExtremeHardshipSupport, Issued)],
            diagnoses: [new Diagnosis(DiagnosedCondition.Mental, Issued, true)],
            careNeed: new CareNeed(Issued, 12),
            psychiatricTreatmentYears: [2015, 2016]);
        var kid = new Person(child, new PersonName("王五"), enrolments: [new Dated<SchoolStage>(SchoolStage.Primary, Issued)]);
        return new Household(
            new HouseholdRegistration(DivisionCode.Parse("340123"), HukouType.Rural),
            [parent, kid],
            [new Dated<PovertyStatus>(PovertyStatus.RegisteredPoor, Issued)],
            [new ParentChildLink(holder, child)]);
    }

    private static void Walk(object? value, List<string> texts, HashSet<object> seen, int depth)
    {
        if (value is null || depth > 8 || value is string || value.GetType().IsPrimitive || value is LocalDate or decimal)
        {
            return;
        }

        if (!value.GetType().IsValueType && !seen.Add(value))
        {
            return;
        }

        texts.Add(value.ToString() ?? string.Empty);
        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                Walk(item, texts, seen, depth + 1);
            }
        }

        if (value.GetType().Assembly != typeof(ResidentIdNumber).Assembly)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            object? inner;
            try
            {
                inner = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue;
            }

            if (inner is string text)
            {
                if (property.Name is not nameof(ResidentIdNumber.Masked))
                {
                    texts.Add(text);
                }
            }
            else
            {
                Walk(inner, texts, seen, depth + 1);
            }
        }

        var snapshotDates = value is DisabilityCertificate certificate
            ? certificate.History.Select(e => e.Date).Append(certificate.FirstIssuedOn.PlusDays(-1))
            : [];
        foreach (var date in snapshotDates)
        {
            Walk(((DisabilityCertificate)value).SnapshotOn(date), texts, seen, depth + 1);
        }
    }

    private static void AssertNoUnmaskedId(string text, params ResidentIdNumber[] ids)
    {
        foreach (var id in ids)
        {
            Assert.DoesNotContain(id.ToUnmaskedString(), text, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(EighteenCharacterId(), text);
    }

    [GeneratedRegex("[0-9]{17}[0-9Xx]")]
    private static partial Regex EighteenCharacterId();
}
