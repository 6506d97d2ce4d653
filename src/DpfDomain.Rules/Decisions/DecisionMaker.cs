using System;
using Ardalis.GuardClauses;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using DpfDomain.Rules.Compilation;
using NodaTime;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Decisions;

/// <summary>
/// Builds the decision of one program for one subject on one date from what the compiled program
/// computes: the mask of failed rules, the amounts, the outputs, the traces. A run-time failure
/// gives an <see cref="DecisionOutcome.Error"/> decision.
/// </summary>
internal static class DecisionMaker
{
    /// <summary>
    /// Evaluates every enabled top-level rule through its typed delegate; allocates only the
    /// decision. A run-time failure gives an <see cref="DecisionOutcome.Error"/> decision.
    /// </summary>
    public static ProgramDecision Evaluate<TFacts>(CompiledProgram<TFacts> program, ProgramVersion version, TFacts facts, LocalDate date, bool trace, IReadOnlyDictionary<string, object>? overrides = null)
    {
        var parameters = overrides is null or { Count: 0 } ? program.Parameters.ValuesOn(date) : program.Parameters.ValuesWith(date, overrides);
        if (trace)
        {
            return EvaluateTraced(program, version, facts, date, parameters);
        }

        ulong failed;
        try
        {
            failed = program.FailedRuleMask(facts, parameters);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return RuleError(program, version, facts, date, parameters, exception);
        }

        if (failed != 0)
        {
            return new ProgramDecision(version.Id, version, date, DecisionOutcome.NotEligible, failedRules: Failures(program, failed, facts, parameters));
        }

        try
        {
            return new ProgramDecision(version.Id, version, date, DecisionOutcome.Eligible, Benefits(program, facts, parameters), outputs: Outputs(program, facts, parameters));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return BenefitError(version, date, exception, null);
        }
    }

    /// <summary>
    /// The batch path: the same outcome, amounts and failed rules as <see cref="Evaluate{TFacts}"/>
    /// without reasons, outputs or trace, allocating nothing unless the decision is an error (which
    /// is then made by the explaining path, so its message is the same).
    /// </summary>
    public static ProgramResult Decide<TFacts>(CompiledProgram<TFacts> program, ProgramVersion version, TFacts facts, LocalDate date, object parameters)
    {
        ulong failed;
        try
        {
            failed = program.FailedRuleMask(facts, parameters);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return AsResult(RuleError(program, version, facts, date, parameters, exception));
        }

        if (failed != 0)
        {
            return new ProgramResult(version.Id, version, DecisionOutcome.NotEligible, failed);
        }

        try
        {
            var totals = PeriodTotals.Empty;
            var inKind = 0;
            foreach (var benefit in program.Benefits)
            {
                if (benefit.Condition is null || benefit.Condition(facts, parameters))
                {
                    var amount = Money.FromYuan(benefit.Amount(facts, parameters));
                    if (amount < Money.Zero)
                    {
                        throw new NegativeAmountException(benefit.Definition.Id);
                    }

                    totals = totals.Add(new PeriodAmount(amount, benefit.Definition.Period));
                    inKind += benefit.Definition.Period == Model.BenefitPeriod.InKind ? 1 : 0;
                }
            }

            program.CheckOutputs(facts, parameters);

            return new ProgramResult(version.Id, version, DecisionOutcome.Eligible, 0, totals, inKind);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return AsResult(BenefitError(version, date, exception, null));
        }
    }

    /// <summary>A decision of the explaining path as a batch result (for errors, which are rare and may allocate).</summary>
    public static ProgramResult AsResult(ProgramDecision decision)
    {
        Guard.Against.Null(decision);
        var mask = 0UL;
        if (decision.FailedRules.Count > 0 && decision.Version is { } version)
        {
            for (var i = 0; i < version.RuleNames.Count; i++)
            {
                foreach (var failed in decision.FailedRules)
                {
                    mask |= string.Equals(failed.RuleName, version.RuleNames[i], StringComparison.Ordinal) ? 1UL << i : 0;
                }
            }
        }

        var inKind = 0;
        foreach (var line in decision.Benefits)
        {
            inKind += line.Period == Model.BenefitPeriod.InKind ? 1 : 0;
        }

        return new ProgramResult(decision.ProgramId, decision.Version, decision.Outcome, mask, decision.Totals, inKind, decision.ErrorMessage, decision.ErrorMessageZh);
    }

