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

/// <summary>
/// Turns person and employer files into the domain model, validating every value with the domain's
/// own rules. Every independent problem is reported, not only the first: each value is checked on
/// its own, and what is built of several values (a member, a certificate, the household) only when
/// its values are all valid, since the domain's refusal of it would only repeat their problems.
/// </summary>
public static class PersonInputMapper
{
    /// <summary>Builds the household and picks the member evaluated.</summary>
    /// <param name="input">The person file.</param>
    /// <returns>The member evaluated and their household.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="CaseInputException">A value is invalid; the message says which, where in words and how to correct it, one problem a line (identity numbers masked), and for a file read by <see cref="CaseRunner"/> gives each problem's file, line and column under the file's heading.</exception>
    public static (Person Person, Household Household) ToDomain(PersonInput input)
    {
        Guard.Against.Null(input);
        var problems = new InputProblems(input.Source);
        var built = Build(input, problems);
        problems.ThrowIfAny(InputMessages.PersonFile);
        return built!.Value;
    }

    /// <summary>Builds the employer.</summary>
    /// <param name="input">The employer file.</param>
    /// <returns>The employer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="CaseInputException">A value is invalid; the message says which, where in words and how to correct it, one problem a line, and for a file read by <see cref="CaseRunner"/> gives each problem's file, line and column under the file's heading.</exception>
    public static Employer ToDomain(EmployerInput input)
    {
        Guard.Against.Null(input);
        var problems = new InputProblems(input.Source);
        var built = Build(input, problems);
        problems.ThrowIfAny(InputMessages.EmployerFile);
        return built!;
    }

    /// <summary>The member evaluated and their household, or null with every problem found reported to <paramref name="problems"/>.</summary>
    internal static (Person Person, Household Household)? Build(PersonInput input, InputProblems problems) => new Builder(problems).Person(input);

    /// <summary>The employer, or null with every problem found reported to <paramref name="problems"/>.</summary>
    internal static Employer? Build(EmployerInput input, InputProblems problems) => new Builder(problems).Employer(input);

    /// <summary>
    /// Builds one object, reporting its problems: each check throws a <see cref="CaseInputException"/>
    /// for its value, and <see cref="InputProblems.Try"/> keeps it and goes on with the next value.
    /// </summary>
    private sealed class Builder(InputProblems problems)
    {
        public Employer? Employer(EmployerInput input)
        {
            var start = problems.Count;
            problems.Try(() => Text(input.Name, "Name", PersonFileMessages.EmployerName), out var name);
            problems.Try(() => NotNegative(input.Headcount, "Headcount", PersonFileMessages.Headcount), out _);
            problems.Try(() => NotNegative(input.AverageWage, "AverageWage", PersonFileMessages.AverageWage), out _);
            problems.Try(() => NotNegative(input.LocalAverageWage, "LocalAverageWage", PersonFileMessages.LocalAverageWage), out _);
            var employees = input.DisabledEmployees.Select((e, i) =>
            {
                var at = $"DisabledEmployees[{i}]";
                var before = problems.Count;
                problems.Try(() => Grade(e.Grade, $"{at}.Grade"), out var grade);
                problems.Try(() => NotNegative(e.ContractMonths, $"{at}.ContractMonths", PersonFileMessages.ContractMonths), out _);
                return problems.Count > before ? null : Step(() => Domain(() => new DisabledEmployee(grade, e.ContractMonths, e.CivilServicePost, e.PaidAtLeastMinimumWage, e.HasFullSocialInsurance), at));
            }).ToList();

            // The employer as a whole only when all its values are valid: its refusal would repeat their problems.
            return problems.Count > start
                ? null
                : Step(() => Domain(() => new Employer(name, input.Kind, input.Headcount, Money.FromYuan(input.AverageWage), Money.FromYuan(input.LocalAverageWage), employees!), null));
        }

