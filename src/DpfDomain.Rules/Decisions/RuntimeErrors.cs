using System;
using DpfDomain.Rules.Compilation;

namespace DpfDomain.Rules.Decisions;

/// <summary>
/// Fixed bilingual sentences for run-time failures of expressions. The exception's own message
/// is never shown, so no fact value (and no future text fact) can leak into a decision.
/// </summary>
internal static class RuntimeErrors
{
    public static (string English, string Chinese) Describe(Exception exception) => exception switch
    {
        QueryBudgetExceededException => ("the list queries took more than 100,000 steps (the run-time budget of one rule); the fact lists are far longer than the rule sets expect", "列表查询超过 100,000 步（单条规则的运行预算）；事实列表远长于规则集的预期"),
        DivideByZeroException => ("a division by zero", "除数为零"),
        OverflowException => ("a number is too large", "数值超出范围"),
        InvalidOperationException => ("a list is empty where a value was needed (First, Min, Max, Average of no items)", "列表为空却需要取值（对空列表求 First、Min、Max、Average 等）"),
        FormatException => ("a text could not be read as a number", "文本无法转换为数字"),
        NullReferenceException or ArgumentNullException => ("a value is missing", "缺少某个值"),
        IndexOutOfRangeException or ArgumentOutOfRangeException => ("a position is outside a text or list", "位置超出文本或列表的范围"),
        InvalidCastException => ("a value has the wrong type", "值的类型不正确"),
        _ => ($"an unexpected {exception.GetType().Name}", $"意外的 {exception.GetType().Name}"),
    };
}
