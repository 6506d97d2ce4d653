using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Reloading;
using DpfDomain.Rules.Tests.Facts;
using NodaTime;

namespace DpfDomain.Rules.Tests.Evaluation;

/// <summary>
/// <see cref="EligibilityEvaluator"/> itself: its arguments, the catalog it reads (one, or a
/// provider's current one), the facts it derives and the error decisions it gives when facts
/// cannot be derived.
/// </summary>
public sealed class EligibilityEvaluatorTests
{
    private static readonly RuleCatalog Reference = ReferenceCatalog.Load();
    private static readonly RuleCatalog Small = RuleCatalog.Load(new[] { "medication.ruleset.json", "differential.ruleset.json" }
        .Select(f => RuleSetSource.FromFile(Path.Combine(AppContext.BaseDirectory, "RuleSets", f))));

    private static readonly DivisionCode County = DivisionCode.Parse("340123");
    private static readonly LocalDate Date = new(2020, 6, 1);

    [Fact]
    public void Constructors_RefuseNullsAndCodesThatAreNotCountyLevel()
    {
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => new EligibilityEvaluator((RuleCatalog)null!, County)).ParamName);
        Assert.Equal("catalogs", Assert.Throws<ArgumentNullException>(() => new EligibilityEvaluator((IRuleCatalogProvider)null!, County)).ParamName);
        foreach (var code in new[] { default, DivisionCode.Parse("340100"), DivisionCode.Parse("340000") })
        {
            Assert.Equal("county", Assert.Throws<ArgumentException>(() => new EligibilityEvaluator(Reference, code)).ParamName);
            Assert.Equal("county", Assert.Throws<ArgumentException>(() => new EligibilityEvaluator(new FixedRuleCatalogProvider(Reference), code)).ParamName);
        }
    }

    [Fact]
    public void County_IsTheOneGiven_OverACatalogAndOverAProvider()
    {
        var other = DivisionCode.Parse("340124");

        Assert.Equal(other, new EligibilityEvaluator(Reference, other).County);
        Assert.Equal(other, new EligibilityEvaluator(new FixedRuleCatalogProvider(Reference), other).County);
        Assert.Equal(other, new EligibilityEvaluator(new SwitchingProvider(Reference), other).Snapshot().County);
    }

    [Fact]
    public void RegisteredInCounty_FollowsTheEvaluatorsCounty()
    {
        var household = PersonFactsTests.Household();
        var parent = household.Members[0];

        var here = new EligibilityEvaluator(Small, County).Evaluate(parent, household, Date, "P1");
        var elsewhere = new EligibilityEvaluator(Small, DivisionCode.Parse("340124")).Evaluate(parent, household, Date, "P1");

        Assert.Equal(DecisionOutcome.Eligible, here.Outcome);
        Assert.Equal(DecisionOutcome.NotEligible, elsewhere.Outcome);
    }

    [Fact]
    public void Catalog_OverAProvider_IsTheProvidersCurrentOneAtEachRead()
    {
        var provider = new SwitchingProvider(Reference);
        var evaluator = new EligibilityEvaluator(provider, County);

        Assert.Same(Reference, evaluator.Catalog);
        provider.Current = Small;
        Assert.Same(Small, evaluator.Catalog);
        Assert.Same(Reference, new EligibilityEvaluator(Reference, County).Catalog);
    }

    [Fact]
    public void Evaluate_OverAProvider_UsesTheCatalogInServiceWhenTheCallStarts()
    {
        var household = PersonFactsTests.Household();
        var parent = household.Members[0];
        var provider = new SwitchingProvider(Reference);
        var evaluator = new EligibilityEvaluator(provider, County);

        var before = evaluator.EvaluateAll(parent, household, Date);
        provider.Current = Small;
        var after = evaluator.EvaluateAll(parent, household, Date);

        Assert.Equal(Reference.PersonProgramIds, before.Select(d => d.ProgramId));
        Assert.Equal(Small.PersonProgramIds, after.Select(d => d.ProgramId));
        Assert.Equal("DIFF", evaluator.Evaluate(parent, household, Date, "DIFF").ProgramId);
    }

    [Fact]
    public void Snapshot_OverOneCatalog_IsTheEvaluatorItself()
    {
        var evaluator = new EligibilityEvaluator(Reference, County);

        Assert.Same(evaluator, evaluator.Snapshot());
        Assert.Same(evaluator, ((IEligibilityEvaluator)evaluator).Snapshot());
    }

    [Fact]
    public void Snapshot_OverAProvider_KeepsTheCatalogInServiceWhenTaken()
    {
        var provider = new SwitchingProvider(Reference);
        var evaluator = new EligibilityEvaluator(provider, County);

        var snapshot = evaluator.Snapshot();
        var viaInterface = ((IEligibilityEvaluator)evaluator).Snapshot();
        provider.Current = Small;

        Assert.NotSame(evaluator, snapshot);
        Assert.Same(Reference, snapshot.Catalog);
        Assert.Same(Reference, viaInterface.Catalog);
        Assert.Same(Small, evaluator.Catalog);
        Assert.Same(Small, evaluator.Snapshot().Catalog);
    }

    [Fact]
    public void Evaluate_EqualsTheCatalogOverTheDerivedFacts_WithAndWithoutTrace()
    {
        var household = PersonFactsTests.Household();
        var parent = household.Members[0];
        var evaluator = new EligibilityEvaluator(Reference, County);
        var facts = PersonFacts.From(parent, household, Date, County);

        foreach (var id in Reference.PersonProgramIds)
        {
            var expected = Reference.Evaluate(facts, Date, id, trace: true);
            var traced = evaluator.Evaluate(parent, household, Date, id, trace: true);
            var plain = evaluator.Evaluate(parent, household, Date, id);

            Assert.Equal((expected.Outcome, expected.Totals), (traced.Outcome, traced.Totals));
            Assert.Equal(expected.FailedRules.Select(f => f.RuleName), traced.FailedRules.Select(f => f.RuleName));
            Assert.Equal(expected.Trace!.Select(t => (t.RuleName, t.Outcome)), traced.Trace!.Select(t => (t.RuleName, t.Outcome)));
            Assert.Null(plain.Trace);
        }
    }

    [Fact]
    public void EvaluateAll_EqualsTheCatalogOverTheDerivedFacts_WithAndWithoutTrace()
    {
        var household = PersonFactsTests.Household();
        var parent = household.Members[0];
        var evaluator = new EligibilityEvaluator(Reference, County);
        var expected = Reference.EvaluateAll(PersonFacts.From(parent, household, Date, County), Date);

        var traced = evaluator.EvaluateAll(parent, household, Date, trace: true);
        var plain = evaluator.EvaluateAll(parent, household, Date);

        Assert.Equal(expected.Select(d => (d.ProgramId, d.Outcome, d.Totals)), plain.Select(d => (d.ProgramId, d.Outcome, d.Totals)));
        Assert.Equal(expected.Select(d => (d.ProgramId, d.Outcome, d.Totals)), traced.Select(d => (d.ProgramId, d.Outcome, d.Totals)));
        Assert.All(traced, d => Assert.NotEmpty(d.Trace!));
        Assert.All(plain, d => Assert.Null(d.Trace));
    }

    [Fact]
    public void Evaluate_OnTheBirthDate_DerivesFacts()
    {
        var household = PersonFactsTests.Household();
        var child = household.Members[1];
        var evaluator = new EligibilityEvaluator(Reference, County);

        var onBirth = evaluator.EvaluateAll(child, household, child.BirthDate);
        var dayBefore = evaluator.Evaluate(child, household, child.BirthDate.PlusDays(-1), "P5");

        Assert.All(onBirth, d => Assert.NotEqual(DecisionOutcome.Error, d.Outcome));
        Assert.Equal(DecisionOutcome.Error, dayBefore.Outcome);
        Assert.Contains(DecisionMessages.BeforeBirth.English, dayBefore.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(DecisionMessages.BeforeBirth.Chinese, dayBefore.ErrorMessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PersonNotInTheHousehold_IsAnErrorDecisionPerProgramThatSaysSo()
    {
        var household = PersonFactsTests.Household();
        var stranger = new Person(ResidentIdNumber.Create(County, new LocalDate(1990, 1, 1), 125), new PersonName("李四"));
        var evaluator = new EligibilityEvaluator(Reference, County);

        var one = evaluator.Evaluate(stranger, household, Date, "P3");
        var all = evaluator.EvaluateAll(stranger, household, Date);

        Assert.Equal(Reference.PersonProgramIds, all.Select(d => d.ProgramId));
        Assert.All(all.Append(one), d =>
        {
            Assert.Equal(DecisionOutcome.Error, d.Outcome);
            Assert.Equal(Date, d.Date);
            Assert.Equal(Reference.VersionInForce(d.ProgramId, Date), d.Version);
            Assert.Contains(DecisionMessages.NotAMember.English, d.ErrorMessage, StringComparison.Ordinal);
            Assert.Contains(DecisionMessages.NotAMember.Chinese, d.ErrorMessageZh, StringComparison.Ordinal);
            Assert.Contains($"Program {d.ProgramId}:", d.ErrorMessage, StringComparison.Ordinal);
            Assert.DoesNotContain(stranger.Id.ToUnmaskedString(), d.ErrorMessage, StringComparison.Ordinal);
            Assert.DoesNotContain(stranger.Id.ToUnmaskedString(), d.ErrorMessageZh, StringComparison.Ordinal);
        });
        Assert.Equal("P3", one.ProgramId);
    }

    [Fact]
    public void Evaluate_RefusesNullArguments()
    {
        var household = PersonFactsTests.Household();
        var parent = household.Members[0];
        var evaluator = new EligibilityEvaluator(Reference, County);

        Assert.Equal("person", Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate(null!, household, Date, "P1")).ParamName);
        Assert.Equal("household", Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate(parent, null!, Date, "P1")).ParamName);
        Assert.Equal("programId", Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate(parent, household, Date, null!)).ParamName);
        Assert.Equal("person", Assert.Throws<ArgumentNullException>(() => evaluator.EvaluateAll(null!, household, Date)).ParamName);
        Assert.Equal("household", Assert.Throws<ArgumentNullException>(() => evaluator.EvaluateAll(parent, null!, Date)).ParamName);
        Assert.Equal("employer", Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate((DpfDomain.Employers.Employer)null!, Date, "P9")).ParamName);
        Assert.Equal("programId", Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate(EmployerWithStaff(), Date, null!)).ParamName);
        Assert.Equal("employer", Assert.Throws<ArgumentNullException>(() => evaluator.EvaluateAll((DpfDomain.Employers.Employer)null!, Date)).ParamName);
    }

    [Fact]
    public void EvaluateEmployer_PassesTheTraceFlagOn()
    {
        var evaluator = new EligibilityEvaluator(Reference, County);
        var employer = EmployerWithStaff();

        Assert.NotEmpty(evaluator.Evaluate(employer, Date, "P9", trace: true).Trace!);
        Assert.Null(evaluator.Evaluate(employer, Date, "P9").Trace);
        Assert.All(evaluator.EvaluateAll(employer, Date, trace: true), d => Assert.NotEmpty(d.Trace!));
        Assert.All(evaluator.EvaluateAll(employer, Date), d => Assert.Null(d.Trace));
    }

    [Fact]
    public void EvaluateEmployer_OverAProvider_UsesTheCurrentCatalog()
    {
        var provider = new SwitchingProvider(Reference);
        var evaluator = new EligibilityEvaluator(provider, County);
        var employer = EmployerWithStaff();

        Assert.Equal(["P9"], evaluator.EvaluateAll(employer, Date).Select(d => d.ProgramId));
        provider.Current = Small;
        Assert.Empty(evaluator.EvaluateAll(employer, Date));
        Assert.Throws<KeyNotFoundException>(() => evaluator.Evaluate(employer, Date, "P9"));
    }

    private static DpfDomain.Employers.Employer EmployerWithStaff() => new(
        "示例单位",
        DpfDomain.Employers.EmployerKind.Enterprise,
        200,
        Money.FromYuan(60000m),
        Money.FromYuan(50000m),
        [new DpfDomain.Employers.DisabledEmployee(new Disabilities.DisabilityGrade(3), 12, false, true, true)]);

    /// <summary>A provider whose catalog the test replaces, as a reload would.</summary>
    private sealed class SwitchingProvider(RuleCatalog first) : IRuleCatalogProvider
    {
        public RuleCatalog Current { get; set; } = first;

        public RuleCatalogRevision Revision => new(Current, 1);

        public RuleCatalogReload? LastRefusal => null;

        public event EventHandler<RuleCatalogReload>? Reloaded
        {
            add { }
            remove { }
        }

        public RuleCatalogReload Reload() => new(RuleCatalogReloadOutcome.Unchanged, Revision, Revision.ContentHash);
    }
}
