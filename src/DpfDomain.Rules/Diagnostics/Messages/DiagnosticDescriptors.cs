using System.Collections.Frozen;
using System.Collections.Generic;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// The catalogue of diagnostic codes: one descriptor per <see cref="DiagnosticCode"/>, with its
/// title and usual fix in English and Chinese. A new code gets its descriptor here (a test fails
/// until it has one) and a row in the code tables of the rule-authoring guides.
/// </summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor JsonSyntax = new(
        DiagnosticCode.JsonSyntax,
        "The file is not well-formed JSON.",
        "文件不是格式正确的 JSON。",
        "Check commas, quotes and brackets near this position; comments and trailing commas are not allowed.",
        "请检查该位置附近的逗号、引号和括号；不允许注释和末尾多余的逗号。");

    public static readonly DiagnosticDescriptor UnknownKey = new(
        DiagnosticCode.UnknownKey,
        "A key is not part of the format (often a misspelling).",
        "键不属于文件格式（常见原因是拼写错误）。",
        "Correct the spelling (keys are case-sensitive) or remove the key.",
        "请改正拼写（键名区分大小写），或删除该键。");

    public static readonly DiagnosticDescriptor MissingKey = new(
        DiagnosticCode.MissingKey,
        "A required key is missing.",
        "缺少必填的键。",
        "Add the key to this object.",
        "请在此对象中添加该键。");

    public static readonly DiagnosticDescriptor WrongType = new(
        DiagnosticCode.WrongType,
        "A value has the wrong JSON type (e.g. a number where text is expected).",
        "值的 JSON 类型不对（例如应为文本处填了数字）。",
        "Write the value in the type the format expects here.",
        "请按格式要求的类型填写该值。");

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        DiagnosticCode.DuplicateKey,
        "A key appears twice in one object.",
        "同一对象中有重复的键。",
        "Keep one of them; JSON readers silently keep only the last.",
        "只保留一个；重复的键会被静默覆盖。");

    public static readonly DiagnosticDescriptor InvalidValue = new(
        DiagnosticCode.InvalidValue,
        "A value is not one of the allowed words or is malformed.",
        "取值不是允许的词之一，或格式不正确。",
        "Write one of the allowed values.",
        "请填写允许的取值之一。");

    public static readonly DiagnosticDescriptor InvalidDate = new(
        DiagnosticCode.InvalidDate,
        "A date is not a real yyyy-MM-dd date.",
        "日期不是按 yyyy-MM-dd 填写的有效日期。",
        "Write the date as yyyy-MM-dd, e.g. 2019-01-01.",
        "请按 yyyy-MM-dd 填写日期，例如 2019-01-01。");

    public static readonly DiagnosticDescriptor TooLarge = new(
        DiagnosticCode.TooLarge,
        "A list, a text or the nesting of a case, person or employer file is larger than the format allows.",
        "用例、人员或用人单位文件中的列表、文本或嵌套超出格式允许的大小。",
        "Shorten it to what the format allows.",
        "请缩减到格式允许的大小。");

    public static readonly DiagnosticDescriptor DuplicateProgram = new(
        DiagnosticCode.DuplicateProgram,
        "Two files define the same program version.",
        "两个文件定义了同一项目的同一版本。",
        "Give each file of one program its own version and effective period, or delete the copy.",
        "同一项目的每个文件须有各自的版本号和有效期，或删除重复文件。");

    public static readonly DiagnosticDescriptor OverlappingPeriods = new(
        DiagnosticCode.OverlappingPeriods,
        "Two versions of one program are in force on the same day.",
        "同一项目的两个版本在同一天都有效。",
        "End the earlier version the day before the later one starts.",
        "请将较早版本的结束日期设为较晚版本开始日期的前一天。");

    public static readonly DiagnosticDescriptor DuplicateRuleName = new(
        DiagnosticCode.DuplicateRuleName,
        "Two rules in one rule set share a name.",
        "同一规则集中有两条规则同名。",
        "Rule names must be unique in a rule set; decisions report failed rules by name.",
        "规则名在规则集中必须唯一，判定结果按名称报告未通过的规则。");

    public static readonly DiagnosticDescriptor DuplicateName = new(
        DiagnosticCode.DuplicateName,
        "Two parameters, scoped params or benefit items share a name.",
        "两个参数、局部参数或待遇项同名。",
        "Give each its own name.",
        "请为每一项使用不同的名称。");

    public static readonly DiagnosticDescriptor ParameterHasNoValueOnStart = new(
        DiagnosticCode.ParameterHasNoValueOnStart,
        "A parameter has no value on the program's first day.",
        "参数在项目开始日没有取值。",
        "Add a value dated on or before the program's first day.",
        "请添加日期不晚于项目开始日的取值。");

    public static readonly DiagnosticDescriptor ParameterValuesOutOfOrder = new(
        DiagnosticCode.ParameterValuesOutOfOrder,
        "A parameter's values are not in strictly ascending date order.",
        "参数的取值未严格按日期升序排列。",
        "List the values oldest first, each date once.",
        "请按日期从早到晚排列，每个日期只出现一次。");

    public static readonly DiagnosticDescriptor ParameterValueKind = new(
        DiagnosticCode.ParameterValueKind,
        "A parameter value does not fit its unit (a number for a switch, or the reverse).",
        "参数取值与其单位不符（开关填了数字，或反之）。",
        "Write true or false for a switch, a number for any other unit.",
        "开关请填写 true 或 false，其他单位请填写数字。");

    public static readonly DiagnosticDescriptor MissingReason = new(
        DiagnosticCode.MissingReason,
        "A rule has no reason for failing in one of the languages.",
        "规则缺少某一种语言的未通过原因。",
        "Write in plain words, in both languages, why a person fails this rule.",
        "请用通俗的话，以中英文两种语言说明不符合该规则的原因。");

    public static readonly DiagnosticDescriptor InvalidRuleShape = new(
        DiagnosticCode.InvalidRuleShape,
        "A rule has both or neither of Expression and Operator with Rules, or an unknown operator.",
        "规则同时有或同时没有 Expression 与 Operator 加 Rules，或运算符未知。",
        "Give a rule either an Expression, or an Operator (And, Or) with nested Rules.",
        "每条规则要么写 Expression，要么写 Operator（And、Or）并带嵌套 Rules。");

    public static readonly DiagnosticDescriptor ExpressionSyntax = new(
        DiagnosticCode.ExpressionSyntax,
        "An expression cannot be parsed.",
        "表达式无法解析。",
        "Check brackets, quotes and operators (&&, ||, ==, >=) against the facts reference.",
        "请对照事实参考表检查括号、引号和运算符（&&、||、==、>=）。");

    public static readonly DiagnosticDescriptor UnknownName = new(
        DiagnosticCode.UnknownName,
        "An expression names a fact, parameter or member that does not exist.",
        "表达式引用了不存在的事实、参数或成员。",
        "Check the spelling against the facts reference and the rule set's parameters.",
        "请对照事实参考表和规则集的参数检查拼写。");

    public static readonly DiagnosticDescriptor ExpressionType = new(
        DiagnosticCode.ExpressionType,
        "An expression has the wrong type (e.g. a number where a yes/no condition is needed).",
        "表达式类型不对（例如需要“是/否”条件处得到了数字）。",
        "Compare the value with something, e.g. Person.Age >= 18.",
        "请与某个值比较，例如 Person.Age >= 18。");

    public static readonly DiagnosticDescriptor SandboxViolation = new(
        DiagnosticCode.SandboxViolation,
        "An expression uses something the sandbox does not allow.",
        "表达式使用了沙箱不允许的内容。",
        "Use only facts, parameters, numbers, text, comparisons and logic.",
        "只能使用事实、参数、数字、文本、比较和逻辑运算。");

    public static readonly DiagnosticDescriptor ExpressionTooLarge = new(
        DiagnosticCode.ExpressionTooLarge,
        "An expression is longer, larger or deeper than allowed.",
        "表达式的长度、规模或嵌套深度超出上限。",
        "Split it into several rules or use scoped params (LocalParams).",
        "请拆分为多条规则或使用局部参数（LocalParams）。");

    public static readonly DiagnosticDescriptor AmountType = new(
        DiagnosticCode.AmountType,
        "A benefit amount is not a number.",
        "待遇金额不是数字。",
        "The amount must be a number of yuan, e.g. Parameters.AmountPerYear.",
        "金额必须是以元计的数字，例如 Parameters.AmountPerYear。");

    public static readonly DiagnosticDescriptor InvalidName = new(
        DiagnosticCode.InvalidName,
        "A name is not a valid identifier.",
        "名称不是有效的标识符。",
        "Use a letter, then letters and digits.",
        "以字母开头，后跟字母和数字。");

    public static readonly DiagnosticDescriptor Unreadable = new(
        DiagnosticCode.Unreadable,
        "A source (file, directory, resource) could not be read.",
        "无法读取来源（文件、文件夹或资源）。",
        "Check that the file exists and can be read.",
        "请确认文件存在且可读取。");

    public static readonly DiagnosticDescriptor NoRuleSets = new(
        DiagnosticCode.NoRuleSets,
        "A rules folder holds no *.ruleset.json file.",
        "规则文件夹中没有 *.ruleset.json 文件。",
        "Put the rule-set files back, or check that the host reads the right folder.",
        "请放回规则集文件，或确认宿主程序读取的是正确的文件夹。");

    public static readonly DiagnosticDescriptor ProgramRemoved = new(
        DiagnosticCode.ProgramRemoved,
        "A reload would take a program out of service: no file defines it any more.",
        "重新加载会使项目停止：已没有文件定义该项目。",
        "Restore the file, or end the program's last version with EffectiveUntil.",
        "请恢复该文件，或为项目的最后一个版本设置 EffectiveUntil。");

    /// <summary>Every descriptor, in the order of the codes.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        JsonSyntax, UnknownKey, MissingKey, WrongType, DuplicateKey, InvalidValue, InvalidDate, TooLarge,
        DuplicateProgram, OverlappingPeriods, DuplicateRuleName, DuplicateName, ParameterHasNoValueOnStart,
        ParameterValuesOutOfOrder, ParameterValueKind, MissingReason, InvalidRuleShape,
        ExpressionSyntax, UnknownName, ExpressionType, SandboxViolation, ExpressionTooLarge, AmountType, InvalidName,
        Unreadable, NoRuleSets, ProgramRemoved,
    ];

    private static readonly FrozenDictionary<DiagnosticCode, DiagnosticDescriptor> ByCode = All.ToFrozenDictionary(d => d.Code);

    /// <summary>The descriptor of a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Its descriptor.</returns>
    public static DiagnosticDescriptor For(DiagnosticCode code) => ByCode[code];
}