    private static ProgramDecision RuleError<TFacts>(CompiledProgram<TFacts> program, ProgramVersion version, TFacts facts, LocalDate date, object parameters, Exception exception)
    {
        foreach (var rule in program.Rules)
        {
            var (trace, _) = RuleReports.Traced(rule, facts, parameters);
            if (trace.Outcome == RuleOutcome.Error)
            {
                return Error(version, date, trace, null);
            }
        }

        var error = DecisionMessages.RulesFailed(version.Id, version.Version, RuntimeErrors.Describe(exception));
        return new ProgramDecision(version.Id, version, date, DecisionOutcome.Error, errorMessage: error.English, errorMessageZh: error.Chinese);
    }

    private static ProgramDecision Error(ProgramVersion version, LocalDate date, RuleTrace failed, IReadOnlyList<RuleTrace>? trace)
    {
        var error = DecisionMessages.RuleFailed(version.Id, version.Version, failed.RuleName, failed.Error, failed.ErrorZh);
        return new(version.Id, version, date, DecisionOutcome.Error, errorMessage: error.English, errorMessageZh: error.Chinese, trace: trace);
    }

    private static ProgramDecision BenefitError(ProgramVersion version, LocalDate date, Exception exception, IReadOnlyList<RuleTrace>? trace)
    {
        var error = DecisionMessages.AmountFailed(version.Id, version.Version, exception is NegativeAmountException negative ? negative.Describe() : RuntimeErrors.Describe(exception));
        return new(version.Id, version, date, DecisionOutcome.Error, errorMessage: error.English, errorMessageZh: error.Chinese, trace: trace);
    }

    private static ProgramDecision EvaluateTraced<TFacts>(CompiledProgram<TFacts> program, ProgramVersion version, TFacts facts, LocalDate date, object parameters)
    {
        var traces = program.Rules.Select(r => RuleReports.Traced(r, facts, parameters)).ToArray();
        var traceList = traces.Select(t => t.Trace).ToArray();
        var error = traceList.FirstOrDefault(t => t.Outcome == RuleOutcome.Error);
        if (error is not null)
        {
            return Error(version, date, error, traceList);
        }

        var failed = 0UL;
        for (var i = 0; i < traces.Length; i++)
        {
            if (traces[i].Passed == false)
            {
                failed |= 1UL << i;
            }
        }

        if (failed != 0)
        {
            return new ProgramDecision(version.Id, version, date, DecisionOutcome.NotEligible, failedRules: Failures(program, failed, facts, parameters), trace: traceList);
        }

        try
        {
            return new ProgramDecision(version.Id, version, date, DecisionOutcome.Eligible, Benefits(program, facts, parameters), trace: traceList, outputs: Outputs(program, facts, parameters));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return BenefitError(version, date, exception, traceList);
        }
    }

    private static BenefitLine[] Benefits<TFacts>(CompiledProgram<TFacts> program, TFacts facts, object parameters)
    {
        var lines = new BenefitLine[program.Benefits.Length];
        var count = 0;
        foreach (var benefit in program.Benefits)
        {
            if (benefit.Condition is null || benefit.Condition(facts, parameters))
            {
                var amount = Money.FromYuan(benefit.Amount(facts, parameters));
                if (amount < Money.Zero)
                {
                    throw new NegativeAmountException(benefit.Definition.Id);
                }

                lines[count++] = new BenefitLine(benefit.Definition.Id, benefit.Definition.Name, amount, benefit.Definition.Unit, benefit.Definition.Period);
            }
        }

        return count == lines.Length ? lines : lines[..count];
    }

    private static ImmutableDictionary<string, object?>? Outputs<TFacts>(CompiledProgram<TFacts> program, TFacts facts, object parameters)
    {
        if (program.Outputs.IsEmpty)
        {
            return null;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var output in program.Outputs)
        {
            builder[output.Definition.Id] = output.Value(facts, parameters);
        }

        return builder.ToImmutable();
    }

    private static FailedRule[] Failures<TFacts>(CompiledProgram<TFacts> program, ulong failed, TFacts facts, object parameters)
    {
        var list = new FailedRule[BitOperations.PopCount(failed)];
        var count = 0;
        for (var i = 0; i < program.Rules.Count; i++)
        {
            if ((failed & (1UL << i)) != 0)
            {
                list[count++] = RuleReports.Failure(program.Rules[i], facts, parameters);
            }
        }

        return list;
    }
}

/// <summary>A benefit amount came out negative: an error of the rule set, never a payment.</summary>
internal sealed class NegativeAmountException(string benefitId) : Exception($"The amount of benefit '{benefitId}' is negative.")
{
    public BilingualText Describe() => DecisionMessages.NegativeAmount(benefitId);
}
