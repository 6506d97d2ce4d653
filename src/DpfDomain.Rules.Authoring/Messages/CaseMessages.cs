using System;
using System.Collections.Generic;
using System.Linq;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Authoring.Messages;

/// <summary>
/// The problems of a policy test case found when it is run: a program, parameter, rule or output
/// the catalog does not have, a date that is not one, a case about no one or about two subjects.
/// A case problem is shown as one positioned line, so only its text is used, not its fix.
/// Values typed by a user arrive already echoed.
/// </summary>
internal static class CaseMessages
{
    /// <summary>What stands before the problem of an invalid case in its result.</summary>
    public static readonly BilingualText InvalidCase = new("invalid case: ", "用例无效：");

    public static DiagnosticMessage ProgramNotInCatalog(string program, IReadOnlyCollection<string> programs) => DiagnosticDescriptors.UnknownName.Message(
        $"Program \"{program}\" is not in the catalog; it has {string.Join(", ", programs)}.",
        $"项目“{program}”不在目录中；目录中有 {string.Join("、", programs)}。");

    public static DiagnosticMessage NotADate(string text, int firstYear, int lastYear) => DiagnosticDescriptors.InvalidDate.Message(
        $"Date \"{text}\" is not a date written yyyy-MM-dd between {firstYear} and {lastYear}.",
        $"日期“{text}”不是 {firstYear} 至 {lastYear} 年之间、写成 yyyy-MM-dd 的日期。");

    public static DiagnosticMessage PersonAndEmployer() => DiagnosticDescriptors.InvalidValue.Message(
        "The case gives both Person and Employer: a case is about one of them.",
        "该用例同时给出了 Person 和 Employer：每个用例只针对其中之一。",
        "Remove the one the program is not evaluated for.",
        "请删除项目不评估的那一个。");

    public static DiagnosticMessage NeitherPersonNorEmployer() => DiagnosticDescriptors.InvalidValue.Message(
        "The case gives neither Person nor Employer.",
        "该用例既没有 Person 也没有 Employer。",
        "Add the one the program is evaluated for: \"Person\" or \"Employer\".",
        "请添加项目所评估的对象：“Person”或“Employer”。");

    public static DiagnosticMessage CannotBeEvaluated(string reason) => DiagnosticDescriptors.InvalidValue.Message(
        $"The case cannot be evaluated: {reason}",
        $"无法评估该用例：{reason}");

    public static DiagnosticMessage ParameterTooLarge(string name) => DiagnosticDescriptors.ParameterValueKind.Message(
        $"The case parameter {name} is a number too large for an amount (more than 28 digits).",
        $"用例参数 {name} 的数值太大，不能作为金额（超过 28 位）。");

    public static DiagnosticMessage ParameterNotANumberOrSwitch(string name) => DiagnosticDescriptors.ParameterValueKind.Message(
        $"The case parameter {name} must be a number or true/false, without quotes.",
        $"用例参数 {name} 须为数字或 true/false，不加引号。");

    public static DiagnosticMessage NoSuchParameter(string program, string name, IReadOnlyCollection<string> parameters) => DiagnosticDescriptors.UnknownName.Message(
        $"{program} has no parameter \"{name}\"; it has {List(parameters, ", ", "(none)")}.",
        $"{program} 没有参数“{name}”；现有参数：{List(parameters, "、", "（无）")}。");

    public static DiagnosticMessage ParameterIsASwitch(string name) => DiagnosticDescriptors.ParameterValueKind.Message(
        $"{name} is a switch: write true or false.",
        $"{name} 是开关：请写 true 或 false。");

    public static DiagnosticMessage ParameterIsANumber(string name, object example) => DiagnosticDescriptors.ParameterValueKind.Message(
        $"{name} takes a number, such as {example}.",
        $"{name} 取数值，例如 {example}。");

    public static DiagnosticMessage NoSuchRule(BilingualText where, string rule, string program, IReadOnlyCollection<string> rules) => DiagnosticDescriptors.UnknownName.Message(
        $"{LocationWords.Capitalise(where.English)} is \"{rule}\", which is not a rule of {program}.",
        $"{where.Chinese}为“{rule}”，不是 {program} 的规则。",
        $"Write the name of one of its rules: {List(rules, ", ", "(none)")}.",
        $"请填写其规则之一：{List(rules, "、", "（无）")}。");

    public static DiagnosticMessage OutputNotOneValue(string output) => DiagnosticDescriptors.WrongType.Message(
        $"The expected output {output} should be text, a number or true/false: an output is one value.",
        $"期望的输出项 {output} 应为文本、数字或 true/false：输出项只有一个值。");

    public static DiagnosticMessage NoSuchOutput(string program, string output, IReadOnlyCollection<string> outputs) => DiagnosticDescriptors.UnknownName.Message(
        $"{program} has no output \"{output}\"; it has {List(outputs, ", ", "(none)")}.",
        $"{program} 没有输出项“{output}”；现有输出项：{List(outputs, "、", "（无）")}。");

    public static DiagnosticMessage NegativeAmount(BilingualText where, decimal amount) => DiagnosticDescriptors.InvalidValue.Message(
        FormattableString.Invariant($"{LocationWords.Capitalise(where.English)} is {amount}; an expected amount cannot be negative."),
        FormattableString.Invariant($"{where.Chinese}为 {amount}；期望金额不能为负数。"),
        "Write the amount the decision pays, or 0 for a decision that pays nothing.",
        "请填写决定支付的金额；不支付时写 0。");

    public static DiagnosticMessage BeforeBirth(string date) => DiagnosticDescriptors.InvalidDate.Message(
        $"The case date {date} is before the birth date of the person evaluated (given by their identity number): no decision can be made before someone is born.",
        $"用例日期 {date} 早于被评估人的出生日期（由身份证号得出）：出生前无法作出决定。",
        "Write a case date on or after the birth date, or correct the identity number.",
        "请填写不早于出生日期的用例日期，或改正身份证号。");

    private static string List(IEnumerable<string> names, string separator, string none) => names.Any() ? string.Join(separator, names) : none;
}