        public (Person Person, Household Household)? Person(PersonInput input)
        {
            var start = problems.Count;
            var household = input.Household;
            HouseholdRegistration? registration = null;
            if (problems.Try(() => Parse(DivisionCode.TryParse(household.County), "Household.County", PersonFileMessages.DivisionCodeFix), out var county))
            {
                registration = Step(() => Value(
                    () => new HouseholdRegistration(county, household.Registration),
                    "Household.County",
                    PersonFileMessages.NotACounty(Where("Household.County"), county.ToString())));
            }

            var poverty = household.Poverty.Select((s, i) => Status(s, $"Household.Poverty[{i}]")).ToList();
            if (household.Members.Count == 0)
            {
                // A household without members: no member, parent or subject is left to check.
                problems.Report(PersonFileMessages.NoMembers(Where("Household.Members")), "Household.Members");
                return null;
            }

            var ids = household.Members.Select((m, i) => problems.Try(() => Parse(ResidentIdNumber.TryParse(m.Id), $"Household.Members[{i}].Id", PersonFileMessages.IdentityNumberFix), out var id) ? id : (ResidentIdNumber?)null).ToList();
            var members = household.Members.Select((m, i) => Member(m, ids[i], registration is null ? null : county, $"Household.Members[{i}]")).ToList();
            var links = household.Members.SelectMany((m, i) => m.Parents.Select((parent, j) => Link(parent, ids, i, $"Household.Members[{i}].Parents[{j}]"))).ToList();
            if (problems.Count > start)
            {
                // The household and the subject are checked only when every value is valid: a refusal of the
                // household would repeat a problem of its values, and the subject is looked for among valid members.
                return null;
            }

            var built = Step(() => Domain(() => new Household(registration!, members!, poverty!, links!), "Household.Members"));
            if (built is null)
            {
                return null;
            }

            if (input.Subject is null)
            {
                return (members[0]!, built);
            }

            if (!problems.Try(() => Parse(ResidentIdNumber.TryParse(input.Subject), "Subject", PersonFileMessages.IdentityNumberFix), out var subject))
            {
                return null;
            }

            if (built.Find(subject) is { } person)
            {
                return (person, built);
            }

            problems.Report(PersonFileMessages.SubjectNotAMember(Where("Subject"), subject.ToString()), "Subject");
            return null;
        }

        /// <summary>The link from a parent to member <paramref name="child"/>: the parent must be another member; null when it cannot be made.</summary>
        private ParentChildLink? Link(string parent, List<ResidentIdNumber?> ids, int child, string where)
        {
            if (!problems.Try(() => Parse(ResidentIdNumber.TryParse(parent), where, PersonFileMessages.IdentityNumberFix), out var id))
            {
                return null;
            }

            if (ids[child] is not { } own)
            {
                return null;
            }

            if (id == own)
            {
                problems.Report(PersonFileMessages.OwnParent(Where(where), id.ToString()), where);
                return null;
            }

            // A member whose own number is wrong may be the parent meant: membership is only told when every member's number is valid.
            if (ids.Any(i => i is null))
            {
                return null;
            }

            if (!ids.Contains(id))
            {
                problems.Report(PersonFileMessages.ParentNotAMember(Where(where), id.ToString()), where);
                return null;
            }

            return Step(() => Domain(() => new ParentChildLink(id, own), where));
        }

        private Person? Member(MemberInput member, ResidentIdNumber? id, DivisionCode? county, string where)
        {
            var start = problems.Count;
            problems.Try(() => Name(member.Name, $"{where}.Name"), out var name);
            var certificate = member.Certificate is null ? null : Certificate(member.Certificate, id, county, $"{where}.Certificate");
            var supports = member.Supports.Select((s, i) => Status(s, $"{where}.Supports[{i}]")).ToList();
            var diagnoses = member.Diagnoses.Select((d, i) => problems.Try(() => Date(d.On, $"{where}.Diagnoses[{i}].On"), out var on) ? new Diagnosis(d.Condition, on, d.DesignatedHospital) : null).ToList();
            var care = member.CareNeedMonths is { } months
                ? Step(() => Value(
                    () => new CareNeed(LocalDate.MinIsoValue, months),
                    $"{where}.CareNeedMonths",
                    PersonFileMessages.CareNeedOutOfRange(Where($"{where}.CareNeedMonths"), months)))
                : null;
            for (var i = 0; i < member.PsychiatricTreatmentYears.Count; i++)
            {
                if (member.PsychiatricTreatmentYears[i] is < IsoDates.FirstYear or > IsoDates.LastYear)
                {
                    var at = $"{where}.PsychiatricTreatmentYears[{i}]";
                    problems.Report(PersonFileMessages.YearOutOfRange(Where(at), member.PsychiatricTreatmentYears[i], IsoDates.FirstYear, IsoDates.LastYear), at);
                }
            }

            var enrolments = member.Enrolments.Select((s, i) => Status(s, $"{where}.Enrolments[{i}]")).ToList();

            // The member as a whole only when all their values are valid (and their number, checked with the household's).
            if (problems.Count > start || id is not { } number)
            {
                return null;
            }

            return Step(() => Domain(
                () => new Person(
                    number,
                    name,
                    certificate,
                    supports!,
                    diagnoses!,
                    care,
                    member.PsychiatricTreatmentYears,
                    new HearingFacts(member.WearsHearingAid, member.HasCochlearImplant, member.HearingAidFittingIndicated, member.CochlearImplantIndicated),
                    enrolments!),
                where));
        }

