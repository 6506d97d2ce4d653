using System;
using System.Globalization;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Authoring.Messages;

/// <summary>
/// The problems of the values of a person or employer file, found when they are turned into the
/// domain model: a county, member, parent, certificate, grade, name, amount or date that the
/// domain refuses. The place arrives in words with its path (<see cref="LocationWords.Of"/>):
/// "第 1 位家庭成员的残疾证的第 1 项残疾的等级（Household.Members[0].Certificate.Components[0].Grade）";
/// each message says what is wrong there and what to write instead. Identity numbers arrive
/// masked; a name is never shown, only its length.
/// </summary>
internal static class PersonFileMessages
{
    /// <summary>The employer's name, as named when it is empty.</summary>
    public static readonly BilingualText EmployerName = new("the employer's name", "用人单位名称");

    /// <summary>The employer's headcount, as named when it is negative.</summary>
    public static readonly BilingualText Headcount = new("the prior year's average number of employees", "上年度在职职工平均人数");

    /// <summary>The employer's average wage, as named when it is negative.</summary>
    public static readonly BilingualText AverageWage = new("the prior year's average annual wage", "上年度在职职工年平均工资");

    /// <summary>The local average wage, as named when it is negative.</summary>
    public static readonly BilingualText LocalAverageWage = new("the local average social wage", "当地社会平均工资");

    /// <summary>A disabled employee's months under contract, as named when they are negative.</summary>
    public static readonly BilingualText ContractMonths = new("the months under contract", "劳动合同月数");

    /// <summary>How to correct an identity number the parser refuses.</summary>
    public static readonly BilingualText IdentityNumberFix = new(
        "Copy the 18-character identity number again from the identity card or the household register.",
        "请对照身份证或户口簿重新填写 18 位身份证号。");

    /// <summary>How to correct a division code the parser refuses.</summary>
    public static readonly BilingualText DivisionCodeFix = new(
        "Write the six-digit code of the county, e.g. 340123.",
        "请填写县级行政区划的六位代码，例如 340123。");

    public static DiagnosticMessage NotACounty(BilingualText where, string county) => DiagnosticDescriptors.InvalidValue.Message(
        $"{Capital(where)} is {county}, which is not a county-level division: a household is registered in a county, whose code does not end in 00.",
        $"{where.Chinese}为 {county}，不是县级行政区划：户籍登记在县级，其代码不以 00 结尾。",
        DivisionCodeFix.English,
        DivisionCodeFix.Chinese);

    /// <summary>A household without members: nothing else of it can be checked.</summary>
    public static DiagnosticMessage NoMembers(BilingualText where) => DiagnosticDescriptors.InvalidValue.Message(
        $"{Capital(where)} is empty: the household has no members.",
        $"{where.Chinese}为空：该户没有成员。",
        "List at least the person evaluated under \"Members\".",
        "请在“Members”中至少列出被评估的人。");

    public static DiagnosticMessage SubjectNotAMember(BilingualText where, string maskedId) => DiagnosticDescriptors.InvalidValue.Message(
        $"{Capital(where)} is {maskedId}, who is not a member of the household.",
        $"{where.Chinese}为 {maskedId}，不是该户成员。",
        "Write the identity number of one of the members, or leave \"Subject\" out to evaluate the first member.",
        "请填写某位成员的身份证号，或删除“Subject”以评估第一位成员。");

    public static DiagnosticMessage OwnParent(BilingualText where, string maskedId) => DiagnosticDescriptors.InvalidValue.Message(
        $"{Capital(where)} is {maskedId}, this member's own identity number: a member cannot be their own parent.",
        $"{where.Chinese}为 {maskedId}，是该成员本人的身份证号：成员不能是自己的父母。",
        "Write the parent's identity number; if two members were given one number, correct the other.",
        "请填写父母的身份证号；若两名成员填了同一号码，请改正其中一个。");

