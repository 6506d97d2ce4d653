using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// The texts of decisions that are not problems of a rule-set file: why a decision is an error
/// (fixed sentences for run-time failures, so no fact value leaks into a decision) and the words
/// for a benefit period.
/// </summary>
internal static class DecisionMessages
{
    public static readonly BilingualText QueryBudgetExceeded = new("the list queries took more than 100,000 steps (the run-time budget of one rule); the fact lists are far longer than the rule sets expect", "列表查询超过 100,000 步（单条规则的运行预算）；事实列表远长于规则集的预期");

    public static readonly BilingualText DivisionByZero = new("a division by zero", "除数为零");

    public static readonly BilingualText NumberTooLarge = new("a number is too large", "数值超出范围");

    public static readonly BilingualText EmptyList = new("a list is empty where a value was needed (First, Min, Max, Average of no items)", "列表为空却需要取值（对空列表求 First、Min、Max、Average 等）");

    public static readonly BilingualText NotANumber = new("a text could not be read as a number", "文本无法转换为数字");

    public static readonly BilingualText ValueMissing = new("a value is missing", "缺少某个值");

    public static readonly BilingualText PositionOutside = new("a position is outside a text or list", "位置超出文本或列表的范围");

    public static readonly BilingualText WrongValueType = new("a value has the wrong type", "值的类型不正确");

    public static readonly BilingualText NotAMember = new("the person is not a member of the household given", "此人不是所给家庭户的成员");

    public static readonly BilingualText BeforeBirth = new("the evaluation date is before the person's birth date", "评估日期早于此人的出生日期");

    public static BilingualText Unexpected(string exception) => new($"an unexpected {exception}", $"意外的 {exception}");

    public static BilingualText NegativeAmount(string benefit) => new($"the amount of benefit '{benefit}' is negative", $"待遇“{benefit}”的金额为负数");

    public static BilingualText InNestedRule(string rule, string? error, string? errorZh) => new($"in nested rule '{rule}': {error}", $"嵌套规则“{rule}”：{errorZh}");

    public static BilingualText RulesFailed(string program, string version, BilingualText why) => new(
        $"Program {program} {version}: the rules could not be evaluated: {why.English}.",
        $"项目 {program} {version}：规则计算出错：{why.Chinese}。");

    public static BilingualText RuleFailed(string program, string version, string rule, string? error, string? errorZh) => new(
        $"Program {program} {version}: rule '{rule}' could not be evaluated: {error}.",
        $"项目 {program} {version}：规则“{rule}”计算出错：{errorZh}。");

    public static BilingualText AmountFailed(string program, string version, BilingualText why) => new(
        $"Program {program} {version}: a benefit amount could not be evaluated: {why.English}.",
        $"项目 {program} {version}：待遇金额计算出错：{why.Chinese}。");

    public static BilingualText FactsUnderivable(string program, string person, BilingualText why) => new(
        $"Program {program}: the facts of {person} cannot be derived: {why.English}.",
        $"项目 {program}：无法得出 {person} 的事实：{why.Chinese}。");

    /// <summary>The words for a period: per month (每月), per year (每年), once (一次性), in kind (实物).</summary>
    public static BilingualText Period(BenefitPeriod period) => period switch
    {
        BenefitPeriod.PerMonth => new("per month", "每月"),
        BenefitPeriod.PerYear => new("per year", "每年"),
        BenefitPeriod.OneOff => new("once", "一次性"),
        _ => new("in kind", "实物"),
    };
}
