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
    /// <exception cref="CaseInputException">A value is invalid; the message says which (identity numbers masked), and for a file read by <see cref="CaseRunner"/> starts with its file, line and column.</exception>
    public static (Person Person, Household Household) ToDomain(PersonInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return Build(input);
        }
        catch (CaseInputException problem) when (input.Source is { } source)
        {
            throw source.Locate(problem);
        }
    }

    /// <summary>Builds the employer.</summary>
    /// <param name="input">The employer file.</param>
    /// <returns>The employer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="CaseInputException">A value is invalid; for a file read by <see cref="CaseRunner"/> the message starts with its file, line and column.</exception>
    public static Employer ToDomain(EmployerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return Domain(
                () => new Employer(
                    input.Name,
                    input.Kind,
                    input.Headcount,
                    Money.FromYuan(input.AverageWage),
                    Money.FromYuan(input.LocalAverageWage),
                    input.DisabledEmployees.Select(e => new DisabledEmployee(new DisabilityGrade(e.Grade), e.ContractMonths, e.CivilServicePost, e.PaidAtLeastMinimumWage, e.HasFullSocialInsurance))),
                null);
        }
        catch (CaseInputException problem) when (input.Source is { } source)
        {
            throw source.Locate(problem);
        }
    }

    private static (Person Person, Household Household) Build(PersonInput input)
    {
        var household = input.Household;
        var county = Parse(DivisionCode.TryParse(household.County), "Household.County");
        var ids = household.Members.Select((m, i) => Parse(ResidentIdNumber.TryParse(m.Id), $"Household.Members[{i}].Id")).ToList();
        var members = household.Members.Select((m, i) => Member(m, ids[i], county, $"Household.Members[{i}]")).ToList();
        var links = household.Members
            .SelectMany((m, i) => m.Parents.Select((parent, j) => new ParentChildLink(Parse(ResidentIdNumber.TryParse(parent), $"Household.Members[{i}].Parents[{j}]"), ids[i])))
            .ToList();
        var built = Domain(
            () => new Household(
                new HouseholdRegistration(county, household.Registration),
                members,
                household.Poverty.Select((s, i) => Status(s, $"Household.Poverty[{i}]")),
                links),
            "Household");
        if (members.Count == 0)
        {
            throw new CaseInputException("The household has no members.", "家庭户没有成员。", "Household.Members");
        }

        if (input.Subject is null)
        {
            return (members[0], built);
        }

        var subject = Parse(ResidentIdNumber.TryParse(input.Subject), "Subject");
        return (built.Find(subject) ?? throw new CaseInputException($"Subject {subject} is not a member of the household.", $"评估对象 {subject} 不是该户成员。", "Subject"), built);
    }

    private static Person Member(MemberInput member, ResidentIdNumber id, DivisionCode county, string where)
    {
        var name = Domain(() => new PersonName(member.Name), $"{where}.Name");
        var certificate = member.Certificate is null ? null : Certificate(member.Certificate, id, county, $"{where}.Certificate");
        return Domain(
            () => new Person(
                id,
                name,
                certificate,
                member.Supports.Select((s, i) => Status(s, $"{where}.Supports[{i}]")),
                member.Diagnoses.Select((d, i) => new Diagnosis(d.Condition, Date(d.On, $"{where}.Diagnoses[{i}].On"), d.DesignatedHospital)),
                member.CareNeedMonths is { } months ? new CareNeed(LocalDate.MinIsoValue, months) : null,
                member.PsychiatricTreatmentYears,
                new HearingFacts(member.WearsHearingAid, member.HasCochlearImplant, member.HearingAidFittingIndicated, member.CochlearImplantIndicated),
                member.Enrolments.Select((s, i) => Status(s, $"{where}.Enrolments[{i}]"))),
            where);
    }

    private static DisabilityCertificate Certificate(CertificateInput input, ResidentIdNumber holder, DivisionCode county, string where)
    {
        var issuing = input.IssuingCounty is null ? county : Parse(DivisionCode.TryParse(input.IssuingCounty), $"{where}.IssuingCounty");
        var profile = Profile(input.Components, where);
        var issuedOn = Date(input.IssuedOn, $"{where}.IssuedOn");
        var certificate = Domain(() => DisabilityCertificate.Issue(holder, profile, issuedOn, issuing, new CertificateValidityPolicy(input.ValidityYears)), where);
        for (var i = 0; i < input.Changes.Count; i++)
        {
            var change = input.Changes[i];
            var at = $"{where}.Changes[{i}]";
            var date = Date(change.Date, $"{at}.Date");
            var current = certificate;
            certificate = change.Kind switch
            {
                CertificateEventKind.Renewed => Domain(() => current.Renew(date), at),
                CertificateEventKind.Reassessed => Domain(() => current.Reassess(date, Profile(change.Components ?? [], at)), at),
                CertificateEventKind.ReportedLost => Domain(() => current.ReportLost(date), at),
                CertificateEventKind.Reissued => Domain(() => current.Reissue(date), at),
                CertificateEventKind.Revoked => Domain(() => current.Revoke(date, change.Reason ?? throw new CaseInputException($"{at}: a Revoked change needs a Reason (Death or NoLongerQualifies).", $"{at}：注销须注明原因（Death 或 NoLongerQualifies）。", at)), at),
                _ => throw new CaseInputException($"{at}: {change.Kind} is not a change of an issued certificate.", $"{at}：{change.Kind} 不是已发证件的变更。", $"{at}.Kind"),
            };
        }

        return certificate;
    }

    private static DisabilityProfile Profile(IReadOnlyList<DisabilityInput> components, string where)
    {
        var disabilities = Domain(() => components.Select(c => new Disability(c.Category, new DisabilityGrade(c.Grade))).ToList(), $"{where}.Components");
        return disabilities.Count switch
        {
            0 => throw new CaseInputException($"{where}: a certificate lists at least one component.", $"{where}：残疾人证至少列出一项残疾。", where),
            1 => Domain(() => DisabilityProfile.Of(disabilities[0]), $"{where}.Components"),
            _ => Domain(() => DisabilityProfile.Multiple(disabilities), $"{where}.Components"),
        };
    }

    private static Dated<T> Status<T>(StatusInput<T> input, string where)
        where T : struct, Enum =>
        new(input.Status, Date(input.From, $"{where}.From"), input.Until is null ? null : Date(input.Until, $"{where}.Until"));

    private static LocalDate Date(string text, string where) =>
        IsoDates.TryParse(text, out var date)
            ? date
            : throw new CaseInputException($"{where} \"{IsoDates.Echo(text)}\" is not a date written yyyy-MM-dd between {IsoDates.FirstYear} and {IsoDates.LastYear}.", $"{where}“{IsoDates.Echo(text)}”不是 {IsoDates.FirstYear} 至 {IsoDates.LastYear} 年之间、写成 yyyy-MM-dd 的日期。", where);

    private static T Parse<T>(ParseResult<T> result, string where) =>
        result.Success ? result.Value : throw new CaseInputException($"{where}: {result.Error.Message}", $"{where}：{result.Error.MessageZh}", where);

    /// <summary>Runs a domain constructor, turning what the domain refuses into a problem with the field at fault.</summary>
    private static T Domain<T>(Func<T> build, string? field)
    {
        try
        {
            return build();
        }
        catch (DpfDomainException exception)
        {
            throw new CaseInputException(exception.Message, exception.MessageZh, field);
        }
        catch (Exception exception) when (exception is ArgumentException or ArithmeticException)
        {
            throw new CaseInputException(exception.Message, exception.Message, field);
        }
    }
}
