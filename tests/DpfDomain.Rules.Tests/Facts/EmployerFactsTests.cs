using DpfDomain.Disabilities;
using DpfDomain.Employers;
using DpfDomain.Rules.Facts;
using NodaTime;

namespace DpfDomain.Rules.Tests.Facts;

/// <summary>The facts a levy expression reads as <c>Employer.&lt;Name&gt;</c>: the employer's figures and the disabled staff that count, split by grade.</summary>
public sealed class EmployerFactsTests
{
    private static readonly LocalDate Date = new(2020, 12, 31);

    [Fact]
    public void From_CopiesTheFigures_AndTheDate()
    {
        var employer = new Employer("某某公司", EmployerKind.Enterprise, 120.5m, Money.FromYuan(98_000m), Money.FromYuan(75_000m));

        var facts = EmployerFacts.From(employer, Date);

        Assert.Equal(2020, facts.Year);
        Assert.Equal(12, facts.Month);
        Assert.Equal(31, facts.Day);
        Assert.Equal(20201231, facts.DateNumber);
        Assert.True(facts.IsEnterprise);
        Assert.Equal(120.5m, facts.Headcount);
        Assert.Equal(98_000m, facts.AverageWage);
        Assert.Equal(75_000m, facts.LocalAverageWage);
        Assert.Equal(0, facts.SevereQualifyingStaff);
        Assert.Equal(0, facts.OtherQualifyingStaff);
    }

    [Fact]
    public void From_AnAgency_IsNoEnterprise()
    {
        var agency = new Employer("某某局", EmployerKind.GovernmentAgency, 40m, Money.FromYuan(90_000m), Money.FromYuan(75_000m));

        Assert.False(EmployerFacts.From(agency, Date).IsEnterprise);
    }

    [Fact]
    public void QualifyingStaff_CountOnlyEmployeesWhoCount_SplitIntoSevereAndOther()
    {
        DisabledEmployee[] staff =
        [
            new(DisabilityGrade.One, 24, false, true, true),
            new(DisabilityGrade.Two, 12, false, true, true),
            new(DisabilityGrade.Two, 6, false, true, true),
            new(DisabilityGrade.Three, 0, true, true, true),
            new(DisabilityGrade.Four, 36, false, true, true),
            new(DisabilityGrade.Four, 36, false, false, true),
            new(DisabilityGrade.Three, 36, false, true, false),
        ];
        var employer = new Employer("某某公司", EmployerKind.Enterprise, 100m, Money.FromYuan(90_000m), Money.FromYuan(75_000m), staff);

        var facts = EmployerFacts.From(employer, Date);

        Assert.Equal(2, facts.SevereQualifyingStaff);
        Assert.Equal(2, facts.OtherQualifyingStaff);
    }

    [Fact]
    public void From_NullEmployer_Throws() =>
        Assert.Throws<ArgumentNullException>(() => EmployerFacts.From(null!, Date));
}
