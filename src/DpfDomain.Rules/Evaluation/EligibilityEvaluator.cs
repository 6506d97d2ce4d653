using System;
using System.Collections.Generic;
using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Facts;
using NodaTime;

namespace DpfDomain.Rules.Evaluation;

/// <summary>Evaluates people of one county against a <see cref="RuleCatalog"/>, deriving their facts on each date. Immutable and thread-safe.</summary>
public sealed class EligibilityEvaluator : IEligibilityEvaluator
{
    /// <summary>Creates an evaluator.</summary>
    /// <param name="catalog">The compiled catalog.</param>
    /// <param name="county">The county the catalog is evaluated for (for <see cref="PersonFacts.RegisteredInCounty"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="county"/> is uninitialised or not county-level.</exception>
    public EligibilityEvaluator(RuleCatalog catalog, DivisionCode county)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (!county.IsInitialised || !county.IsCountyLevel)
        {
            throw new ArgumentException("The county must be a county-level division code.", nameof(county));
        }

        Catalog = catalog;
        County = county;
    }

    /// <inheritdoc />
    public RuleCatalog Catalog { get; }

    /// <summary>The county evaluated for.</summary>
    public DivisionCode County { get; }

    /// <inheritdoc />
    public ProgramDecision Evaluate(Person person, Household household, LocalDate evaluationDate, string programId, bool trace = false) =>
        Catalog.Evaluate(PersonFacts.From(person, household, evaluationDate, County), evaluationDate, programId, trace);

    /// <inheritdoc />
    public IReadOnlyList<ProgramDecision> EvaluateAll(Person person, Household household, LocalDate evaluationDate, bool trace = false) =>
        Catalog.EvaluateAll(PersonFacts.From(person, household, evaluationDate, County), evaluationDate, trace);
}
