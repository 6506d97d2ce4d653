using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using DpfDomain.Employers;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Reloading;
using NodaTime;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Evaluation;

/// <summary>
/// Evaluates people of one county against a <see cref="RuleCatalog"/>, deriving their facts on
/// each date. Thread-safe. Created over one catalog it is immutable; created over an
/// <see cref="IRuleCatalogProvider"/> it takes the provider's current catalog once per call, so
/// the decisions of one call come from one catalog, and <see cref="Snapshot"/> binds a batch to one.
/// </summary>
public sealed class EligibilityEvaluator : IEligibilityEvaluator
{
    private readonly RuleCatalog? _catalog;
    private readonly IRuleCatalogProvider? _catalogs;

    /// <summary>Creates an evaluator over one catalog.</summary>
    /// <param name="catalog">The compiled catalog.</param>
    /// <param name="county">The county the catalog is evaluated for (for <see cref="PersonFacts.RegisteredInCounty"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="county"/> is uninitialised or not county-level.</exception>
    public EligibilityEvaluator(RuleCatalog catalog, DivisionCode county)
    {
        Guard.Against.Null(catalog);
        County = CountyLevel(county);
        _catalog = catalog;
    }

    /// <summary>Creates an evaluator that follows a provider: each call evaluates with the catalog in service when it starts.</summary>
    /// <param name="catalogs">The provider, e.g. a <see cref="RuleFolderCatalogProvider"/>.</param>
    /// <param name="county">The county the catalog is evaluated for (for <see cref="PersonFacts.RegisteredInCounty"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogs"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="county"/> is uninitialised or not county-level.</exception>
    public EligibilityEvaluator(IRuleCatalogProvider catalogs, DivisionCode county)
    {
        Guard.Against.Null(catalogs);
        County = CountyLevel(county);
        _catalogs = catalogs;
    }

    /// <inheritdoc />
    /// <remarks>Over a provider, the catalog in service at this moment: read it once and keep the reference for work that must see one catalog.</remarks>
    public RuleCatalog Catalog => _catalog ?? _catalogs!.Current;

    /// <summary>The county evaluated for.</summary>
    public DivisionCode County { get; }

    /// <inheritdoc />
    /// <remarks>Facts that cannot be derived (the date is before the person's birth, or the person is not a member of the household) give an <see cref="DecisionOutcome.Error"/> decision rather than an exception, so that a batch goes on.</remarks>
    public ProgramDecision Evaluate(Person person, Household household, LocalDate evaluationDate, string programId, bool trace = false)
    {
        var catalog = Catalog;
        return Facts(person, household, evaluationDate) is { } facts
            ? catalog.Evaluate(facts, evaluationDate, programId, trace)
            : Underivable(catalog, person, household, evaluationDate, programId);
    }

    /// <inheritdoc />
    /// <remarks>Facts that cannot be derived give one <see cref="DecisionOutcome.Error"/> decision per program.</remarks>
    public IReadOnlyList<ProgramDecision> EvaluateAll(Person person, Household household, LocalDate evaluationDate, bool trace = false)
    {
        var catalog = Catalog;
        return Facts(person, household, evaluationDate) is { } facts
            ? catalog.EvaluateAll(facts, evaluationDate, trace)
            : [.. catalog.PersonProgramIds.Select(id => Underivable(catalog, person, household, evaluationDate, id))];
    }

    /// <inheritdoc />
    public int DecideAll(Person person, Household household, LocalDate evaluationDate, Span<ProgramResult> results)
    {
        var catalog = Catalog;
        if (Facts(person, household, evaluationDate) is { } facts)
        {
            return catalog.DecideAll(facts, evaluationDate, results);
        }

        if (results.Length < catalog.PersonProgramIds.Count)
        {
            throw new ArgumentException($"The results need room for {catalog.PersonProgramIds.Count} program(s); {results.Length} given.", nameof(results));
        }

        for (var i = 0; i < catalog.PersonProgramIds.Count; i++)
        {
            results[i] = DecisionMaker.AsResult(Underivable(catalog, person, household, evaluationDate, catalog.PersonProgramIds[i]));
        }

        return catalog.PersonProgramIds.Count;
    }

    /// <inheritdoc />
    /// <remarks>Over a provider, the catalog in service when the call starts.</remarks>
    public ProgramDecision Evaluate(Employer employer, LocalDate evaluationDate, string programId, bool trace = false) =>
        Catalog.Evaluate(EmployerFacts.From(employer, evaluationDate), evaluationDate, programId, trace);

    /// <inheritdoc />
    /// <remarks>Over a provider, every decision comes from the catalog in service when the call starts.</remarks>
    public IReadOnlyList<ProgramDecision> EvaluateAll(Employer employer, LocalDate evaluationDate, bool trace = false) =>
        Catalog.EvaluateAll(EmployerFacts.From(employer, evaluationDate), evaluationDate, trace);

    /// <summary>An evaluator bound to the catalog in service now; this evaluator itself when it was created over one catalog.</summary>
    /// <returns>The bound evaluator.</returns>
    public EligibilityEvaluator Snapshot() => _catalogs is null ? this : new EligibilityEvaluator(_catalogs.Current, County);

    /// <inheritdoc />
    IEligibilityEvaluator IEligibilityEvaluator.Snapshot() => Snapshot();

    private PersonFacts? Facts(Person person, Household household, LocalDate date)
    {
        Guard.Against.Null(person);
        Guard.Against.Null(household);
        return household.Find(person.Id) is null || date < person.BirthDate ? null : PersonFacts.From(person, household, date, County);
    }

    private static DivisionCode CountyLevel(DivisionCode county) =>
        county.IsInitialised && county.IsCountyLevel ? county : throw new ArgumentException("The county must be a county-level division code.", nameof(county));

    private static ProgramDecision Underivable(RuleCatalog catalog, Person person, Household household, LocalDate date, string programId)
    {
        var error = DecisionMessages.FactsUnderivable(programId, person.ToString(), household.Find(person.Id) is null ? DecisionMessages.NotAMember : DecisionMessages.BeforeBirth);
        return new ProgramDecision(programId, catalog.VersionInForce(programId, date), date, DecisionOutcome.Error, errorMessage: error.English, errorMessageZh: error.Chinese);
    }
}
