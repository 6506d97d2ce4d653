using System;
using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Decisions;

/// <summary>
/// Fixed bilingual sentences for run-time failures of expressions. The exception's own message
/// is never shown, so no fact value (and no future text fact) can leak into a decision.
/// </summary>
internal static class RuntimeErrors
{
    public static BilingualText Describe(Exception exception) => exception switch
    {
        QueryBudgetExceededException => DecisionMessages.QueryBudgetExceeded,
        DivideByZeroException => DecisionMessages.DivisionByZero,
        OverflowException => DecisionMessages.NumberTooLarge,
        InvalidOperationException => DecisionMessages.EmptyList,
        FormatException => DecisionMessages.NotANumber,
        NullReferenceException or ArgumentNullException => DecisionMessages.ValueMissing,
        IndexOutOfRangeException or ArgumentOutOfRangeException => DecisionMessages.PositionOutside,
        InvalidCastException => DecisionMessages.WrongValueType,
        _ => DecisionMessages.Unexpected(exception.GetType().Name),
    };
}