    public static DiagnosticMessage ParentNotAMember(BilingualText where, string maskedId) => DiagnosticDescriptors.InvalidValue.Message(
        $"{Capital(where)} is {maskedId}, who is not a member of the household.",
        $"{where.Chinese}为 {maskedId}，不是本户成员。",
        "List the parent as a member too, or remove the link.",
        "请把父母也列为成员，或删除该关系。");

    public static DiagnosticMessage CareNeedOutOfRange(BilingualText where, int months) => DiagnosticDescriptors.InvalidValue.Message(
        Text($"{Capital(where)} is {months}; the expected duration of care is 0 to 1,200 months."),
        Text($"{where.Chinese}为 {months}；预计需要照护的时长为 0 至 1200 个月。"),
        "Write the number of months care is expected to be needed, from 0 to 1200.",
        "请填写 0 至 1200 之间的月数。");

    public static DiagnosticMessage YearOutOfRange(BilingualText where, int year, int firstYear, int lastYear) => DiagnosticDescriptors.InvalidValue.Message(
        Text($"{Capital(where)} is {year}; a year is written with four digits, from {firstYear} to {lastYear}."),
        Text($"{where.Chinese}为 {year}；年份须写成四位数，在 {firstYear} 至 {lastYear} 之间。"),
        "Write the year with four digits, e.g. 2019.",
        "请写四位数的年份，例如 2019。");

    public static DiagnosticMessage ValidityYearsOutOfRange(BilingualText where, int years) => DiagnosticDescriptors.InvalidValue.Message(
        Text($"{Capital(where)} is {years}; a certificate is valid for 1 to 50 years."),
        Text($"{where.Chinese}为 {years}；残疾人证有效期为 1 至 50 年。"),
        "Write 1 to 50, or leave \"ValidityYears\" out for the usual 10 years.",
        "请填写 1 至 50，或删除“ValidityYears”（按通常的 10 年）。");

    public static DiagnosticMessage RevokedWithoutReason(BilingualText where) => DiagnosticDescriptors.InvalidValue.Message(
        $"{Capital(where)} revokes the certificate without a reason.",
        $"{where.Chinese}注销了残疾人证，但未注明原因。",
        "Add \"Reason\": \"Death\" or \"Reason\": \"NoLongerQualifies\".",
        "请添加 \"Reason\": \"Death\"（死亡）或 \"Reason\": \"NoLongerQualifies\"（不再符合条件）。");

    public static DiagnosticMessage NotAChange(BilingualText where, string kind) => DiagnosticDescriptors.InvalidValue.Message(
        $"{Capital(where)} is {kind}, which is not a change of an issued certificate.",
        $"{where.Chinese}为 {kind}，不是已发证件的变更。",
        "Write Renewed, Reassessed, ReportedLost, Reissued or Revoked.",
        "请填写 Renewed（换证）、Reassessed（重新评定）、ReportedLost（挂失）、Reissued（补发）或 Revoked（注销）。");

    public static DiagnosticMessage NoDisabilities(BilingualText where) => DiagnosticDescriptors.InvalidValue.Message(
        $"{Capital(where)} is empty: a certificate lists at least one disability.",
        $"{where.Chinese}为空：残疾人证至少列出一项残疾。",
        "List each disability on the certificate with its \"Category\" and \"Grade\".",
        "请按残疾人证列出每项残疾的类别（Category）和等级（Grade）。");

    public static DiagnosticMessage GradeOutOfRange(BilingualText where, int grade) => DiagnosticDescriptors.InvalidValue.Message(
        Text($"{Capital(where)} is {grade}; a disability grade is 1 (most severe) to 4 (mildest)."),
        Text($"{where.Chinese}为 {grade}；残疾等级为 1（一级，最重）至 4（四级，最轻）。"),
        "Write the grade on the certificate: 1 to 4, or 一级 to 四级.",
        "请按残疾人证填写等级：1 至 4，或“一级”至“四级”。");

