using System;
using System.Collections.Generic;
using System.Linq;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Employers;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Loading;
using NodaTime;

namespace DpfDomain.Rules.Cases;

/// <summary>Turns person and employer files into the domain model, validating every value with the domain's own rules.</summary>
public static class PersonInputMapper
{
    /// <summary>Builds the household and picks the member evaluated.</summary>
    /// <param name="input">The person file.</param>
    /// <returns>The member evaluated and their household.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="CaseInputException">A value is invalid; the message says which (identity numbers masked).</exception>
    public static (Person Person, Household Household) ToDomain(PersonInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var household = input.Household;
        var county = Parse(DivisionCode.TryParse(household.County), "Household.County");
        var ids = household.Members.Select((m, i) => Parse(ResidentIdNumber.TryParse(m.Id), $"Household.Members[{i}].Id")).ToList();
        var members = household.Members.Select((m, i) => Member(m, ids[i], county, $"Household.Members[{i}]")).ToList();
        var links = household.Members
            .SelectMany((m, i) => m.Parents.Select(parent => new ParentChildLink(Parse(ResidentIdNumber.TryParse(parent), $"Household.Members[{i}].Parents"), ids[i])))
            .ToList();
        var built = Domain(() => new Household(
            new HouseholdRegistration(county, household.Registration),
            members,
            household.Poverty.Select((s, i) => Status(s, $"Household.Poverty[{i}]")),
            links));
        if (members.Count == 0)
        {
            throw new CaseInputException("The household has no members.", "家庭户没有成员。");
        }

        if (input.Subject is null)
        {
            return (members[0], built);
        }

        var subject = Parse(ResidentIdNumber.TryParse(input.Subject), "Subject");
        return (built.Find(subject) ?? throw new CaseInputException($"Subject {subject} is not a member of the household.", $"评估对象 {subject} 不是该户成员。"), built);
    }

    /// <summary>Builds the employer.</summary>
    /// <param name="input">The employer file.</param>
    /// <returns>The employer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="CaseInputException">A value is invalid.</exception>
    public static Employer ToDomain(EmployerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Domain(() => new Employer(
            input.Name,
            input.Kind,
            input.Headcount,
            Money.FromYuan(input.AverageWage),
            Money.FromYuan(input.LocalAverageWage),
            input.DisabledEmployees.Select(e => new DisabledEmployee(new DisabilityGrade(e.Grade), e.ContractMonths, e.CivilServicePost, e.PaidAtLeastMinimumWage, e.HasFullSocialInsurance))));
    }

    private static Person Member(MemberInput member, ResidentIdNumber id, DivisionCode county, string where) =>
        Domain(() => new Person(
            id,
            new PersonName(member.Name),
            member.Certificate is null ? null : Certificate(member.Certificate, id, county, $"{where}.Certificate"),
            member.Supports.Select((s, i) => Status(s, $"{where}.Supports[{i}]")),
            member.Diagnoses.Select((d, i) => new Diagnosis(d.Condition, Date(d.On, $"{where}.Diagnoses[{i}].On"), d.DesignatedHospital)),
            member.CareNeedMonths is { } months ? new CareNeed(LocalDate.MinIsoValue, months) : null,
            member.PsychiatricTreatmentYears,
            new HearingFacts(member.WearsHearingAid, member.HasCochlearImplant, member.HearingAidFittingIndicated, member.CochlearImplantIndicated),
            member.Enrolments.Select((s, i) => Status(s, $"{where}.Enrolments[{i}]"))));

    private static DisabilityCertificate Certificate(CertificateInput input, ResidentIdNumber holder, DivisionCode county, string where)
    {
        var issuing = input.IssuingCounty is null ? county : Parse(DivisionCode.TryParse(input.IssuingCounty), $"{where}.IssuingCounty");
        var certificate = DisabilityCertificate.Issue(holder, Profile(input.Components, where), Date(input.IssuedOn, $"{where}.IssuedOn"), issuing, new CertificateValidityPolicy(input.ValidityYears));
        foreach (var change in input.Changes)
        {
            var date = Date(change.Date, $"{where}.Changes");
            certificate = change.Kind switch
            {
                CertificateEventKind.Renewed => certificate.Renew(date),
                CertificateEventKind.Reassessed => certificate.Reassess(date, Profile(change.Components ?? [], where)),
                CertificateEventKind.ReportedLost => certificate.ReportLost(date),
                CertificateEventKind.Reissued => certificate.Reissue(date),
                CertificateEventKind.Revoked => certificate.Revoke(date, change.Reason ?? throw new CaseInputException($"{where}: a Revoked change needs a Reason (Death or NoLongerQualifies).", $"{where}：注销须注明原因（Death 或 NoLongerQualifies）。")),
                _ => throw new CaseInputException($"{where}: {change.Kind} is not a change of an issued certificate.", $"{where}：{change.Kind} 不是已发证件的变更。"),
            };
        }

        return certificate;
    }

    private static DisabilityProfile Profile(IReadOnlyList<DisabilityInput> components, string where)
    {
        var disabilities = components.Select(c => new Disability(c.Category, new DisabilityGrade(c.Grade))).ToList();
        return disabilities.Count switch
        {
            0 => throw new CaseInputException($"{where}: a certificate lists at least one component.", $"{where}：残疾人证至少列出一项残疾。"),
            1 => DisabilityProfile.Of(disabilities[0]),
            _ => DisabilityProfile.Multiple(disabilities),
        };
    }

    private static Dated<T> Status<T>(StatusInput<T> input, string where)
        where T : struct, Enum =>
        new(input.Status, Date(input.From, $"{where}.From"), input.Until is null ? null : Date(input.Until, $"{where}.Until"));

    private static LocalDate Date(string text, string where) =>
        IsoDates.TryParse(text, out var date)
            ? date
            : throw new CaseInputException($"{where} \"{IsoDates.Echo(text)}\" is not a date written yyyy-MM-dd between {IsoDates.FirstYear} and {IsoDates.LastYear}.", $"{where}“{IsoDates.Echo(text)}”不是 {IsoDates.FirstYear} 至 {IsoDates.LastYear} 年之间、写成 yyyy-MM-dd 的日期。");

    private static T Parse<T>(ParseResult<T> result, string where) =>
        result.Success ? result.Value : throw new CaseInputException($"{where}: {result.Error.Message}", $"{where}：{result.Error.MessageZh}");

    private static T Domain<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (DpfDomainException exception)
        {
            throw new CaseInputException(exception.Message, exception.MessageZh);
        }
        catch (ArgumentException exception)
        {
            throw new CaseInputException(exception.Message, exception.Message);
        }
    }
}
