using System.Collections.Generic;
using System.Linq;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// The problems of compiling a rule set's expressions, amounts, outputs, scoped params and
/// reasons: what cannot be parsed, names that do not exist, values of the wrong type.
/// </summary>
internal static class ExpressionMessages
{
    private static readonly BilingualText OnlyFactsAndLogic = new(
        "Use only Person facts, Parameters, numbers, text, comparison and logic.",
        "只能使用 Person 事实、Parameters 参数、数字、文本、比较和逻辑运算。");

    public static DiagnosticMessage Empty() => DiagnosticDescriptors.ExpressionSyntax.Message(
        "The expression is empty.",
        "表达式为空。",
        "Write a condition, e.g. Person.Age >= 18.",
        "请填写条件，例如 Person.Age >= 18。");

    /// <summary>How to compare values of the same kind, with an example of each.</summary>
    private static readonly BilingualText CompareLikeWithLike = new(
        "Compare a number fact with a number written without quotes (Person.Age >= 16), text with text in quotes (Person.SchoolStage == \"Primary\"), and a yes/no fact with true or false (Person.IsMale == true).",
        "数字事实只与不加引号的数字比较（如 Person.Age >= 16），文本只与带引号的文本比较（如 Person.SchoolStage == \"Primary\"），是/否事实只与 true 或 false 比较（如 Person.IsMale == true）。");

    /// <summary>An expression the expression-tree factories could not build, with their reason (without its full stop).</summary>
    public static DiagnosticMessage NotBuilt(string reason) => DiagnosticDescriptors.ExpressionType.Message(
        $"The values in the expression do not go together: {reason}.",
        $"表达式中的值类型不匹配：{ParserReasons.Translate(reason).Chinese}。",
        CompareLikeWithLike.English,
        CompareLikeWithLike.Chinese);

    /// <summary>Values of types that do not go together (a number compared with a yes/no, text added to a number), as the parser says it.</summary>
    public static DiagnosticMessage TypesDoNotFit(string reason) => DiagnosticDescriptors.ExpressionType.Message(
        $"The values in the expression do not go together: {reason}.",
        $"表达式中的值类型不匹配：{ParserReasons.Translate(reason).Chinese}。",
        CompareLikeWithLike.English,
        CompareLikeWithLike.Chinese);

    public static DiagnosticMessage NewObject(string what) => DiagnosticDescriptors.SandboxViolation.Message(
        $"The expression builds a new object or array ({what} …), which rule sets do not allow.",
        $"表达式新建了对象或数组（{what} …），规则集不允许。",
        "Use Person facts, Parameters, numbers and text directly.",
        "请直接使用 Person 事实、Parameters 参数、数字和文本。");

    /// <summary>A name after Parameters. that is no parameter: a close spelling, parameters whose Chinese meaning has the (Chinese) name, or the parameters there are.</summary>
    public static DiagnosticMessage NotAParameter(string name, string? suggestion, IEnumerable<string> parameters, IReadOnlyList<(string Name, BilingualText Meaning)> byMeaning) => DiagnosticDescriptors.UnknownName.Message(
        $"'{name}' is not one of the parameters of this rule set.",
        $"“{name}”不是本规则集的参数之一。",
        suggestion is not null ? $"Did you mean '{suggestion}'?"
            : byMeaning.Count > 0 ? $"{DidYouMean("Parameters", byMeaning).English} Parameter names are written in English."
            : $"Declare it under \"Parameters\", or use one of: {string.Join(", ", parameters)}.",
        suggestion is not null ? $"是否应为“{suggestion}”？"
            : byMeaning.Count > 0 ? $"{DidYouMean("Parameters", byMeaning).Chinese}参数名称要用英文书写。"
            : "请在“Parameters”中声明该参数，或使用已有参数。");

    /// <summary>A name after Person. (or Employer.) that is no fact: a close spelling, facts whose Chinese meaning has the (Chinese) name, or where to find the facts.</summary>
    public static DiagnosticMessage NotAFact(string name, string facts, string? suggestion, IReadOnlyList<(string Name, BilingualText Meaning)> byMeaning) => DiagnosticDescriptors.UnknownName.Message(
        $"'{name}' is not one of the {facts} facts.",
        $"“{name}”不是 {facts} 的事实项之一。",
        suggestion is not null ? $"Did you mean '{suggestion}'?"
            : byMeaning.Count > 0 ? $"{DidYouMean(facts, byMeaning).English} Fact names are written in English; dpf facts lists them all with their meanings."
            : "Run dpf facts to see the names of the facts.",
        suggestion is not null ? $"是否应为“{suggestion}”？"
            : byMeaning.Count > 0 ? $"{DidYouMean(facts, byMeaning).Chinese}事实名称要用英文书写，运行 dpf facts 可查看全部事实及其含义。"
            : "请运行 dpf facts 查看可用的事实名称。");

