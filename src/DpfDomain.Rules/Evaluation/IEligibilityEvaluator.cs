using System.Collections.Generic;
using DpfDomain.Employers;
using DpfDomain.People;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Facts;
using NodaTime;

namespace DpfDomain.Rules.Evaluation;

/// <summary>Evaluates people against the rule catalog for one county. Implementations are thread-safe.</summary>
public interface IEligibilityEvaluator
{
    /// <summary>The catalog evaluated against.</summary>
    RuleCatalog Catalog { get; }

    /// <summary>Evaluates one program for a household member on a date.</summary>
    /// <param name="person">The person.</param>
    /// <param name="household">The person's household.</param>
    /// <param name="evaluationDate">The evaluation date.</param>
    /// <param name="programId">The program id.</param>
    /// <param name="trace">Whether to record each rule's outcome and the facts it read.</param>
    /// <returns>The decision.</returns>
    ProgramDecision Evaluate(Person person, Household household, LocalDate evaluationDate, string programId, bool trace = false);

    /// <summary>Evaluates every program for a household member on a date.</summary>
    /// <param name="person">The person.</param>
    /// <param name="household">The person's household.</param>
    /// <param name="evaluationDate">The evaluation date.</param>
    /// <param name="trace">Whether to record traces.</param>
    /// <returns>One decision per program.</returns>
    IReadOnlyList<ProgramDecision> EvaluateAll(Person person, Household household, LocalDate evaluationDate, bool trace = false);

    /// <summary>
    /// The batch path: decides every person program for a household member on a date and writes
    /// one <see cref="ProgramResult"/> per program, in <see cref="RuleCatalog.PersonProgramIds"/>
    /// order, into <paramref name="results"/> (outcome, amounts per period, failed rules as a bit
    /// mask; no reasons or trace: <see cref="Evaluate(Person, Household, LocalDate, string, bool)"/>
    /// gives those and decides the same). The default implementation converts
    /// <see cref="EvaluateAll(Person, Household, LocalDate, bool)"/>; <see cref="EligibilityEvaluator"/>
    /// evaluates without allocating a decision.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <param name="household">The person's household.</param>
    /// <param name="evaluationDate">The evaluation date.</param>
    /// <param name="results">Where the results go; at least <see cref="RuleCatalog.PersonProgramIds"/>.Count long.</param>
    /// <returns>The number of results written.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="person"/> or <paramref name="household"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="results"/> is too short.</exception>
    int DecideAll(Person person, Household household, LocalDate evaluationDate, System.Span<ProgramResult> results)
    {
        var decisions = EvaluateAll(person, household, evaluationDate);
        if (results.Length < decisions.Count)
        {
            throw new System.ArgumentException($"The results need room for {decisions.Count} program(s); {results.Length} given.", nameof(results));
        }

        for (var i = 0; i < decisions.Count; i++)
        {
            results[i] = ProgramResult.Of(decisions[i]);
        }

        return decisions.Count;
    }

    /// <summary>Evaluates one employer program (the employment security fund levy, <c>P9</c> in the reference catalog) for an employer on a date.</summary>
    /// <param name="employer">The employer.</param>
    /// <param name="evaluationDate">The evaluation date (the levy year's date).</param>
    /// <param name="programId">The program id.</param>
    /// <param name="trace">Whether to record each rule's outcome and the facts it read.</param>
    /// <returns>The decision: <see cref="DecisionOutcome.Eligible"/> means an amount is due, <see cref="ProgramDecision.Totals"/> (per period).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="employer"/> or <paramref name="programId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such program.</exception>
    /// <exception cref="System.ArgumentException">The program is evaluated for people, not employers.</exception>
    ProgramDecision Evaluate(Employer employer, LocalDate evaluationDate, string programId, bool trace = false) =>
        Catalog.Evaluate(EmployerFacts.From(employer, evaluationDate), evaluationDate, programId, trace);

    /// <summary>Evaluates every employer program (the levy) for an employer on a date.</summary>
    /// <param name="employer">The employer.</param>
    /// <param name="evaluationDate">The evaluation date (the levy year's date).</param>
    /// <param name="trace">Whether to record traces.</param>
    /// <returns>One decision per program in <see cref="RuleCatalog.EmployerProgramIds"/>, in that order; empty when the catalog has none.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="employer"/> is null.</exception>
    IReadOnlyList<ProgramDecision> EvaluateAll(Employer employer, LocalDate evaluationDate, bool trace = false) =>
        Catalog.EvaluateAll(EmployerFacts.From(employer, evaluationDate), evaluationDate, trace);

    /// <summary>
    /// An evaluator bound to the catalog in service now, for a batch whose decisions must all come
    /// from one catalog even if the rules are reloaded meanwhile. An evaluator whose catalog never
    /// changes returns itself.
    /// </summary>
    /// <returns>The bound evaluator.</returns>
    IEligibilityEvaluator Snapshot() => this;
}
