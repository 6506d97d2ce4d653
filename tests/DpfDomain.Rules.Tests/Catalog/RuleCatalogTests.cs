using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Tests.Support;
using NodaTime;

namespace DpfDomain.Rules.Tests.Catalog;

/// <summary>
/// <see cref="RuleCatalog"/> as a container: the order of its programs and versions whatever the
/// order of the files, which version is in force, its argument checks, and
/// <see cref="RuleCatalogLoadResult"/>.
/// </summary>
public sealed class RuleCatalogTests
{
    private static readonly LocalDate Mid2019 = new(2019, 6, 1);

    [Fact]
    public void Load_FilesInAnyOrder_GiveProgramsInOrdinalOrderAndVersionsOldestFirst()
    {
        var sources = new[]
        {
            Source("q1.ruleset.json", "Q1", "1", "2019-01-01", null),
            Source("p1-2021.ruleset.json", "P1", "2021.1", "2021-01-01", null),
            Source("p2.ruleset.json", "P2", "1", "2019-01-01", null),
            Source("p1-2019.ruleset.json", "P1", "2019.1", "2019-01-01", "2019-12-31"),
            Source("p1-2020.ruleset.json", "P1", "2020.1", "2020-01-01", "2020-12-31"),
        };

        var catalog = RuleCatalog.Load(sources);

        Assert.Equal(["P1", "P2", "Q1"], catalog.ProgramIds);
        Assert.Equal(["P1", "P2", "Q1"], catalog.PersonProgramIds);
        Assert.Empty(catalog.EmployerProgramIds);
        Assert.Equal(["2019.1", "2020.1", "2021.1"], catalog.VersionsOf("P1").Select(v => v.Version));
        Assert.Equal(["P1 2019.1", "P1 2020.1", "P1 2021.1", "P2 1", "Q1 1"], catalog.Versions.Select(v => $"{v.Id} {v.Version}"));
        Assert.Equal(catalog.ContentHash, RuleCatalog.Load(sources.Reverse()).ContentHash);
    }

    [Theory]
    [InlineData("2018-12-31", null)]
    [InlineData("2019-01-01", "2019.1")]
    [InlineData("2019-12-31", "2019.1")]
    [InlineData("2020-01-01", "2020.1")]
    [InlineData("2020-12-31", "2020.1")]
    [InlineData("2021-01-01", "2021.1")]
    [InlineData("2099-01-01", "2021.1")]
    public void VersionInForce_IsTheVersionWhosePeriodHoldsTheDate(string date, string? version)
    {
        var catalog = RuleCatalog.Load(
        [
            Source("p1-2021.ruleset.json", "P1", "2021.1", "2021-01-01", null),
            Source("p1-2019.ruleset.json", "P1", "2019.1", "2019-01-01", "2019-12-31"),
            Source("p1-2020.ruleset.json", "P1", "2020.1", "2020-01-01", "2020-12-31"),
        ]);
        var on = LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(version, catalog.VersionInForce("P1", on)?.Version);
        var decision = catalog.Evaluate(new PersonFacts(), on, "P1");
        Assert.Equal(version is null ? DecisionOutcome.NotInForce : DecisionOutcome.Eligible, decision.Outcome);
        Assert.Equal(version, decision.RuleSetVersion);
    }

    [Fact]
    public void PersonAndEmployerPrograms_AreSeparatedBySubject()
    {
        var reference = ReferenceCatalog.Load();

        Assert.Equal(["P9"], reference.EmployerProgramIds);
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"], reference.PersonProgramIds);
        Assert.All(reference.PersonProgramIds, id => Assert.Equal(ProgramSubject.Person, reference.VersionsOf(id)[0].Subject));
    }

