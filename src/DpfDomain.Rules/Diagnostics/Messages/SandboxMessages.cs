using System.Linq.Expressions;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// Why the expression sandbox refuses an expression: what it may not use (DPF123), or what is too
/// long, large or deep (DPF124). The sandbox's limits are passed in, as published by <c>SandboxLimits</c>.
/// </summary>
internal static class SandboxMessages
{
    private const string AllowedEn = "Rule expressions may use Person facts, Parameters, scoped params, numbers, text, arithmetic, comparison, and/or/not, ?:, string and Math members, and LINQ (Any, Count, Sum, …) over fact lists.";
    private const string AllowedZh = "规则表达式只能使用 Person 事实、Parameters 参数、局部参数、数字、文本、算术、比较、与或非、条件运算、字符串和 Math 的成员，以及对事实列表的 LINQ（Any、Count、Sum 等）。";

    public static DiagnosticMessage Reflection(string what) => DiagnosticDescriptors.SandboxViolation.Message(
        $"The expression uses {what}: reflection (GetType, typeof, System.Type, System.Reflection) is not allowed in rule sets.",
        $"表达式使用了 {what}：规则集中不允许反射（GetType、typeof、System.Type、System.Reflection）。",
        $"Remove it. {AllowedEn}",
        $"请删除。{AllowedZh}");

    public static DiagnosticMessage Clock(string what) => DiagnosticDescriptors.SandboxViolation.Message(
        $"The expression reads {what}: rules may not read the clock or other ambient values; results must depend only on the evaluation date and the facts.",
        $"表达式读取了 {what}：规则不得读取系统时钟等环境值，结果只能取决于评估日期和事实。",
        "Use Person.Year, Person.Month or Person.Age, which come from the evaluation date.",
        "请改用来自评估日期的 Person.Year、Person.Month 或 Person.Age。");

    public static DiagnosticMessage Generator(string what) => DiagnosticDescriptors.SandboxViolation.Message(
        $"The expression calls {what}, which builds or materialises sequences; rules may only query the fact lists.",
        $"表达式调用了 {what}，会生成或复制序列；规则只能查询事实列表。",
        "Query a fact list instead, e.g. Person.Categories.Any(c => c == 6).",
        "请改为查询事实列表，例如 Person.Categories.Any(c => c == 6)。");

    public static DiagnosticMessage Construct(ExpressionType kind) => DiagnosticDescriptors.SandboxViolation.Message(
        $"The expression contains a {kind} construct, which rule sets do not allow (no new objects, arrays, type tests or invocations).",
        $"表达式包含 {kind} 结构，规则集不允许（不能新建对象、数组，不能做类型判断或调用委托）。",
        AllowedEn,
        AllowedZh);

    public static DiagnosticMessage Disallowed(string what) => DiagnosticDescriptors.SandboxViolation.Message(
        $"The expression uses {what}, which is not on the allow-list of rule expressions.",
        $"表达式使用了 {what}，不在规则表达式允许的范围内。",
        AllowedEn,
        AllowedZh);

    /// <summary>How a member used on a value of some type is named in <see cref="Disallowed"/> (the same in both languages).</summary>
    public static string MemberOf(string member, string type) => $"{member} of a {type}";

    public static DiagnosticMessage QueriesTooDeep(int maximumNesting) => DiagnosticDescriptors.ExpressionTooLarge.Message(
        $"The expression nests list queries (Any, All, Count, … with =>) more than {maximumNesting} deep, which can take exponential time.",
        $"表达式中列表查询（带 => 的 Any、All、Count 等）嵌套超过{maximumNesting}层，计算时间可能呈指数增长。",
        "Query each list once, or split the condition into several rules.",
        "请对每个列表只查询一次，或拆分为多条规则。");

    public static DiagnosticMessage Culture(string what) => DiagnosticDescriptors.SandboxViolation.Message(
        $"The expression uses {what} with a comparison that follows the computer's language settings, so the same person could be decided differently on another computer.",
        $"表达式使用的 {what} 按计算机的语言设置比较文本，同一个人在另一台计算机上可能得到不同的结果。",
        "Leave the comparison out (text is always compared character by character), or write StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase.",
        "请去掉比较方式参数（文本总是逐字符比较），或写 StringComparison.Ordinal、StringComparison.OrdinalIgnoreCase。");

    public static DiagnosticMessage Format(string format, int maximumLength, int maximumPrecision) => DiagnosticDescriptors.ExpressionTooLarge.Message(
        $"The number format \"{format}\" is not allowed: a format must be written as text in quotes, at most {maximumLength} characters, with a precision of at most {maximumPrecision} and a letter the number accepts.",
        $"数字格式“{format}”不允许：格式必须是带引号的文本，最多 {maximumLength} 个字符，精度不超过 {maximumPrecision}，且格式字母适用于该数字类型。",
        "Write e.g. ToString(\"F2\") (two decimals), ToString(\"D6\") (six digits) or ToString(\"0.00\").",
        "例如写 ToString(\"F2\")（两位小数）、ToString(\"D6\")（六位数字）或 ToString(\"0.00\")。");

    public static DiagnosticMessage Invisible(int code, int position) => DiagnosticDescriptors.SandboxViolation.Message(
        $"The expression has an invisible character, U+{code:X4}, at character {position}: direction overrides, zero-width marks and control characters make a rule read differently from what it does.",
        $"表达式第 {position} 个字符是不可见字符 U+{code:X4}：方向控制符、零宽字符和控制字符会使规则看起来与实际执行的不同。",
        "Delete it; if it cannot be found, retype the expression.",
        "请删除该字符；如找不到，请重新输入表达式。");

    public static DiagnosticMessage BracketsTooDeep(int depth, int limit) => DiagnosticDescriptors.ExpressionTooLarge.Message(
        $"Brackets nest {depth} deep in the expression; the limit is {limit}.",
        $"表达式中括号嵌套了{depth}层，上限为{limit}层。",
        "Remove the extra brackets, or split the expression into LocalParams.",
        "请删除多余的括号，或拆分为局部参数（LocalParams）。");

    public static DiagnosticMessage TooLong(int length, int limit) => DiagnosticDescriptors.ExpressionTooLarge.Message(
        $"The expression is {length} characters long; the limit is {limit}.",
        $"表达式长度为{length}个字符，上限为{limit}。",
        SplitIt.English,
        SplitIt.Chinese);

    /// <summary>An expression of too many parts or levels; counts far over the limit were not finished and are shown as "more than".</summary>
    public static DiagnosticMessage TooLarge(int nodes, int depth, int maximumNodes, int maximumDepth) => DiagnosticDescriptors.ExpressionTooLarge.Message(
        $"The expression has {(nodes > maximumNodes * 4 ? "more than " + (maximumNodes * 4) : nodes)} parts nested {(depth > maximumNodes * 4 ? "too" : depth)} deep; the limits are {maximumNodes} parts and {maximumDepth} levels.",
        $"表达式有{(nodes > maximumNodes * 4 ? "超过" + (maximumNodes * 4) : nodes)}个组成部分、嵌套{depth}层；上限为{maximumNodes}个部分、{maximumDepth}层。",
        SplitIt.English,
        SplitIt.Chinese);

    private static readonly BilingualText SplitIt = new("Split it into several rules or LocalParams.", "请拆分为多条规则或使用局部参数（LocalParams）。");
}
