using System.Collections.Generic;
using System.Linq;
using DpfDomain.Rules.Authoring.Messages;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>Compares a case's expected amounts with a decision's totals, period by period: amounts of different periods are never added.</summary>
internal static class CaseAmounts
{
    public static void Compare(ExpectedDecision expected, PeriodTotals actual, List<BilingualText> differences)
    {
        if (expected.Amount is { } amount)
        {
            var want = Money.FromYuan(amount);
            if (actual.Count > 1)
            {
                differences.Add(CaseResultMessages.AmountOfSeveralPeriods(want.ToString(), actual.ToString(), actual.ToChineseString(), Example(actual)));
            }
            else if (actual.Amounts.SingleOrDefault() is var single && single.Money != want)
            {
                var got = actual.IsEmpty ? CaseResultMessages.NoAmount.English : single.ToString();
                var gotZh = actual.IsEmpty ? CaseResultMessages.NoAmount.Chinese : single.ToChineseString();
                differences.Add(CaseResultMessages.AmountDiffers(want.ToString(), got, gotZh));
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
                    differences.Add(CaseResultMessages.PeriodAmountDiffers(new PeriodAmount(want, period), new PeriodAmount(got, period)));
                }
            }
        }
    }

    private static string Example(PeriodTotals actual) =>
        "{ " + string.Join(", ", actual.Amounts.Select(a => $"\"{a.Period}\": {a.Yuan.ToString(System.Globalization.CultureInfo.InvariantCulture)}")) + " }";
}
