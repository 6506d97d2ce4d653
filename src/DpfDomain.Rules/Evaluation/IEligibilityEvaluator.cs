using System.Collections.Generic;
using DpfDomain.People;
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
    /// An evaluator bound to the catalog in service now, for a batch whose decisions must all come
    /// from one catalog even if the rules are reloaded meanwhile. An evaluator whose catalog never
    /// changes returns itself.
    /// </summary>
    /// <returns>The bound evaluator.</returns>
    IEligibilityEvaluator Snapshot() => this;
}