    /// <summary>A name with an invisible or control character, shown only by its code (<c>U+200B</c>), never the name.</summary>
    public static DiagnosticMessage InvisibleCharacter(BilingualText where, string code) => DiagnosticDescriptors.InvalidValue.Message(
        $"{Capital(where)} holds an invisible or control character ({code}).",
        $"{where.Chinese}含有不可见字符或控制字符（{code}）。",
        "Delete the name and type it again.",
        "请删除该姓名后重新输入。");

    /// <summary>A name the domain refuses, shown only by its length, never the name.</summary>
    public static DiagnosticMessage NotAName(BilingualText where, int length, int maximumLength) => DiagnosticDescriptors.InvalidValue.Message(
        Text($"{Capital(where)} is not a name ({length} characters)."),
        Text($"{where.Chinese}不是有效的姓名（{length} 个字符）。"),
        Text($"Write 1 to {maximumLength} characters, without spaces at either end."),
        Text($"请填写 1 至 {maximumLength} 个字符，首尾不要有空格。"));

    public static DiagnosticMessage EmptyText(BilingualText where, BilingualText what) => DiagnosticDescriptors.InvalidValue.Message(
        $"{Capital(where)} is empty: it is required.",
        $"{where.Chinese}为空：此项必填。",
        $"Write {what.English}.",
        $"请填写{what.Chinese}。");

    public static DiagnosticMessage Negative(BilingualText where, decimal value, BilingualText what) => DiagnosticDescriptors.InvalidValue.Message(
        Text($"{Capital(where)} is {value}: it cannot be negative."),
        Text($"{where.Chinese}为 {value}：不能为负数。"),
        $"Write {what.English}, 0 or more.",
        $"请填写不小于 0 的{what.Chinese}。");

    public static DiagnosticMessage UntilBeforeFrom(BilingualText where, string? until, string from) => DiagnosticDescriptors.InvalidValue.Message(
        $"{Capital(where)} is {until}, before the start date (From) {from}: the last day of a status cannot come before its first.",
        $"{where.Chinese}为 {until}，早于开始日期（From）{from}：状态的最后一天不能早于第一天。",
        "Correct one of the two dates; while the status lasts, leave \"Until\" out.",
        "请改正其中一个日期；状态仍在持续时，删除“Until”。");

    /// <summary>A date that is not one; the text arrives echoed.</summary>
    public static DiagnosticMessage NotADate(BilingualText where, string text, int firstYear, int lastYear) => DiagnosticDescriptors.InvalidDate.Message(
        Text($"{Capital(where)} is \"{text}\", which is not a date written yyyy-MM-dd between {firstYear} and {lastYear}."),
        Text($"{where.Chinese}为“{text}”，不是 {firstYear} 至 {lastYear} 年之间、写成 yyyy-MM-dd 的日期。"));

    /// <summary>A value the domain's parser refuses (an identity number, a division code), with the parser's own reason.</summary>
    public static DiagnosticMessage NotValid(BilingualText where, BilingualText reason, BilingualText fix) => DiagnosticDescriptors.InvalidValue.Message(
        new BilingualText($"{Capital(where)}: {reason.English}", $"{where.Chinese}：{reason.Chinese}"),
        fix);

    /// <summary>A value the domain refuses, with the domain's reason.</summary>
    public static DiagnosticMessage Refused(BilingualText where, BilingualText reason) => DiagnosticDescriptors.InvalidValue.Message(
        $"{Capital(where)} is refused: {reason.English}",
        $"{where.Chinese}无效：{reason.Chinese}",
        "Correct the value as the reason says.",
        "请按上述原因改正该值。");

    /// <summary>The last resort for a value a domain constructor refuses, with its reason (English only, from .NET, without parameter names).</summary>
    public static DiagnosticMessage RefusedByDotNet(BilingualText where, string reason) => DiagnosticDescriptors.InvalidValue.Message(
        $"{Capital(where)} is refused: {reason}",
        $"{where.Chinese}无效：{reason}",
        "Correct the value as the reason says.",
        "请按上述原因改正该值。");

    private static string Capital(BilingualText where) => LocationWords.Capitalise(where.English);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
