using System.Collections.Generic;
using System.Linq;
using System;
using Ardalis.GuardClauses;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Employers;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Diagnostics;
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
            var name = Text(input.Name, "Name", "the employer's name");
            NotNegative(input.Headcount, "Headcount", "the prior year's average number of employees", "上年度在职职工平均人数");
            NotNegative(input.AverageWage, "AverageWage", "the prior year's average annual wage", "上年度在职职工年平均工资");
            NotNegative(input.LocalAverageWage, "LocalAverageWage", "the local average social wage", "当地社会平均工资");
            var employees = input.DisabledEmployees.Select((e, i) =>
            {
                var at = $"DisabledEmployees[{i}]";
                var grade = Grade(e.Grade, $"{at}.Grade");
                NotNegative(e.ContractMonths, $"{at}.ContractMonths", "the months under contract", "劳动合同月数");
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
            $"Household.County {county} is not a county-level division: a household is registered in a county, whose code does not end in 00 (e.g. 340123).",
            $"Household.County {county} 不是县级行政区划：户籍登记在县级，其代码不以 00 结尾（例如 340123）。");
        if (household.Members.Count == 0)
        {
            throw new CaseInputException("The household has no members: list at least the person evaluated.", "该户没有成员：至少列出被评估的人。", "Household.Members");
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
        return (built.Find(subject) ?? throw new CaseInputException($"Subject {subject} is not a member of the household.", $"评估对象 {subject} 不是该户成员。", "Subject"), built);
    }

    /// <summary>The link from a parent to member <paramref name="child"/>: the parent must be another member.</summary>
    private static ParentChildLink Link(string parent, List<ResidentIdNumber> ids, int child, string where)
    {
        var id = Parse(ResidentIdNumber.TryParse(parent), where);
        if (id == ids[child])
        {
            throw new CaseInputException(
                $"{where}: {id} is this member's own identity number; a member cannot be their own parent (if two members were given one number, correct the other).",
                $"{where}：{id} 是该成员本人的身份证号，成员不能是自己的父母（若两名成员填了同一号码，请改正其中一个）。",
                where);
        }

        if (!ids.Contains(id))
        {
            throw new CaseInputException(
                $"{where}: {id} is not a member of the household; list the parent as a member too, or remove the link.",
                $"{where}：{id} 不是本户成员；请把父母也列为成员，或删除该关系。",
                where);
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
                $"{where}.CareNeedMonths is {months}; the expected duration of care is 0 to 1,200 months.",
                $"{where}.CareNeedMonths 为 {months}；预计需要照护的时长为 0 至 1200 个月。")
            : null;
        for (var i = 0; i < member.PsychiatricTreatmentYears.Count; i++)
        {
            if (member.PsychiatricTreatmentYears[i] is < IsoDates.FirstYear or > IsoDates.LastYear)
            {
                var at = $"{where}.PsychiatricTreatmentYears[{i}]";
                throw new CaseInputException(
                    $"{at} is {member.PsychiatricTreatmentYears[i]}; a year is written with four digits, from {IsoDates.FirstYear} to {IsoDates.LastYear}.",
                    $"{at} 为 {member.PsychiatricTreatmentYears[i]}；年份须写成四位数，在 {IsoDates.FirstYear} 至 {IsoDates.LastYear} 之间。",
                    at);
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
            $"{where}.ValidityYears is {input.ValidityYears}; a certificate is valid for 1 to 50 years (leave it out for the usual 10).",
            $"{where}.ValidityYears 为 {input.ValidityYears}；残疾人证有效期为 1 至 50 年（省略则为通常的 10 年）。");
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
                CertificateEventKind.Revoked => Domain(() => current.Revoke(date, change.Reason ?? throw new CaseInputException($"{at}: a Revoked change needs a Reason (Death or NoLongerQualifies).", $"{at}：注销须注明原因（Death 或 NoLongerQualifies）。", at)), at),
                _ => throw new CaseInputException($"{at}: {change.Kind} is not a change of an issued certificate.", $"{at}：{change.Kind} 不是已发证件的变更。", $"{at}.Kind"),
            };
        }

        return certificate;
    }

    private static DisabilityProfile Profile(IReadOnlyList<DisabilityInput> components, string where)
    {
        var disabilities = components.Select((c, i) => new Disability(c.Category, Grade(c.Grade, $"{where}[{i}].Grade"))).ToList();
        return disabilities.Count switch
        {
            0 => throw new CaseInputException($"{where} is empty: a certificate lists at least one disability.", $"{where} 为空：残疾人证至少列出一项残疾。", where),
            1 => Domain(() => DisabilityProfile.Of(disabilities[0]), where),
            _ => Domain(() => DisabilityProfile.Multiple(disabilities), where),
        };
    }

    private static DisabilityGrade Grade(int grade, string where) => Value(
        () => new DisabilityGrade(grade),
        where,
        $"{where} is {grade}; a disability grade is 1 (most severe) to 4 (mildest).",
        $"{where} 为 {grade}；残疾等级为 1（一级，最重）至 4（四级，最轻）。");

    /// <summary>The member's name; a problem with it never echoes the name (personal data), only its length or the code of an invisible character.</summary>
    private static PersonName Name(string name, string where)
    {
        var invisible = Array.FindIndex(name.ToCharArray(), c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format);
        if (invisible >= 0)
        {
            var code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"U+{(int)name[invisible]:X4}");
            throw new CaseInputException(
                $"{where} holds an invisible or control character ({code}); retype the name.",
                $"{where} 含有不可见字符或控制字符（{code}）；请重新输入姓名。",
                where);
        }

        var length = new System.Globalization.StringInfo(name).LengthInTextElements;
        return Value(
            () => new PersonName(name),
            where,
            $"{where} is not a name ({length} characters): write 1 to {PersonName.MaximumLength} characters, without spaces at either end.",
            $"{where} 不是有效的姓名（{length} 个字符）：须为 1 至 {PersonName.MaximumLength} 个字符，首尾不能有空格。");
    }

    private static string Text(string text, string where, string what) =>
        string.IsNullOrWhiteSpace(text)
            ? throw new CaseInputException($"{where} is empty: {what} is required.", $"{where} 为空：此项必填。", where)
            : text;

    private static void NotNegative(decimal value, string where, string what, string whatZh)
    {
        if (value < 0)
        {
            throw new CaseInputException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{where} is {value}; {what} cannot be negative."),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{where} 为 {value}；{whatZh}不能为负数。"),
                where);
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
            $"{where}.Until ({input.Until}) is before From ({input.From}); the last day of a status cannot come before its first.",
            $"{where}.Until（{input.Until}）早于 From（{input.From}）；状态的最后一天不能早于第一天。");
    }

    private static LocalDate Date(string text, string where) =>
        IsoDates.TryParse(text, out var date)
            ? date
            : throw new CaseInputException($"{where} \"{IsoDates.Echo(text)}\" is not a date written yyyy-MM-dd between {IsoDates.FirstYear} and {IsoDates.LastYear}.", $"{where}“{IsoDates.Echo(text)}”不是 {IsoDates.FirstYear} 至 {IsoDates.LastYear} 年之间、写成 yyyy-MM-dd 的日期。", where) { Code = DiagnosticCode.InvalidDate };

    private static T Parse<T>(ParseResult<T> result, string where) =>
        result.Success ? result.Value : throw new CaseInputException($"{where}: {result.Error.Message}", $"{where}：{result.Error.MessageZh}", where);

    /// <summary>Runs a domain constructor for one value; what it refuses as an argument is told in the words given, in English and Chinese.</summary>
    private static T Value<T>(Func<T> build, string field, string refused, string refusedZh)
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
            throw new CaseInputException(refused, refusedZh, field);
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
            throw new CaseInputException($"{field ?? "The value"} is refused: {reason}", $"{field ?? "该值"} 无效：{reason}", field);
        }
    }
}