    [Fact]
    public void Evaluate_ProgramOfTheOtherSubject_IsRefusedNamingTheFacts()
    {
        var reference = ReferenceCatalog.Load();
        var employerFacts = new EmployerFacts();

        var forPerson = Assert.Throws<ArgumentException>(() => reference.Evaluate(new PersonFacts(), Mid2019, "P9"));
        var forEmployer = Assert.Throws<ArgumentException>(() => reference.Evaluate(employerFacts, Mid2019, "P1"));

        Assert.Equal("facts", forPerson.ParamName);
        Assert.Equal("facts", forEmployer.ParamName);
        Assert.Contains("P9", forPerson.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(PersonFacts), forPerson.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(EmployerFacts), forEmployer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownProgram_IsKeyNotFoundNamingEveryProgram()
    {
        var catalog = RuleCatalog.Load([Source("p2.ruleset.json", "P2", "1", "2019-01-01", null), Source("q1.ruleset.json", "Q1", "1", "2019-01-01", null)]);

        var inForce = Assert.Throws<KeyNotFoundException>(() => catalog.VersionInForce("P3", Mid2019));
        var versions = Assert.Throws<KeyNotFoundException>(() => catalog.VersionsOf("P3"));
        var evaluate = Assert.Throws<KeyNotFoundException>(() => catalog.Evaluate(new PersonFacts(), Mid2019, "P3"));

        Assert.All(new[] { inForce, versions, evaluate }, e => Assert.Equal("The catalog has no program 'P3'; it has P2, Q1.", e.Message));
    }

    [Fact]
    public void PublicMethods_RefuseNullArgumentsByName()
    {
        var catalog = ReferenceCatalog.Load();
        var overrides = new Dictionary<string, object>();

        Assert.Equal("sources", Assert.Throws<ArgumentNullException>(() => RuleCatalog.Load(null!)).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentNullException>(() => RuleCatalog.TryLoad(null!)).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentNullException>(() => RuleCatalog.Validate(null!)).ParamName);
        Assert.Equal("programId", Assert.Throws<ArgumentNullException>(() => catalog.VersionInForce(null!, Mid2019)).ParamName);
        Assert.Equal("programId", Assert.Throws<ArgumentNullException>(() => catalog.VersionsOf(null!)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => catalog.Evaluate((PersonFacts)null!, Mid2019, "P1")).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => catalog.Evaluate((EmployerFacts)null!, Mid2019, "P9")).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => catalog.Evaluate((PersonFacts)null!, Mid2019, "P1", overrides)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => catalog.Evaluate((EmployerFacts)null!, Mid2019, "P9", overrides)).ParamName);
        Assert.Equal("parameterOverrides", Assert.Throws<ArgumentNullException>(() => catalog.Evaluate(new PersonFacts(), Mid2019, "P1", null!)).ParamName);
        Assert.Equal("parameterOverrides", Assert.Throws<ArgumentNullException>(() => catalog.Evaluate(new EmployerFacts(), Mid2019, "P9", null!)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => catalog.EvaluateAll((PersonFacts)null!, Mid2019)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => catalog.EvaluateAll((EmployerFacts)null!, Mid2019)).ParamName);
    }

    [Fact]
    public void EvaluateAll_PassesTheTraceFlagOn()
    {
        var catalog = ReferenceCatalog.Load();

        Assert.All(catalog.EvaluateAll(new PersonFacts(), Mid2019, trace: true), d => Assert.NotEmpty(d.Trace!));
        Assert.All(catalog.EvaluateAll(new PersonFacts(), Mid2019), d => Assert.Null(d.Trace));
        Assert.All(catalog.EvaluateAll(new EmployerFacts(), Mid2019, trace: true), d => Assert.NotEmpty(d.Trace!));
        Assert.All(catalog.EvaluateAll(new EmployerFacts(), Mid2019), d => Assert.Null(d.Trace));
    }

    [Fact]
    public void TryLoad_WithProblems_HasNoCatalogAndEveryProblem()
    {
        var broken = RuleSetText.Build(rules: RuleSetText.Rule("Person.NoSuchFact"));
        var sources = new[] { Source("good.ruleset.json", "P2", "1", "2019-01-01", null), RuleSetSource.FromText("broken.ruleset.json", broken) };

        var result = RuleCatalog.TryLoad(sources);

        Assert.False(result.Success);
        Assert.Null(result.Catalog);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("broken.ruleset.json", problem.File);
        Assert.Equal(result.Diagnostics.Select(d => d.ToString()), RuleCatalog.Validate(sources).Select(d => d.ToString()));
        Assert.Equal($"1 problem(s); first: {problem}", result.ToString());
        Assert.Equal(result.Diagnostics, Assert.Throws<RuleSetLoadException>(result.GetCatalogOrThrow).Diagnostics);
    }

    [Fact]
    public void TryLoad_WithoutProblems_HasTheCatalog()
    {
        var result = RuleCatalog.TryLoad([Source("p2.ruleset.json", "P2", "1", "2019-01-01", null)]);

        Assert.True(result.Success);
        Assert.Empty(result.Diagnostics);
        Assert.Same(result.Catalog, result.GetCatalogOrThrow());
        Assert.Equal(["P2"], result.Catalog.ProgramIds);
        Assert.Equal("Loaded: Rule catalog of 1 program(s): P2", result.ToString());
    }

