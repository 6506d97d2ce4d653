using DpfDomain.Disabilities;
using DpfDomain.Employers;

namespace DpfDomain.Tests.Employers;

public sealed class EmployerTests
{
    private static readonly Money AverageWage = Money.FromYuan(90_000m);
    private static readonly Money SocialWage = Money.FromYuan(100_000m);

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 2)]
    [InlineData(3, 1)]
    [InlineData(4, 1)]
    public void CountedAs_QualifyingEmployee_CountsTwiceForSevereGrades(int grade, int expected)
    {
        var employee = Employee(grade);

        Assert.True(employee.Counts);
        Assert.Equal(expected, employee.CountedAs);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(11, 0)]
    [InlineData(12, 1)]
    [InlineData(36, 1)]
    public void CountedAs_ContractLength_CountsFromTwelveMonths(int months, int expected)
    {
        var employee = Employee(3, contractMonths: months);

        Assert.Equal(expected, employee.CountedAs);
        Assert.Equal(expected > 0, employee.Counts);
    }

    [Fact]
    public void CountedAs_ElevenMonthContractAtSevereGrade_IsZero()
    {
        Assert.Equal(0, Employee(1, contractMonths: 11).CountedAs);
        Assert.Equal(2, Employee(1, contractMonths: 12).CountedAs);
    }

    [Fact]
    public void CountedAs_CivilServicePostWithoutContract_Counts()
    {
        Assert.Equal(1, Employee(4, contractMonths: 0, civilServicePost: true).CountedAs);
        Assert.Equal(2, Employee(2, contractMonths: 0, civilServicePost: true).CountedAs);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void CountedAs_MissingMinimumWageOrSocialInsurance_IsZero(bool minimumWage, bool socialInsurance)
    {
        Assert.Equal(0, Employee(1, minimumWage: minimumWage, socialInsurance: socialInsurance).CountedAs);
        Assert.Equal(0, Employee(3, civilServicePost: true, minimumWage: minimumWage, socialInsurance: socialInsurance).CountedAs);
    }

    [Fact]
    public void DisabledEmployee_UninitialisedGradeOrNegativeMonths_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DisabledEmployee(default, 12, false, true, true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisabledEmployee(DisabilityGrade.Three, -1, false, true, true));
    }

    [Fact]
    public void CountedDisabledStaff_MixedEmployees_SumsWhatEachCountsAs()
    {
        var employer = Employer(
            200m,
            Employee(1),
            Employee(2),
            Employee(3),
            Employee(4, contractMonths: 11),
            Employee(3, socialInsurance: false));

        Assert.Equal(5, employer.CountedDisabledStaff);
        Assert.Equal(5, employer.DisabledEmployees.Count);
    }

    [Fact]
    public void ActualRatio_TwoGradeThreeEmployeesOf200_IsOnePercent()
    {
        var employer = Employer(200m, Employee(3), Employee(3));

        Assert.Equal(2, employer.CountedDisabledStaff);
        Assert.Equal(0.01m, employer.ActualRatio);
    }

    [Fact]
    public void ActualRatio_OneSevereEmployeeOf80_IsTwoAndAHalfPercent()
    {
        Assert.Equal(0.025m, Employer(80m, Employee(1)).ActualRatio);
    }

    [Fact]
    public void ActualRatio_FractionalHeadcount_DividesByIt()
    {
        Assert.Equal(0.016m, Employer(62.5m, Employee(4)).ActualRatio);
    }

    [Fact]
    public void ActualRatio_ZeroHeadcount_IsZero()
    {
        var employer = Employer(0m, Employee(1));

        Assert.Equal(2, employer.CountedDisabledStaff);
        Assert.Equal(0m, employer.ActualRatio);
    }

    [Fact]
    public void ActualRatio_NoDisabledEmployees_IsZero()
    {
        var employer = new Employer("某公司", EmployerKind.Enterprise, 150m, AverageWage, SocialWage);

        Assert.Equal(0, employer.CountedDisabledStaff);
        Assert.Equal(0m, employer.ActualRatio);
        Assert.Empty(employer.DisabledEmployees);
    }

    [Fact]
    public void Constructor_NegativeHeadcount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Employer(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Employer(-0.5m));
    }

    [Fact]
    public void Constructor_NegativeWages_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Employer("某公司", EmployerKind.Enterprise, 10m, Money.FromYuan(-1m), SocialWage));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Employer("某公司", EmployerKind.Enterprise, 10m, AverageWage, Money.FromYuan(-0.01m)));
    }

    [Fact]
    public void Constructor_EmptyNameOrUndefinedKind_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => new Employer(" ", EmployerKind.Enterprise, 10m, AverageWage, SocialWage));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Employer("某公司", (EmployerKind)0, 10m, AverageWage, SocialWage));
    }

    [Fact]
    public void Constructor_NullEmployee_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Employer("某公司", EmployerKind.Enterprise, 10m, AverageWage, SocialWage, [Employee(3), null!]));
    }

    [Theory]
    [InlineData(EmployerKind.Enterprise, true)]
    [InlineData(EmployerKind.GovernmentAgency, false)]
    [InlineData(EmployerKind.PublicInstitution, false)]
    [InlineData(EmployerKind.SocialOrganisation, false)]
    public void IsEnterprise_Kind_IsTrueOnlyForEnterprises(EmployerKind kind, bool expected)
    {
        var employer = new Employer("某单位", kind, 10m, AverageWage, SocialWage);

        Assert.Equal(expected, employer.IsEnterprise);
        Assert.Equal(kind, employer.Kind);
    }

    private static DisabledEmployee Employee(
        int grade,
        int contractMonths = 12,
        bool civilServicePost = false,
        bool minimumWage = true,
        bool socialInsurance = true) =>
        new(new DisabilityGrade(grade), contractMonths, civilServicePost, minimumWage, socialInsurance);

    private static Employer Employer(decimal headcount, params DisabledEmployee[] employees) =>
        new("某公司", EmployerKind.Enterprise, headcount, AverageWage, SocialWage, employees);
}