    /// <summary>"Did you mean Person.Age (…)?" for names found by their meaning.</summary>
    private static BilingualText DidYouMean(string owner, IReadOnlyList<(string Name, BilingualText Meaning)> names) => new(
        $"Did you mean {string.Join(" or ", names.Select(n => $"{owner}.{n.Name} ({n.Meaning.English})"))}?",
        $"是否应为 {string.Join("或 ", names.Select(n => $"{owner}.{n.Name}（{n.Meaning.Chinese}）"))}？");

    public static DiagnosticMessage NoSuchMember(string name, string type) => DiagnosticDescriptors.UnknownName.Message(
        $"'{name}' does not exist on a value of type {type}.",
        $"类型为 {type} 的值没有“{name}”。",
        "Check the spelling; text has Length, Contains, StartsWith, …; lists have Count, Any, Contains, ….",
        "请检查拼写；文本可用 Length、Contains、StartsWith 等，列表可用 Count、Any、Contains 等。");

    public static DiagnosticMessage UnknownName(string name, string facts, string? suggestion) => DiagnosticDescriptors.UnknownName.Message(
        $"'{name}' is not a known name here.",
        $"此处没有名为“{name}”的对象。",
        suggestion is not null ? $"Did you mean '{suggestion}'? Facts are written {facts}.<fact>, parameters Parameters.<name>." : $"Facts are written {facts}.<fact> (e.g. {facts}.Age), parameters Parameters.<name>.",
        suggestion is not null ? $"是否应为“{suggestion}”？事实写作 {facts}.<事实名>，参数写作 Parameters.<参数名>。" : $"事实写作 {facts}.<事实名>（如 {facts}.Age），参数写作 Parameters.<参数名>。");

    public static DiagnosticMessage NotACondition() => DiagnosticDescriptors.ExpressionType.Message(
        "The expression is not a yes/no condition.",
        "表达式不是“是/否”条件。");

    public static DiagnosticMessage NotAccessible(string reason) => DiagnosticDescriptors.SandboxViolation.Message(
        $"The expression uses something rule sets may not use ({reason}).",
        $"表达式使用了规则集不允许的内容（{ParserReasons.Translate(reason).Chinese}）。",
        "Use only Person facts, Parameters, string and Math members.",
        "只能使用 Person 事实、Parameters 参数、字符串和 Math 的成员。");

    public static DiagnosticMessage Unreadable(string reason) => DiagnosticDescriptors.ExpressionSyntax.Message(
        $"The expression cannot be read: {reason}.",
        $"无法解析表达式：{ParserReasons.Translate(reason).Chinese}。",
        "Check brackets, quotes and operators (&&, ||, ==, >=).",
        "请检查括号、引号和运算符（&&、||、==、>=）。");

    public static DiagnosticMessage LookAlike(string typed, BilingualText name, string ascii) => DiagnosticDescriptors.ExpressionSyntax.Message(
        $"'{typed}' is a {name.English}: expressions understand only the half-width '{ascii}'.",
        $"“{typed}”是{name.Chinese}，表达式只认半角的 {ascii} 。",
        $"Type {ascii} instead, with the input method switched to English (half-width); full-width characters may stand only inside text in double quotes.",
        $"请改为半角的 {ascii} （切换到英文半角输入状态再输入）；全角字符只能出现在双引号内的文字中。");

    public static DiagnosticMessage Forbidden(string word) => DiagnosticDescriptors.SandboxViolation.Message(
        $"The expression uses '{word}', which rule sets may not use: no reflection (GetType, typeof), no system types (File, Environment, Process, AppDomain, Activator, …), no clock.",
        $"表达式使用了“{word}”，规则集不允许：不能使用反射（GetType、typeof）、系统类型（File、Environment、Process、AppDomain、Activator 等）或系统时钟。",
        OnlyFactsAndLogic.English,
        OnlyFactsAndLogic.Chinese);

