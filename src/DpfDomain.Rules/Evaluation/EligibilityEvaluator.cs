using System;
using System.Collections.Generic;
using System.Linq;
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
    /// <remarks>Facts that cannot be derived (the date is before the person's birth, or the person is not a member of the household) give an <see cref="DecisionOutcome.Error"/> decision rather than an exception, so that a batch goes on.</remarks>
    public ProgramDecision Evaluate(Person person, Household household, LocalDate evaluationDate, string programId, bool trace = false)
    {
        ArgumentNullException.ThrowIfNull(programId);
        return Facts(person, household, evaluationDate) is { } facts
            ? Catalog.Evaluate(facts, evaluationDate, programId, trace)
            : Underivable(person, household, evaluationDate, programId);
    }

    /// <inheritdoc />
    /// <remarks>Facts that cannot be derived give one <see cref="DecisionOutcome.Error"/> decision per program.</remarks>
    public IReadOnlyList<ProgramDecision> EvaluateAll(Person person, Household household, LocalDate evaluationDate, bool trace = false) =>
        Facts(person, household, evaluationDate) is { } facts
            ? Catalog.EvaluateAll(facts, evaluationDate, trace)
            : [.. Catalog.PersonProgramIds.Select(id => Underivable(person, household, evaluationDate, id))];

    private PersonFacts? Facts(Person person, Household household, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(household);
        return household.Find(person.Id) is null || date < person.BirthDate ? null : PersonFacts.From(person, household, date, County);
    }

    private ProgramDecision Underivable(Person person, Household household, LocalDate date, string programId)
    {
        var (english, chinese) = household.Find(person.Id) is null
            ? ("the person is not a member of the household given", "此人不是所给家庭户的成员")
            : ("the evaluation date is before the person's birth date", "评估日期早于此人的出生日期");
        return new ProgramDecision(
            programId,
            Catalog.VersionInForce(programId, date),
            date,
            DecisionOutcome.Error,
            errorMessage: $"Program {programId}: the facts of {person} cannot be derived: {english}.",
            errorMessageZh: $"项目 {programId}：无法得出 {person} 的事实：{chinese}。");
    }
}