        private DisabilityCertificate? Certificate(CertificateInput input, ResidentIdNumber? holder, DivisionCode? county, string where)
        {
            var start = problems.Count;
            var issuing = county;
            if (input.IssuingCounty is not null)
            {
                issuing = problems.Try(() => Parse(DivisionCode.TryParse(input.IssuingCounty), $"{where}.IssuingCounty", PersonFileMessages.DivisionCodeFix), out var code) ? code : null;
            }

            var profile = Profile(input.Components, $"{where}.Components");
            problems.Try(() => Date(input.IssuedOn, $"{where}.IssuedOn"), out var issuedOn);
            var policy = Step(() => Value(
                () => new CertificateValidityPolicy(input.ValidityYears),
                $"{where}.ValidityYears",
                PersonFileMessages.ValidityYearsOutOfRange(Where($"{where}.ValidityYears"), input.ValidityYears)));
            if (problems.Count > start || holder is not { } number || issuing is not { } issuedBy || profile is null)
            {
                return null;
            }

            var certificate = Step(() => Domain(() => DisabilityCertificate.Issue(number, profile, issuedOn, issuedBy, policy!), where));

            // Each change applies to the certificate the changes before it made: the first that cannot be applied ends them.
            for (var i = 0; certificate is not null && i < input.Changes.Count; i++)
            {
                certificate = Change(certificate, input.Changes[i], $"{where}.Changes[{i}]");
            }

            return certificate;
        }

        private DisabilityCertificate? Change(DisabilityCertificate current, CertificateChangeInput change, string at)
        {
            if (!problems.Try(() => Date(change.Date, $"{at}.Date"), out var date))
            {
                return null;
            }

            switch (change.Kind)
            {
                case CertificateEventKind.Renewed:
                    return Step(() => Domain(() => current.Renew(date), at));
                case CertificateEventKind.Reassessed:
                    return Profile(change.Components ?? [], $"{at}.Components") is { } profile ? Step(() => Domain(() => current.Reassess(date, profile), at)) : null;
                case CertificateEventKind.ReportedLost:
                    return Step(() => Domain(() => current.ReportLost(date), at));
                case CertificateEventKind.Reissued:
                    return Step(() => Domain(() => current.Reissue(date), at));
                case CertificateEventKind.Revoked when change.Reason is { } reason:
                    return Step(() => Domain(() => current.Revoke(date, reason), at));
                case CertificateEventKind.Revoked:
                    problems.Report(PersonFileMessages.RevokedWithoutReason(Where(at)), at);
                    return null;
                default:
                    problems.Report(PersonFileMessages.NotAChange(Where($"{at}.Kind"), change.Kind.ToString()), $"{at}.Kind");
                    return null;
            }
        }

        private DisabilityProfile? Profile(IReadOnlyList<DisabilityInput> components, string where)
        {
            if (components.Count == 0)
            {
                problems.Report(PersonFileMessages.NoDisabilities(Where(where)), where);
                return null;
            }

            var start = problems.Count;
            var disabilities = components.Select((c, i) => problems.Try(() => Grade(c.Grade, $"{where}[{i}].Grade"), out var grade) ? new Disability(c.Category, grade) : (Disability?)null).ToList();
            return problems.Count > start
                ? null
                : Step(() => disabilities.Count == 1
                    ? Domain(() => DisabilityProfile.Of(disabilities[0]!.Value), where)
                    : Domain(() => DisabilityProfile.Multiple(disabilities.Select(d => d!.Value).ToList()), where));
        }

