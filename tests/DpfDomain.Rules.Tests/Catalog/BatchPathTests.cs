using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Tests.Support;
using DpfDomain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DpfDomain.Rules.Tests.Catalog;

/// <summary>The batch path (<see cref="RuleCatalog.DecideAll(PersonFacts, LocalDate, Span{ProgramResult})"/>) decides as the explaining path does, and allocates nothing.</summary>
public sealed class BatchPathTests
{
    private static readonly RuleCatalog Reference = ReferenceCatalog.Load();
    private static readonly LocalDate Date = new(2019, 6, 1);

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Batch_results_match_the_full_decisions_for_any_facts_on_any_date()
    {
        var cases = from facts in FactsGenerator.Facts
                    from date in Gen.Choose(0, 365 * 14).Select(d => new LocalDate(2015, 1, 1).PlusDays(d))
                    select (facts, date);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var results = new ProgramResult[Reference.PersonProgramIds.Count];
            var written = Reference.DecideAll(c.facts, c.date, results);
            var decisions = Reference.EvaluateAll(c.facts, c.date);
            return written == decisions.Count && results.Zip(decisions).All(p => p.First.Matches(p.Second));
        });
    }

    [Fact]
    public void Batch_results_name_the_failed_rules_of_the_version_in_force_in_file_order()
    {
        var results = new ProgramResult[Reference.PersonProgramIds.Count];

        Reference.DecideAll(new PersonFacts { CertificateValid = true, HasMental = true, RegisteredInCounty = true }, Date, results);

        var p1 = results[0];
        Assert.Equal("P1", p1.ProgramId);
        Assert.Equal(DecisionOutcome.NotEligible, p1.Outcome);
        Assert.Equal(["HouseholdIsPoor", "TreatedThisYearOrLastYear"], p1.FailedRuleNames());
        Assert.Equal(0b01100UL, p1.FailedRuleMask);
        Assert.Equal("HouseholdIsPoor", p1.Version!.RuleNames[2]);
        Assert.True(p1.Totals.IsEmpty);
    }

    [Fact]
    public void An_eligible_result_carries_the_amounts_per_period_and_the_in_kind_items()
    {
        var results = new ProgramResult[Reference.PersonProgramIds.Count];
        var child = new PersonFacts { Age = 5, CertificateValid = true, HasHearing = true, HearingAidFittingIndicated = true, CochlearImplantIndicated = true, WearsHearingAid = true };

        Reference.DecideAll(child, Date, results);

        var p2 = results[1];
        Assert.Equal(DecisionOutcome.Eligible, p2.Outcome);
        Assert.Equal(Money.FromYuan(15000m), p2.Totals.PerYear);
        Assert.Equal(Money.FromYuan(66000m), p2.Totals.InKindValue);
        Assert.Equal(2, p2.InKindItems);
        Assert.Equal(0UL, p2.FailedRuleMask);
        Assert.Empty(p2.FailedRuleNames());
    }

    [Fact]
    public void Programs_not_yet_in_force_give_NotInForce_without_a_version()
    {
        var results = new ProgramResult[Reference.PersonProgramIds.Count];

        Reference.DecideAll(new PersonFacts(), new LocalDate(2015, 6, 30), results);

        Assert.All(results, r => Assert.Equal(DecisionOutcome.NotInForce, r.Outcome));
        Assert.All(results, r => Assert.Null(r.Version));
        Assert.Equal(Reference.PersonProgramIds, results.Select(r => r.ProgramId));
    }

    [Fact]
    public void The_employer_batch_path_matches_the_levy_decision()
    {
        var results = new ProgramResult[1];
        var employer = new EmployerFacts { Headcount = 200, OtherQualifyingStaff = 1, AverageWage = 60000m, LocalAverageWage = 50000m, IsEnterprise = true };

        Assert.Equal(1, Reference.DecideAll(employer, Date, results));

        var decision = Reference.Evaluate(employer, Date, "P9");
        Assert.True(results[0].Matches(decision), results[0].ToString());
        Assert.True(results[0].IsEligible);
    }

    [Fact]
    public void A_run_time_failure_is_an_error_result_with_the_decisions_message()
    {
        var catalog = RuleSetText.Load(RuleSetText.WithExpression("Person.Categories.Max() > 0"));
        var results = new ProgramResult[1];

        catalog.DecideAll(new PersonFacts(), Date, results);

        var decision = catalog.Evaluate(new PersonFacts(), Date, "P1");
        Assert.Equal(DecisionOutcome.Error, results[0].Outcome);
        Assert.Equal(decision.ErrorMessage, results[0].ErrorMessage);
        Assert.Equal(decision.ErrorMessageZh, results[0].ErrorMessageZh);
        Assert.True(results[0].Matches(decision));
    }

    [Fact]
    public void An_output_that_fails_at_run_time_makes_the_batch_result_an_error_as_it_does_the_decision()
    {
        var text = RuleSetText.Build().Replace(
            "  \"Benefits\": [",
            "  \"Outputs\": [ { \"Id\": \"PerMember\", \"Expression\": \"100 / Person.HouseholdSize\" } ],\n  \"Benefits\": [",
            StringComparison.Ordinal);
        var catalog = RuleSetText.Load(text);
        var results = new ProgramResult[1];
        var facts = new PersonFacts { CertificateValid = true, HouseholdSize = 0 };

        catalog.DecideAll(facts, Date, results);

        var decision = catalog.Evaluate(facts, Date, "P1");
        Assert.Equal(DecisionOutcome.Error, decision.Outcome);
        Assert.Equal(DecisionOutcome.Error, results[0].Outcome);
        Assert.True(results[0].Matches(decision), results[0].ToString());
        catalog.DecideAll(new PersonFacts { CertificateValid = true, HouseholdSize = 4 }, Date, results);
        Assert.True(results[0].IsEligible);
    }

    [Theory]
    [InlineData("Person.Categories.Any(c => c == 6)", new[] { 1, 6 }, true)]
    [InlineData("Person.Categories.Any(c => c == 6)", new[] { 1, 2 }, false)]
    [InlineData("Person.Categories.Any(c => c == Parameters.MinAge)", new[] { 16 }, true)]
    [InlineData("Person.Categories.Any(c => c == Parameters.MinAge)", new[] { 15 }, false)]
    [InlineData("Person.Categories.Any(c => Person.DiagnosedCategories.Any(d => d == c))", new[] { 3 }, true)]
    [InlineData("Person.Categories.Count(c => c > 2) == 1", new[] { 1, 3 }, true)]
    public void List_queries_decide_alike_whether_their_lambda_reads_only_its_item_or_its_surroundings(string expression, int[] categories, bool eligible)
    {
        var catalog = RuleSetText.Load(RuleSetText.WithExpression(expression));
        var facts = new PersonFacts { Categories = categories, DiagnosedCategories = [3] };
        var results = new ProgramResult[1];

        catalog.DecideAll(facts, Date, results);
        catalog.DecideAll(facts, Date, results);

        Assert.Equal(eligible, results[0].IsEligible);
        Assert.Equal(eligible, catalog.Evaluate(facts, Date, "P1").IsEligible);
        Assert.Equal(eligible, catalog.Evaluate(facts, Date, "P1", trace: true).IsEligible);
    }

    [Fact]
    public async Task Threads_deciding_on_a_fresh_catalog_at_once_get_what_one_thread_gets()
    {
        var generator = new CountyRollGenerator(new CountyRollOptions { People = 400, Seed = 11 });
        var people = generator.Households()
            .SelectMany(h => h.Household.Members.Where(m => m.BirthDate <= Date).Select(m => PersonFacts.From(m, h.Household, Date, generator.County)))
            .ToArray();
        LocalDate[] dates = [Date, new(2016, 6, 1), new(2024, 6, 30), new(2015, 6, 30)];
        var reference = ReferenceCatalog.Load();
        var expected = dates.Select(d => Decide(reference, people, d)).ToArray();

        for (var round = 0; round < 3; round++)
        {
            // Each thread walks the dates from another start, so first compiles and the per-date
            // lookups of a fresh catalog happen side by side.
            var fresh = ReferenceCatalog.Load();
            var threads = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
                Enumerable.Range(0, dates.Length).Select(k => (t + k) % dates.Length).Select(d => (d, Decide(fresh, people, dates[d]))).ToArray())).ToArray();
            foreach (var thread in await Task.WhenAll(threads))
            {
                Assert.All(thread, r => Assert.Equal(expected[r.d], r.Item2));
            }
        }
    }

    private static string[] Decide(RuleCatalog catalog, PersonFacts[] people, LocalDate date)
    {
        var all = new List<string>();
        var results = new ProgramResult[catalog.PersonProgramIds.Count];
        foreach (var facts in people)
        {
            catalog.DecideAll(facts, date, results);
            all.AddRange(results.Select(r => $"{r} {r.InKindItems} {r.FailedRuleMask}"));
        }

        return [.. all];
    }

    [Fact]
    public void Too_little_room_for_the_results_is_refused()
    {
        var results = new ProgramResult[Reference.PersonProgramIds.Count - 1];

        var refused = Assert.Throws<ArgumentException>(() => Reference.DecideAll(new PersonFacts(), Date, results));

        Assert.Equal("results", refused.ParamName);
    }

    [Fact]
    public void Deciding_the_whole_catalog_for_thousands_of_generated_people_allocates_nothing()
    {
        var generator = new CountyRollGenerator(new CountyRollOptions { People = 3000, Seed = 7 });
        var people = generator.Households()
            .SelectMany(h => h.Household.Members.Where(m => m.BirthDate <= Date).Select(m => PersonFacts.From(m, h.Household, Date, generator.County)))
            .ToArray();
        var results = new ProgramResult[Reference.PersonProgramIds.Count];
        var eligible = 0;
        foreach (var facts in people)
        {
            Reference.DecideAll(facts, Date, results);
        }

        // Any object allocated per person is at least 24 bytes, so less than a byte per person means
        // none is. The least of three rounds is taken: the runtime may allocate once in a while
        // on the thread for itself (e.g. when it swaps in a recompiled method).
        var allocated = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var facts in people)
            {
                Reference.DecideAll(facts, Date, results);
                foreach (var result in results)
                {
                    eligible += result.IsEligible ? 1 : 0;
                }
            }

            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(allocated < people.Length, $"{allocated} bytes allocated for {people.Length} people.");
        Assert.True(eligible > 100, $"{eligible} eligible results: the sample must reach the amount path.");
    }
}
