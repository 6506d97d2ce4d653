using DpfDomain.Employers;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Facts;
using NodaTime;

namespace DpfDomain.Rules.Tests.Evaluation;

/// <summary>The levy through the evaluator: <see cref="IEligibilityEvaluator.Evaluate(Employer, LocalDate, string, bool)"/> and <see cref="IEligibilityEvaluator.EvaluateAll(Employer, LocalDate, bool)"/>.</summary>
public sealed class EmployerEvaluationTests
{
    private static readonly RuleCatalog Reference = ReferenceCatalog.Load();
    private static readonly DivisionCode County = DivisionCode.Parse("340123");

    public static TheoryData<int, int, int> Employers => new()
    {
        { 10000, 100, 1 },
        { 30, 0, 2 },
        { 200, 3, 3 },
        { 1000, 0, 4 },
    };

    [Theory]
    [MemberData(nameof(Employers))]
    public void Evaluate_Employer_EqualsTheCatalogOverTheEmployersFacts(int headcount, int disabledStaff, int month)
    {
        var employer = Employer(headcount, disabledStaff);
        var date = new LocalDate(2019, month, 28);
        var evaluator = new EligibilityEvaluator(Reference, County);

        var decision = evaluator.Evaluate(employer, date, "P9", trace: true);
        var expected = Reference.Evaluate(EmployerFacts.From(employer, date), date, "P9", trace: true);

        Assert.Equal((expected.Outcome, expected.Totals), (decision.Outcome, decision.Totals));
        Assert.Equal(expected.Trace!.Select(t => (t.RuleName, t.Outcome)), decision.Trace!.Select(t => (t.RuleName, t.Outcome)));
    }

    [Fact]
    public void EvaluateAll_Employer_GivesOneDecisionPerEmployerProgram()
    {
        var decisions = new EligibilityEvaluator(Reference, County).EvaluateAll(Employer(10000, 100), new LocalDate(2019, 6, 30));

        Assert.Equal(["P9"], Reference.EmployerProgramIds);
        Assert.Equal(Reference.EmployerProgramIds, decisions.Select(d => d.ProgramId));
        Assert.Equal(DecisionOutcome.Eligible, decisions[0].Outcome);
        Assert.Equal(Reference.ProgramIds.Order(StringComparer.Ordinal), Reference.PersonProgramIds.Concat(Reference.EmployerProgramIds).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_Employer_RefusesAPersonProgramAndNulls()
    {
        var evaluator = new EligibilityEvaluator(Reference, County);
        var date = new LocalDate(2019, 6, 30);

        Assert.Throws<ArgumentException>(() => evaluator.Evaluate(Employer(100, 0), date, "P1"));
        Assert.Throws<KeyNotFoundException>(() => evaluator.Evaluate(Employer(100, 0), date, "P99"));
        Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate((Employer)null!, date, "P9"));
        Assert.Throws<ArgumentNullException>(() => evaluator.EvaluateAll((Employer)null!, date));
        Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate(Employer(100, 0), date, null!));
    }

    [Fact]
    public void InterfaceDefaults_EvaluateTheLevyWithTheImplementationsCatalog()
    {
        IEligibilityEvaluator evaluator = new PersonOnlyEvaluator(Reference);
        var employer = Employer(10000, 100);
        var date = new LocalDate(2019, 6, 30);

        var one = evaluator.Evaluate(employer, date, "P9");
        var all = evaluator.EvaluateAll(employer, date);

        Assert.Equal(Reference.Evaluate(EmployerFacts.From(employer, date), date, "P9").Totals, one.Totals);
        Assert.Equal(one.Totals, Assert.Single(all).Totals);
        Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate((Employer)null!, date, "P9"));
    }

    private static Employer Employer(int headcount, int disabledStaff) => new(
        "示例单位",
        EmployerKind.Enterprise,
        headcount,
        Money.FromYuan(60000m),
        Money.FromYuan(50000m),
        Enumerable.Range(0, disabledStaff).Select(_ => new DisabledEmployee(new Disabilities.DisabilityGrade(3), 12, false, true, true)));

    /// <summary>An implementation written before the employer members existed: it gets them from the interface.</summary>
    private sealed class PersonOnlyEvaluator(RuleCatalog catalog) : IEligibilityEvaluator
    {
        public RuleCatalog Catalog => catalog;

        public ProgramDecision Evaluate(Person person, Household household, LocalDate evaluationDate, string programId, bool trace = false) =>
            throw new NotSupportedException();

        public IReadOnlyList<ProgramDecision> EvaluateAll(Person person, Household household, LocalDate evaluationDate, bool trace = false) =>
            throw new NotSupportedException();
    }
}
