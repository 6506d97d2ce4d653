using System;
using System.Globalization;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Authoring.Messages;

/// <summary>
/// The problems of the values of a person or employer file, found when they are turned into the
/// domain model: a county, member, parent, certificate, grade, name, amount or date that the
/// domain refuses, told in plain words with the path of the value (<c>Household.Members[0].Name</c>).
/// Identity numbers arrive masked; a name is never shown, only its length. Like a case problem,
/// only the text is used, not the fix.
/// </summary>
internal static class PersonFileMessages
{
    /// <summary>The employer's name, as named when it is empty (English only: the Chinese text says "required").</summary>
    public const string EmployerName = "the employer's name";

    /// <summary>The employer's headcount, as named when it is negative.</summary>
    public static readonly BilingualText Headcount = new("the prior year's average number of employees", "上年度在职职工平均人数");

    /// <summary>The employer's average wage, as named when it is negative.</summary>
    public static readonly BilingualText AverageWage = new("the prior year's average annual wage", "上年度在职职工年平均工资");

    /// <summary>The local average wage, as named when it is negative.</summary>
    public static readonly BilingualText LocalAverageWage = new("the local average social wage", "当地社会平均工资");

    /// <summary>A disabled employee's months under contract, as named when they are negative.</summary>
    public static readonly BilingualText ContractMonths = new("the months under contract", "劳动合同月数");

    public static DiagnosticMessage NotACounty(string county) => DiagnosticDescriptors.InvalidValue.Message(
        $"Household.County {county} is not a county-level division: a household is registered in a county, whose code does not end in 00 (e.g. 340123).",
        $"Household.County {county} 不是县级行政区划：户籍登记在县级，其代码不以 00 结尾（例如 340123）。");

    public static DiagnosticMessage NoMembers() => DiagnosticDescriptors.InvalidValue.Message(
        "The household has no members: list at least the person evaluated.",
        "该户没有成员：至少列出被评估的人。");

    public static DiagnosticMessage SubjectNotAMember(string maskedId) => DiagnosticDescriptors.InvalidValue.Message(
        $"Subject {maskedId} is not a member of the household.",
        $"评估对象 {maskedId} 不是该户成员。");

    public static DiagnosticMessage OwnParent(string where, string maskedId) => DiagnosticDescriptors.InvalidValue.Message(
        $"{where}: {maskedId} is this member's own identity number; a member cannot be their own parent (if two members were given one number, correct the other).",
        $"{where}：{maskedId} 是该成员本人的身份证号，成员不能是自己的父母（若两名成员填了同一号码，请改正其中一个）。");

    public static DiagnosticMessage ParentNotAMember(string where, string maskedId) => DiagnosticDescriptors.InvalidValue.Message(
        $"{where}: {maskedId} is not a member of the household; list the parent as a member too, or remove the link.",
        $"{where}：{maskedId} 不是本户成员；请把父母也列为成员，或删除该关系。");

    public static DiagnosticMessage CareNeedOutOfRange(string member, int months) => DiagnosticDescriptors.InvalidValue.Message(
        Text($"{member}.CareNeedMonths is {months}; the expected duration of care is 0 to 1,200 months."),
        Text($"{member}.CareNeedMonths 为 {months}；预计需要照护的时长为 0 至 1200 个月。"));

    public static DiagnosticMessage YearOutOfRange(string where, int year, int firstYear, int lastYear) => DiagnosticDescriptors.InvalidValue.Message(
        Text($"{where} is {year}; a year is written with four digits, from {firstYear} to {lastYear}."),
        Text($"{where} 为 {year}；年份须写成四位数，在 {firstYear} 至 {lastYear} 之间。"));

    public static DiagnosticMessage ValidityYearsOutOfRange(string certificate, int years) => DiagnosticDescriptors.InvalidValue.Message(
        Text($"{certificate}.ValidityYears is {years}; a certificate is valid for 1 to 50 years (leave it out for the usual 10)."),
        Text($"{certificate}.ValidityYears 为 {years}；残疾人证有效期为 1 至 50 年（省略则为通常的 10 年）。"));