    [Fact]
    public void LoadResult_Failed_HasAtLeastOneProblemAndNoCatalog()
    {
        var problem = Assert.Single(RuleCatalog.Validate([RuleSetSource.FromText("broken.ruleset.json", RuleSetText.Build(rules: RuleSetText.Rule("Person.NoSuchFact")))]));

        var failed = RuleCatalogLoadResult.Failed([problem]);

        Assert.False(failed.Success);
        Assert.Null(failed.Catalog);
        Assert.Throws<RuleSetLoadException>(failed.GetCatalogOrThrow);
        Assert.Equal("diagnostics", Assert.Throws<ArgumentException>(() => RuleCatalogLoadResult.Failed([])).ParamName);
    }

    [Fact]
    public void TryLoad_AProblemTheCompilerDoesNotSee_StillGivesDiagnosticsNotAnException()
    {
        // Two task numbers for one year: the loader reports it, the expressions still compile.
        var text = RuleSetText.Build(program: RuleSetText.DefaultProgram.Replace(
            "\"EffectiveFrom\": \"2019-01-01\"",
            "\"EffectiveFrom\": \"2019-01-01\", \"Quotas\": [ { \"Year\": 2019, \"Count\": 10 }, { \"Year\": 2019, \"Count\": 11 } ]",
            StringComparison.Ordinal));

        var result = RuleCatalog.TryLoad([RuleSetSource.FromText("quotas.ruleset.json", text)]);

        Assert.False(result.Success);
        Assert.Contains("2019", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateAll_RefusesNullFacts_EvenWithoutAProgramOfThatKind()
    {
        var peopleOnly = RuleCatalog.Load([Source("p2.ruleset.json", "P2", "1", "2019-01-01", null)]);
        var employersOnly = RuleCatalog.Load([RuleSetSource.FromText("P9.ruleset.json", ReferenceCatalog.Read("P9.ruleset.json"))]);

        Assert.Empty(peopleOnly.EmployerProgramIds);
        Assert.Empty(employersOnly.PersonProgramIds);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => peopleOnly.EvaluateAll((EmployerFacts)null!, Mid2019)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => employersOnly.EvaluateAll((PersonFacts)null!, Mid2019)).ParamName);
        Assert.Empty(peopleOnly.EvaluateAll(new EmployerFacts(), Mid2019));
        Assert.Empty(employersOnly.EvaluateAll(new PersonFacts(), Mid2019));
    }

    [Fact]
    public void Problems_AreInFileOrderThenLineAndColumn()
    {
        var twoProblems = RuleSetText.Build(rules: RuleSetText.Rule("Person.NoSuchFact") + ",\n" + RuleSetText.Rule("Person.NoOtherFact").Replace("\"Main\"", "\"Second\"", StringComparison.Ordinal));
        var sources = new[]
        {
            RuleSetSource.FromText("z.ruleset.json", twoProblems),
            RuleSetSource.FromText("a.ruleset.json", "{"),
        };

        var problems = RuleCatalog.Validate(sources);

        Assert.Equal(["z.ruleset.json", "z.ruleset.json", "a.ruleset.json"], problems.Select(p => p.File));
        Assert.True(problems[0].Line < problems[1].Line, string.Join("\n", problems));
    }

    [Fact]
    public void ToString_NamesThePrograms()
    {
        Assert.Equal("Rule catalog of 9 program(s): P1, P2, P3, P4, P5, P6, P7, P8, P9", ReferenceCatalog.Load().ToString());
    }

    private static RuleSetSource Source(string file, string id, string version, string from, string? until) =>
        RuleSetSource.FromText(file, RuleSetText.Build(program:
            $$"""
                "Id": "{{id}}",
                "Name": { "zh-CN": "测试项目", "en": "Test program" },
                "LegalReferences": [ "Test document" ],
                "Version": "{{version}}",
                "EffectiveFrom": "{{from}}"{{(until is null ? string.Empty : $",\n    \"EffectiveUntil\": \"{until}\"")}}
            """, rules: RuleSetText.Rule("true")).Replace("\"WorkflowName\": \"P1\"", $"\"WorkflowName\": \"{id}\"", StringComparison.Ordinal));
}