        private DisabilityGrade Grade(int grade, string where) => Value(
            () => new DisabilityGrade(grade),
            where,
            PersonFileMessages.GradeOutOfRange(Where(where), grade));

        /// <summary>The member's name; a problem with it never echoes the name (personal data), only its length or the code of an invisible character.</summary>
        private PersonName Name(string name, string where)
        {
            var invisible = Array.FindIndex(name.ToCharArray(), c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format);
            if (invisible >= 0)
            {
                var code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"U+{(int)name[invisible]:X4}");
                throw new CaseInputException(PersonFileMessages.InvisibleCharacter(Where(where), code), where);
            }

            var length = new System.Globalization.StringInfo(name).LengthInTextElements;
            return Value(
                () => new PersonName(name),
                where,
                PersonFileMessages.NotAName(Where(where), length, PersonName.MaximumLength));
        }

        private string Text(string text, string where, BilingualText what) =>
            string.IsNullOrWhiteSpace(text)
                ? throw new CaseInputException(PersonFileMessages.EmptyText(Where(where), what), where)
                : text;

        private decimal NotNegative(decimal value, string where, BilingualText what) =>
            value < 0
                ? throw new CaseInputException(PersonFileMessages.Negative(Where(where), value, what), where)
                : value;

        /// <summary>A status with its dates, or null with the problems of its dates reported.</summary>
        private Dated<T>? Status<T>(StatusInput<T> input, string where)
            where T : struct, Enum
        {
            var start = problems.Count;
            problems.Try(() => Date(input.From, $"{where}.From"), out var from);
            var until = input.Until is null ? (LocalDate?)null : problems.Try(() => Date(input.Until, $"{where}.Until"), out var last) ? last : null;
            return problems.Count > start
                ? null
                : Step(() => Value(
                    () => new Dated<T>(input.Status, from, until),
                    $"{where}.Until",
                    PersonFileMessages.UntilBeforeFrom(Where($"{where}.Until"), input.Until, input.From)));
        }

        private LocalDate Date(string text, string where) =>
            IsoDates.TryParse(text, out var date)
                ? date
                : throw new CaseInputException(PersonFileMessages.NotADate(Where(where), IsoDates.Echo(text), IsoDates.FirstYear, IsoDates.LastYear), where);

        private T Parse<T>(ParseResult<T> result, string where, BilingualText fix) =>
            result.Success ? result.Value : throw new CaseInputException(PersonFileMessages.NotValid(Where(where), new BilingualText(result.Error.Message, result.Error.MessageZh), fix), where);

        /// <summary>Runs a domain constructor for one value; what it refuses as an argument is told by the message given.</summary>
        private T Value<T>(Func<T> build, string field, DiagnosticMessage refused)
        {
            try
            {
                return build();
            }
            catch (DpfDomainException exception)
            {
                throw new CaseInputException(PersonFileMessages.Refused(Where(field), new BilingualText(exception.Message, exception.MessageZh)), field);
            }
            catch (Exception exception) when (exception is ArgumentException or ArithmeticException)
            {
                throw new CaseInputException(refused, field);
            }
        }

        /// <summary>Runs a domain constructor, turning what the domain refuses into a problem with the field at fault.</summary>
        private T Domain<T>(Func<T> build, string? field)
        {
            try
            {
                return build();
            }
            catch (DpfDomainException exception)
            {
                throw new CaseInputException(PersonFileMessages.Refused(Where(field), new BilingualText(exception.Message, exception.MessageZh)), field);
            }
            catch (Exception exception) when (exception is ArgumentException or ArithmeticException)
            {
                // The fields above are checked in plain words first; this is the last resort, without .NET's parameter names.
                var reason = exception.Message.Split('\n')[0];
                reason = reason.Contains(" (Parameter '", StringComparison.Ordinal) ? reason[..reason.IndexOf(" (Parameter '", StringComparison.Ordinal)] : reason;
                throw new CaseInputException(PersonFileMessages.RefusedByDotNet(Where(field), reason), field);
            }
        }

        /// <summary>Runs one step that gives an object; null when it reports a problem.</summary>
        private T? Step<T>(Func<T> step)
            where T : class =>
            problems.Try(step, out var value) ? value : null;

        private BilingualText Where(string? field) => problems.Where(field);
    }
}
