using DpfDomain.Rules.Batches;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using NodaTime;

namespace DpfDomain.Rules.Tests.Evaluation;

/// <summary>The laws of totals per period, for decisions and for batches.</summary>
public sealed class PeriodTotalsPropertiesTests
{
    private static readonly LocalDate Date = new(2019, 6, 30);
    private static readonly BenefitPeriod[] Periods = [BenefitPeriod.PerMonth, BenefitPeriod.PerYear, BenefitPeriod.OneOff, BenefitPeriod.InKind];

    private static Gen<(decimal Yuan, BenefitPeriod Period)> Line =>
        from fen in Gen.Choose(0, 50_000_000)
        from period in Gen.Elements(Periods)
        select (fen / 100m, period);

    private static Gen<(decimal Yuan, BenefitPeriod Period)[]> Lines => Gen.ArrayOf(Line).Select(l => l.Take(12).ToArray());

    private static Gen<ProgramDecision> Decisions =>
        from program in Gen.Elements("P1", "P2", "P7")
        from outcome in Gen.Elements(DecisionOutcome.Eligible, DecisionOutcome.Eligible, DecisionOutcome.NotEligible, DecisionOutcome.Error)
        from lines in Lines
        select Decision(program, outcome, outcome == DecisionOutcome.Eligible ? lines : []);

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property DecisionTotals_OfEachPeriod_AreTheSumOfItsLinesOfThatPeriodOnly()
    {
        return Prop.ForAll(Lines.ToArbitrary(), lines =>
        {
            var totals = Decision("P", DecisionOutcome.Eligible, lines).Totals;
            return Periods.All(p =>
                totals.Of(p).Yuan == lines.Where(l => l.Period == p).Sum(l => l.Yuan)
                && totals.Has(p) == lines.Any(l => l.Period == p))
                && totals.Count == lines.Select(l => l.Period).Distinct().Count();
        });
    }

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property DecisionTotals_DoNotDependOnTheOrderOfTheLines()
    {
        var cases =
            from lines in Lines
            from keys in Gen.ArrayOf(Gen.Choose(0, 1000), lines.Length)
            select (lines, shuffled: lines.Zip(keys).OrderBy(x => x.Second).Select(x => x.First).ToArray());
        return Prop.ForAll(cases.ToArbitrary(), c =>
            Decision("P", DecisionOutcome.Eligible, c.lines).Totals == Decision("P", DecisionOutcome.Eligible, c.shuffled).Totals);
    }

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property AddingSetsOfTotals_IsAssociativeAndCommutative_WithEmptyAsIdentity()
    {
        var three = from a in Lines from b in Lines from c in Lines select (a, b, c);
        return Prop.ForAll(three.ToArbitrary(), t =>
        {
            var (a, b, c) = (Totals(t.a), Totals(t.b), Totals(t.c));
            return (a + b) + c == a + (b + c) && a + b == b + a && a + PeriodTotals.Empty == a && Totals([.. t.a, .. t.b]) == a + b;
        });
    }

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property AddingAmounts_OfDifferentPeriods_AlwaysThrows_AndOfTheSamePeriodNever()
    {
        return Prop.ForAll(Line.ToArbitrary(), Line.ToArbitrary(), (x, y) =>
        {
            var left = new PeriodAmount(Money.FromYuan(x.Yuan), x.Period);
            var right = new PeriodAmount(Money.FromYuan(y.Yuan), y.Period);
            if (x.Period == y.Period)
            {
                return left + right == new PeriodAmount(Money.FromYuan(x.Yuan + y.Yuan), x.Period);
            }

            try
            {
                _ = left + right;
                return false;
            }
            catch (DpfDomainException error)
            {
                return error.MessageZh.Length > 0 && error.Message.Contains("different periods", StringComparison.Ordinal);
            }
        });
    }

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property BatchTotals_PerProgram_AreTheSumOfTheEligibleDecisionsTotals_SequentialEqualsParallel()
    {
        return Prop.ForAll(Gen.ArrayOf(Decisions).Select(d => d.Take(200).ToArray()).ToArbitrary(), decisions =>
        {
            var sequential = BatchSummaryBuilder.Summarize(decisions, 2019);
            var shared = new BatchSummaryBuilder(2019);
            Parallel.ForEach(decisions, new ParallelOptions { MaxDegreeOfParallelism = 4 }, shared.Add);
            var parallel = shared.Build();
            var expected = decisions.GroupBy(d => d.ProgramId).ToDictionary(g => g.Key, g => PeriodTotals.Sum(g.Where(d => d.IsEligible).Select(d => d.Totals)));
            return (sequential.All(s => s.Totals == expected[s.ProgramId])
                && sequential.Count == expected.Count
                && sequential.Select(s => (s.ProgramId, s.Totals, s.Eligible)).SequenceEqual(parallel.Select(s => (s.ProgramId, s.Totals, s.Eligible))))
                .Label(string.Join("; ", sequential));
        });
    }

    private static PeriodTotals Totals((decimal Yuan, BenefitPeriod Period)[] lines) =>
        PeriodTotals.Sum(lines.Select(l => new PeriodAmount(Money.FromYuan(l.Yuan), l.Period)));

    private static ProgramDecision Decision(string program, DecisionOutcome outcome, (decimal Yuan, BenefitPeriod Period)[] lines) =>
        new(program, null, Date, outcome, [.. lines.Select(l => PeriodAmountTests.Line(l.Yuan, l.Period))]);
}
