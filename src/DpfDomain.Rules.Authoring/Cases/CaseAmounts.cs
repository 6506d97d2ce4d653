using System.Collections.Generic;
using System.Linq;
using DpfDomain.Rules.Decisions;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>Compares a case's expected amounts with a decision's totals, period by period: amounts of different periods are never added.</summary>
internal static class CaseAmounts
{
    public static void Compare(ExpectedDecision expected, PeriodTotals actual, List<string> english, List<string> chinese)
    {
        if (expected.Amount is { } amount)
        {
            var want = Money.FromYuan(amount);
            if (actual.Count > 1)
            {
                english.Add($"amount: expected {want}, but the decision pays amounts of several periods ({actual}), which are not added together; write \"Amounts\" per period instead, e.g. {Example(actual)}");
                chinese.Add($"金额：应为 {want}，但该决定含多个周期的金额（{actual.ToChineseString()}），不同周期不相加；请改写按周期的 \"Amounts\"，例如 {Example(actual)}");
            }
            else if (actual.Amounts.SingleOrDefault() is var single && single.Money != want)
            {
                var got = actual.IsEmpty ? "nothing" : single.ToString();
                var gotZh = actual.IsEmpty ? "无金额" : single.ToChineseString();
                english.Add($"amount: expected {want}, actual {got}");
                chinese.Add($"金额：应为 {want}，实际为 {gotZh}");
            }
        }

        if (expected.Amounts is { } amounts)
        {
            foreach (var period in PeriodTotals.Periods)
            {
                var want = Money.FromYuan(amounts.GetValueOrDefault(period));
                var got = actual.Of(period);
                if (want != got)
                {
                    english.Add($"amount {period}: expected {new PeriodAmount(want, period)}, actual {new PeriodAmount(got, period)}");
                    chinese.Add($"{PeriodNames.Chinese(period)}金额：应为 {want}，实际为 {got}");
                }
            }
        }
    }

    private static string Example(PeriodTotals actual) =>
        "{ " + string.Join(", ", actual.Amounts.Select(a => $"\"{a.Period}\": {a.Yuan.ToString(System.Globalization.CultureInfo.InvariantCulture)}")) + " }";
}
