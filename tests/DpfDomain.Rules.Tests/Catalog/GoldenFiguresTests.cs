using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Batches;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Evaluation;
using NodaTime;

namespace DpfDomain.Rules.Tests.Catalog;

/// <summary>
/// The seed's golden figures (the county's 2019 H1 work summary), reproduced by building the
/// cohorts it describes and running them through the shipped rule sets and the batch summary.
/// </summary>
public sealed class GoldenFiguresTests
{
    private static readonly DivisionCode County = DivisionCode.Parse("340123");
    private static readonly LocalDate Date = new(2019, 6, 30);
    private static readonly Lazy<EligibilityEvaluator> Evaluator = new(() => new EligibilityEvaluator(ReferenceCatalog.Load(), County));

    [Fact]
    public void P1_1882PoorPeopleWithMentalDisabilities_Get1882000YuanAt163_37PercentOfTheQuota()
    {
        var cohort = Enumerable.Range(0, 1882).Select(MentalDisabilityInPoverty);

        var summary = Summarize(cohort, "P1");

        Assert.Equal(1882, summary.Eligible);
        Assert.Equal(0, summary.NotEligible + summary.Errors + summary.NotInForce);
        Assert.Equal(1_882_000m, summary.Totals.PerYear.Yuan);
        Assert.Equal(1152, summary.Quota);
        Assert.Equal(730, summary.OverQuota);
        Assert.Equal(163.37m, summary.CompletionPercent);
    }

    [Fact]
    public void P4a_339DisabledStudentsFromPoorFamilies_Get189000Yuan()
    {
        var cohort = Enumerable.Range(0, 339).Select(i => DisabledStudent(i, i < 300 ? SchoolStage.Primary : SchoolStage.GeneralSeniorSecondary));

        var summary = Summarize(cohort, "P4");

        Assert.Equal(339, summary.Eligible);
        Assert.Equal(189_000m, summary.Totals.PerYear.Yuan);
    }

    [Fact]
    public void P4b_849ChildrenOfPoorDisabledFamilies_Get539500Yuan()
    {
        var cohort = Enumerable.Range(0, 849).Select(i => ChildOfDisabledParent(i, i < 619 ? SchoolStage.JuniorSecondary : SchoolStage.SecondaryVocational));

        var summary = Summarize(cohort, "P4");

        Assert.Equal(849, summary.Eligible);
        Assert.Equal(539_500m, summary.Totals.PerYear.Yuan);
    }

    [Fact]
    public void P1_SomeoneOutsideTheCohort_IsNotCounted()
    {
        var (person, household) = MentalDisabilityInPoverty(0);
        var outsider = new Household(new HouseholdRegistration(County, HukouType.Rural), [person]);

        var summary = Summarize([(person, household), (person, outsider)], "P1");

        Assert.Equal(1, summary.Eligible);
        Assert.Equal(1, summary.NotEligible);
        Assert.Equal(1000m, summary.Totals.PerYear.Yuan);
    }

    private static ProgramSummary Summarize(IEnumerable<(Person Person, Household Household)> cohort, string program)
    {
        var builder = new BatchSummaryBuilder(Date.Year);
        foreach (var (person, household) in cohort)
        {
            builder.Add(Evaluator.Value.Evaluate(person, household, Date, program));
        }

        return Assert.Single(builder.Build());
    }

    private static (Person, Household) MentalDisabilityInPoverty(int i)
    {
        var id = Id(new LocalDate(1960, 1, 1).PlusDays(i * 7), i);
        var certificate = DisabilityCertificate.Issue(id, DisabilityProfile.Of(DisabilityCategory.Mental, 1 + (i % 4)), new LocalDate(2015, 1, 1).PlusDays(i % 300), County);
        var person = new Person(id, new PersonName("患者" + i), certificate, psychiatricTreatmentYears: [i % 2 == 0 ? 2019 : 2018]);
        var poverty = (i % 3) switch
        {
            0 => PovertyStatus.MinimumLivingAllowance,
            1 => PovertyStatus.RegisteredPoor,
            _ => PovertyStatus.RegisteredPoor,
        };
        return (person, new Household(new HouseholdRegistration(County, HukouType.Rural), [person], [new Dated<PovertyStatus>(poverty, new LocalDate(2016, 1, 1))]));
    }

    private static (Person, Household) DisabledStudent(int i, SchoolStage stage)
    {
        var id = Id(new LocalDate(stage == SchoolStage.Primary ? 2009 : 2002, 1, 1).PlusDays(i), i);
        var certificate = DisabilityCertificate.Issue(id, DisabilityProfile.Of(DisabilityCategory.Physical, 1 + (i % 4)), new LocalDate(2016, 9, 1), County);
        var student = new Person(id, new PersonName("学生" + i), certificate, enrolments: [new Dated<SchoolStage>(stage, new LocalDate(2018, 9, 1), new LocalDate(2019, 7, 15))]);
        return (student, PoorRuralHousehold([student], []));
    }

    private static (Person, Household) ChildOfDisabledParent(int i, SchoolStage stage)
    {
        var parentId = Id(new LocalDate(1975, 1, 1).PlusDays(i), 500 + (i % 400));
        var parent = new Person(parentId, new PersonName("家长" + i), DisabilityCertificate.Issue(parentId, DisabilityProfile.Of(DisabilityCategory.Visual, 2), new LocalDate(2014, 5, 1), County));
        var childId = Id(new LocalDate(stage == SchoolStage.JuniorSecondary ? 2006 : 2003, 1, 1).PlusDays(i), i % 400);
        var child = new Person(childId, new PersonName("子女" + i), enrolments: [new Dated<SchoolStage>(stage, new LocalDate(2018, 9, 1), new LocalDate(2019, 7, 15))]);
        return (child, PoorRuralHousehold([parent, child], [new ParentChildLink(parentId, childId)]));
    }

    private static Household PoorRuralHousehold(IEnumerable<Person> members, IEnumerable<ParentChildLink> links) =>
        new(new HouseholdRegistration(County, HukouType.Rural), members, [new Dated<PovertyStatus>(PovertyStatus.RegisteredPoor, new LocalDate(2015, 1, 1))], links);

    private static ResidentIdNumber Id(LocalDate birth, int sequence) => ResidentIdNumber.Create(County, birth, sequence % 1000);
}