    public static DiagnosticMessage ReasonNamesNoParameter(string rule, BilingualText problem) => DiagnosticDescriptors.UnknownName.Message(
        $"In the reason of rule \"{rule}\", {problem.English}.",
        $"规则“{rule}”的原因中，{problem.Chinese}。",
        "Name a parameter exactly as declared, e.g. {MaxAge}; write {{ and }} for braces themselves.",
        "请按声明的写法填写参数名，例如 {MaxAge}；花括号本身写作 {{ 和 }}。");

    /// <summary>A reason's problem: a closing brace without an opening one (at a 1-based character).</summary>
    public static BilingualText ReasonUnopenedBrace(int character) => new(
        $"the reason has a '}}' at character {character} without a '{{' before it (write '}}}}' for a brace)",
        $"原因中第{character}个字符的“}}”前面没有“{{”（要写花括号本身，请写“}}}}”）");

    /// <summary>A reason's problem: an opening brace never closed (at a 1-based character).</summary>
    public static BilingualText ReasonUnclosedBrace(int character) => new(
        $"the reason has a '{{' at character {character} that is never closed (write '{{{{' for a brace)",
        $"原因中第{character}个字符的“{{”没有闭合（要写花括号本身，请写“{{{{”）");

    /// <summary>A reason's problem: a name in braces that is not a parameter (echoed), with the parameters there are.</summary>
    public static BilingualText ReasonUnknownParameter(string name, IReadOnlyList<string> known) => new(
        $"the reason names {{{name}}}, which is not a parameter of this rule set (parameters: {string.Join(", ", known)})",
        $"原因中的 {{{name}}} 不是本规则集的参数（参数有：{string.Join("、", known)}）");

    public static DiagnosticMessage AmountNotDecimal(string benefit, string type, bool binaryFloatingPoint) => DiagnosticDescriptors.AmountType.Message(
        $"The amount of benefit \"{benefit}\" is of type {type}, not a decimal number of yuan.",
        $"待遇“{benefit}”的金额类型为 {type}，不是以元计的 decimal 数字。",
        binaryFloatingPoint ? "Money is exact: write decimal literals with the m suffix (1000m, 0.5m) or use Parameters, which are decimals." : DiagnosticDescriptors.AmountType.Fix,
        binaryFloatingPoint ? "金额须精确计算：小数请加 m 后缀（如 1000m、0.5m），或使用参数（参数为 decimal）。" : DiagnosticDescriptors.AmountType.FixZh);

    public static DiagnosticMessage AmountDividesWholeNumbers(string benefit) => DiagnosticDescriptors.AmountType.Message(
        $"The amount of benefit \"{benefit}\" divides whole numbers, which drops the fraction (1000 / 12 gives 83).",
        $"待遇“{benefit}”的金额对整数做除法，会舍去小数部分（1000 / 12 得 83）。",
        "Make one side a decimal: 1000m / 12, or divide a parameter (parameters are decimals).",
        "请让其中一方为 decimal：如 1000m / 12，或用参数相除（参数为 decimal）。");

    public static DiagnosticMessage OutputNotOneValue(string output) => DiagnosticDescriptors.ExpressionType.Message(
        $"The output \"{output}\" is a list or a whole object (such as Person or Parameters); an output is one value (a number, text or yes/no).",
        $"输出项“{output}”是一个列表或整个对象（例如 Person、Parameters）；输出项只能是单个值（数字、文本或是/否）。",
        "Name one fact or parameter, e.g. Person.Age, or end a query with Count(), Any(…) or similar.",
        "请写出具体的某个事实或参数，例如 Person.Age，或以 Count()、Any(…) 等结束查询。");

    public static DiagnosticMessage ScopedParamNotOneValue(string name) => DiagnosticDescriptors.ExpressionType.Message(
        $"The scoped param \"{name}\" is a list query or a whole object (such as Person or Parameters); a scoped param holds one value (a number, text or yes/no).",
        $"局部参数“{name}”是一个列表查询或整个对象（例如 Person、Parameters）；局部参数只能保存单个值（数字、文本或是/否）。",
        "End the query with Count(), Any(…), Sum(…), Contains(…) or similar, or write it in the expression itself.",
        "请以 Count()、Any(…)、Sum(…)、Contains(…) 等结束查询，或直接写在表达式中。");
}
