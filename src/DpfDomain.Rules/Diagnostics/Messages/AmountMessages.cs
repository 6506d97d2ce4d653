using System.Globalization;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// The texts of amounts with their periods (<c>PeriodAmount</c>, <c>PeriodTotals</c>): why two
/// amounts cannot be combined, a period that is not one, and the words around a list of totals.
/// Amounts arrive already written (<c>¥80.00 per month</c>, <c>每月 ¥80.00</c>).
/// </summary>
internal static class AmountMessages
{
    /// <summary>The action of adding two amounts, as named in <see cref="PeriodsDiffer"/>.</summary>
    public static readonly BilingualText Add = new("add", "相加");

    /// <summary>The action of subtracting an amount, as named in <see cref="PeriodsDiffer"/>.</summary>
    public static readonly BilingualText Subtract = new("subtract", "相减");

    /// <summary>What separates the totals of two periods: <c>¥80.00 per month; ¥1,000.00 per year</c>.</summary>
    public static readonly BilingualText TotalsSeparator = new("; ", "；");

    /// <summary>Totals without any amount.</summary>
    public static readonly BilingualText NoTotals = new("none", "无");

    /// <summary>A number given as a period that is none of the named ones; one line, English then Chinese after " / ".</summary>
    public static string NotAPeriod(int value) => string.Create(
        CultureInfo.InvariantCulture,
        $"{value} is not a period; use PerMonth, PerYear, OneOff or InKind. / {value} 不是有效的周期；请使用 PerMonth（每月）、PerYear（每年）、OneOff（一次性）或 InKind（实物）。");

    /// <summary>A yearly figure asked of an amount that is not monthly.</summary>
    public static BilingualText NotMonthly(string amount, string amountZh) => new(
        $"Only a monthly amount has a yearly figure (twelve months); {amount} is not monthly.",
        $"只有每月金额才能折算为每年金额（乘以 12 个月）；{amountZh}不是每月金额。");

    /// <summary>Two amounts of different periods added or subtracted.</summary>
    public static BilingualText PeriodsDiffer(BilingualText action, string left, string right, string leftZh, string rightZh) => new(
        $"Cannot {action.English} {left} and {right}: amounts of different periods are kept apart. Total them per period (PeriodTotals), or convert a monthly amount with YearlyFromMonthly first.",
        $"不能将{leftZh}与{rightZh}{action.Chinese}：不同周期的金额须分开计算。请按周期分别合计（PeriodTotals），或先用 YearlyFromMonthly 将每月金额折算为每年金额。");
}