    public static DiagnosticMessage RevokedWithoutReason(string where) => DiagnosticDescriptors.InvalidValue.Message(
        $"{where}: a Revoked change needs a Reason (Death or NoLongerQualifies).",
        $"{where}：注销须注明原因（Death 或 NoLongerQualifies）。");

    public static DiagnosticMessage NotAChange(string where, string kind) => DiagnosticDescriptors.InvalidValue.Message(
        $"{where}: {kind} is not a change of an issued certificate.",
        $"{where}：{kind} 不是已发证件的变更。");

    public static DiagnosticMessage NoDisabilities(string where) => DiagnosticDescriptors.InvalidValue.Message(
        $"{where} is empty: a certificate lists at least one disability.",
        $"{where} 为空：残疾人证至少列出一项残疾。");

    public static DiagnosticMessage GradeOutOfRange(string where, int grade) => DiagnosticDescriptors.InvalidValue.Message(
        Text($"{where} is {grade}; a disability grade is 1 (most severe) to 4 (mildest)."),
        Text($"{where} 为 {grade}；残疾等级为 1（一级，最重）至 4（四级，最轻）。"));

    /// <summary>A name with an invisible or control character, shown only by its code (<c>U+200B</c>), never the name.</summary>
    public static DiagnosticMessage InvisibleCharacter(string where, string code) => DiagnosticDescriptors.InvalidValue.Message(
        $"{where} holds an invisible or control character ({code}); retype the name.",
        $"{where} 含有不可见字符或控制字符（{code}）；请重新输入姓名。");

    /// <summary>A name the domain refuses, shown only by its length, never the name.</summary>
    public static DiagnosticMessage NotAName(string where, int length, int maximumLength) => DiagnosticDescriptors.InvalidValue.Message(
        Text($"{where} is not a name ({length} characters): write 1 to {maximumLength} characters, without spaces at either end."),
        Text($"{where} 不是有效的姓名（{length} 个字符）：须为 1 至 {maximumLength} 个字符，首尾不能有空格。"));

    public static DiagnosticMessage EmptyText(string where, string what) => DiagnosticDescriptors.InvalidValue.Message(
        $"{where} is empty: {what} is required.",
        $"{where} 为空：此项必填。");

    public static DiagnosticMessage Negative(string where, decimal value, BilingualText what) => DiagnosticDescriptors.InvalidValue.Message(
        Text($"{where} is {value}; {what.English} cannot be negative."),
        Text($"{where} 为 {value}；{what.Chinese}不能为负数。"));

    public static DiagnosticMessage UntilBeforeFrom(string status, string? until, string from) => DiagnosticDescriptors.InvalidValue.Message(
        $"{status}.Until ({until}) is before From ({from}); the last day of a status cannot come before its first.",
        $"{status}.Until（{until}）早于 From（{from}）；状态的最后一天不能早于第一天。");

    /// <summary>A date that is not one; the text arrives echoed.</summary>
    public static DiagnosticMessage NotADate(string where, string text, int firstYear, int lastYear) => DiagnosticDescriptors.InvalidDate.Message(
        Text($"{where} \"{text}\" is not a date written yyyy-MM-dd between {firstYear} and {lastYear}."),
        Text($"{where}“{text}”不是 {firstYear} 至 {lastYear} 年之间、写成 yyyy-MM-dd 的日期。"));

    /// <summary>A value the domain's parser refuses (an identity number, a division code), with the parser's own reason.</summary>
    public static DiagnosticMessage NotValid(string where, BilingualText reason) => DiagnosticDescriptors.InvalidValue.Message(
        $"{where}: {reason.English}",
        $"{where}：{reason.Chinese}");

    /// <summary>The last resort for a value a domain constructor refuses, with its reason (English only, from .NET, without parameter names).</summary>
    public static DiagnosticMessage Refused(string? field, string reason) => DiagnosticDescriptors.InvalidValue.Message(
        $"{field ?? "The value"} is refused: {reason}",
        $"{field ?? "该值"} 无效：{reason}");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
