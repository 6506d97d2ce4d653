using System.Collections.Generic;
using System.Linq;
using System;
using Ardalis.GuardClauses;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Employers;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Authoring.Messages;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Loading;
using NodaTime;

namespace DpfDomain.Rules.Authoring.Cases;

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
        Guard.Against.Null(input);
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
        Guard.Against.Null(input);
        try
        {
            var name = Text(input.Name, "Name", PersonFileMessages.EmployerName);
            NotNegative(input.Headcount, "Headcount", PersonFileMessages.Headcount);
            NotNegative(input.AverageWage, "AverageWage", PersonFileMessages.AverageWage);
            NotNegative(input.LocalAverageWage, "LocalAverageWage", PersonFileMessages.LocalAverageWage);
            var employees = input.DisabledEmployees.Select((e, i) =>
            {
                var at = $"DisabledEmployees[{i}]";
                var grade = Grade(e.Grade, $"{at}.Grade");
                NotNegative(e.ContractMonths, $"{at}.ContractMonths", PersonFileMessages.ContractMonths);
                return Domain(() => new DisabledEmployee(grade, e.ContractMonths, e.CivilServicePost, e.PaidAtLeastMinimumWage, e.HasFullSocialInsurance), at);
            }).ToList();
            return Domain(
                () => new Employer(name, input.Kind, input.Headcount, Money.FromYuan(input.AverageWage), Money.FromYuan(input.LocalAverageWage), employees),
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
        var registration = Value(
            () => new HouseholdRegistration(county, household.Registration),
            "Household.County",
            PersonFileMessages.NotACounty(county.ToString()));
        if (household.Members.Count == 0)
        {
            throw new CaseInputException(PersonFileMessages.NoMembers(), "Household.Members");
        }

        var ids = household.Members.Select((m, i) => Parse(ResidentIdNumber.TryParse(m.Id), $"Household.Members[{i}].Id")).ToList();
        var poverty = household.Poverty.Select((s, i) => Status(s, $"Household.Poverty[{i}]")).ToList();
        var members = household.Members.Select((m, i) => Member(m, ids[i], county, $"Household.Members[{i}]")).ToList();
        var links = household.Members.SelectMany((m, i) => m.Parents.Select((parent, j) => Link(parent, ids, i, $"Household.Members[{i}].Parents[{j}]"))).ToList();
        var built = Domain(() => new Household(registration, members, poverty, links), "Household.Members");
        if (input.Subject is null)
        {
            return (members[0], built);
        }

        var subject = Parse(ResidentIdNumber.TryParse(input.Subject), "Subject");
        return (built.Find(subject) ?? throw new CaseInputException(PersonFileMessages.SubjectNotAMember(subject.ToString()), "Subject"), built);
    }

    /// <summary>The link from a parent to member <paramref name="child"/>: the parent must be another member.</summary>
    private static ParentChildLink Link(string parent, List<ResidentIdNumber> ids, int child, string where)
    {
        var id = Parse(ResidentIdNumber.TryParse(parent), where);
        if (id == ids[child])
        {
            throw new CaseInputException(PersonFileMessages.OwnParent(where, id.ToString()), where);
        }

        if (!ids.Contains(id))
        {
            throw new CaseInputException(PersonFileMessages.ParentNotAMember(where, id.ToString()), where);
        }

        return Domain(() => new ParentChildLink(id, ids[child]), where);
    }

    private static Person Member(MemberInput member, ResidentIdNumber id, DivisionCode county, string where)
    {
        var name = Name(member.Name, $"{where}.Name");
        var certificate = member.Certificate is null ? null : Certificate(member.Certificate, id, county, $"{where}.Certificate");
        var supports = member.Supports.Select((s, i) => Status(s, $"{where}.Supports[{i}]")).ToList();
        var diagnoses = member.Diagnoses.Select((d, i) => new Diagnosis(d.Condition, Date(d.On, $"{where}.Diagnoses[{i}].On"), d.DesignatedHospital)).ToList();
        var care = member.CareNeedMonths is { } months
            ? Value(
                () => new CareNeed(LocalDate.MinIsoValue, months),
                $"{where}.CareNeedMonths",
                PersonFileMessages.CareNeedOutOfRange(where, months))
            : null;
        for (var i = 0; i < member.PsychiatricTreatmentYears.Count; i++)
        {
            if (member.PsychiatricTreatmentYears[i] is < IsoDates.FirstYear or > IsoDates.LastYear)
            {
                var at = $"{where}.PsychiatricTreatmentYears[{i}]";
                throw new CaseInputException(PersonFileMessages.YearOutOfRange(at, member.PsychiatricTreatmentYears[i], IsoDates.FirstYear, IsoDates.LastYear), at);
            }
        }

        var enrolments = member.Enrolments.Select((s, i) => Status(s, $"{where}.Enrolments[{i}]")).ToList();
        return Domain(
            () => new Person(
                id,
                name,
                certificate,
                supports,
                diagnoses,
                care,
                member.PsychiatricTreatmentYears,
                new HearingFacts(member.WearsHearingAid, member.HasCochlearImplant, member.HearingAidFittingIndicated, member.CochlearImplantIndicated),
                enrolments),
            where);
    }

    private static DisabilityCertificate Certificate(CertificateInput input, ResidentIdNumber holder, DivisionCode county, string where)
    {
        var issuing = input.IssuingCounty is null ? county : Parse(DivisionCode.TryParse(input.IssuingCounty), $"{where}.IssuingCounty");
        var profile = Profile(input.Components, $"{where}.Components");
        var issuedOn = Date(input.IssuedOn, $"{where}.IssuedOn");
        var policy = Value(
            () => new CertificateValidityPolicy(input.ValidityYears),
            $"{where}.ValidityYears",
            PersonFileMessages.ValidityYearsOutOfRange(where, input.ValidityYears));
        var certificate = Domain(() => DisabilityCertificate.Issue(holder, profile, issuedOn, issuing, policy), where);
        for (var i = 0; i < input.Changes.Count; i++)
        {
            var change = input.Changes[i];
            var at = $"{where}.Changes[{i}]";
            var date = Date(change.Date, $"{at}.Date");
            var current = certificate;
            certificate = change.Kind switch
            {
                CertificateEventKind.Renewed => Domain(() => current.Renew(date), at),
                CertificateEventKind.Reassessed => Domain(() => current.Reassess(date, Profile(change.Components ?? [], $"{at}.Components")), at),
                CertificateEventKind.ReportedLost => Domain(() => current.ReportLost(date), at),
                CertificateEventKind.Reissued => Domain(() => current.Reissue(date), at),
                CertificateEventKind.Revoked => Domain(() => current.Revoke(date, change.Reason ?? throw new CaseInputException(PersonFileMessages.RevokedWithoutReason(at), at)), at),
                _ => throw new CaseInputException(PersonFileMessages.NotAChange(at, change.Kind.ToString()), $"{at}.Kind"),
            };
        }

        return certificate;
    }

    private static DisabilityProfile Profile(IReadOnlyList<DisabilityInput> components, string where)
    {
        var disabilities = components.Select((c, i) => new Disability(c.Category, Grade(c.Grade, $"{where}[{i}].Grade"))).ToList();
        return disabilities.Count switch
        {
            0 => throw new CaseInputException(PersonFileMessages.NoDisabilities(where), where),
            1 => Domain(() => DisabilityProfile.Of(disabilities[0]), where),
            _ => Domain(() => DisabilityProfile.Multiple(disabilities), where),
        };
    }

    private static DisabilityGrade Grade(int grade, string where) => Value(
        () => new DisabilityGrade(grade),
        where,
        PersonFileMessages.GradeOutOfRange(where, grade));

    /// <summary>The member's name; a problem with it never echoes the name (personal data), only its length or the code of an invisible character.</summary>
    private static PersonName Name(string name, string where)
    {
        var invisible = Array.FindIndex(name.ToCharArray(), c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format);
        if (invisible >= 0)
        {
            var code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"U+{(int)name[invisible]:X4}");
            throw new CaseInputException(PersonFileMessages.InvisibleCharacter(where, code), where);
        }

        var length = new System.Globalization.StringInfo(name).LengthInTextElements;
        return Value(
            () => new PersonName(name),
            where,
            PersonFileMessages.NotAName(where, length, PersonName.MaximumLength));
    }

    private static string Text(string text, string where, string what) =>
        string.IsNullOrWhiteSpace(text)
            ? throw new CaseInputException(PersonFileMessages.EmptyText(where, what), where)
            : text;

    private static void NotNegative(decimal value, string where, BilingualText what)
    {
        if (value < 0)
        {
            throw new CaseInputException(PersonFileMessages.Negative(where, value, what), where);
        }
    }

    private static Dated<T> Status<T>(StatusInput<T> input, string where)
        where T : struct, Enum
    {
        var from = Date(input.From, $"{where}.From");
        var until = input.Until is null ? (LocalDate?)null : Date(input.Until, $"{where}.Until");
        return Value(
            () => new Dated<T>(input.Status, from, until),
            $"{where}.Until",
            PersonFileMessages.UntilBeforeFrom(where, input.Until, input.From));
    }

    private static LocalDate Date(string text, string where) =>
        IsoDates.TryParse(text, out var date)
            ? date
            : throw new CaseInputException(PersonFileMessages.NotADate(where, IsoDates.Echo(text), IsoDates.FirstYear, IsoDates.LastYear), where);

    private static T Parse<T>(ParseResult<T> result, string where) =>
        result.Success ? result.Value : throw new CaseInputException(PersonFileMessages.NotValid(where, new BilingualText(result.Error.Message, result.Error.MessageZh)), where);

    /// <summary>Runs a domain constructor for one value; what it refuses as an argument is told by the message given.</summary>
    private static T Value<T>(Func<T> build, string field, DiagnosticMessage refused)
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
            throw new CaseInputException(refused, field);
        }
    }

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
            // The fields above are checked in plain words first; this is the last resort, without .NET's parameter names.
            var reason = exception.Message.Split('\n')[0];
            reason = reason.Contains(" (Parameter '", StringComparison.Ordinal) ? reason[..reason.IndexOf(" (Parameter '", StringComparison.Ordinal)] : reason;
            throw new CaseInputException(PersonFileMessages.Refused(field, reason), field);
        }
    }
}
