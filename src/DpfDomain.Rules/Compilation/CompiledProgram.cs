using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Linq.Expressions;
using System.Numerics;
using DpfDomain.Rules.Evaluation;
using NodaTime;

namespace DpfDomain.Rules.Compilation;

/// <summary>The compiled rules and benefits of one rule set, independent of the facts type.</summary>
internal abstract class CompiledProgram
{
    protected CompiledProgram(ParameterTimeline parameters) => Parameters = parameters;

    public ParameterTimeline Parameters { get; }

    public abstract Type FactsType { get; }
}

/// <summary>The compiled rules and benefits of one rule set over <typeparamref name="TFacts"/>.</summary>
internal sealed class CompiledProgram<TFacts> : CompiledProgram
{
    private readonly ImmutableArray<CompiledRule<TFacts>> _rules;
    private readonly ImmutableArray<CompiledBenefit<TFacts>> _benefits;
    private readonly Func<TFacts, object, ulong> _failedRules;
    private readonly ImmutableArray<CompiledOutput<TFacts>> _outputs;

    public CompiledProgram(ParameterTimeline parameters, ImmutableArray<CompiledRule<TFacts>> rules, ImmutableArray<CompiledBenefit<TFacts>> benefits, ImmutableArray<CompiledOutput<TFacts>> outputs)
        : base(parameters)
    {
        _rules = rules;
        _benefits = benefits;
        _outputs = outputs;
        _failedRules = Fuse(rules);
    }

    public override Type FactsType => typeof(TFacts);

    public IReadOnlyList<CompiledRule<TFacts>> Rules => _rules;

    /// <summary>The bit mask of failed top-level rules (bit i for rule i), through the fused delegate; throws on a run-time failure.</summary>
    public ulong FailedRuleMask(TFacts facts, object parameters) => _failedRules(facts, parameters);

    /// <summary>
    /// Evaluates every enabled top-level rule through its typed delegate; allocates only the
    /// decision. A run-time failure gives an <see cref="DecisionOutcome.Error"/> decision.
    /// </summary>
    public ProgramDecision Evaluate(ProgramVersion version, TFacts facts, LocalDate date, bool trace, IReadOnlyDictionary<string, object>? overrides = null)
    {
        var parameters = overrides is null or { Count: 0 } ? Parameters.ValuesOn(date) : Parameters.ValuesWith(date, overrides);
        if (trace)
        {
            return EvaluateTraced(version, facts, date, parameters);
        }

        ulong failed;
        try
        {
            failed = _failedRules(facts, parameters);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return RuleError(version, facts, date, parameters, exception);
        }

        if (failed != 0)
        {
            return new ProgramDecision(version.Id, version, date, DecisionOutcome.NotEligible, failedRules: Failures(failed, facts, parameters));
        }

        try
        {
            return new ProgramDecision(version.Id, version, date, DecisionOutcome.Eligible, Benefits(facts, parameters), outputs: Outputs(facts, parameters));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return BenefitError(version, date, exception, null);
        }
    }

    /// <summary>
    /// One delegate for the whole eligibility section: evaluates every enabled top-level rule and
    /// returns a bit mask of the failed ones (bit i for rule i).
    /// </summary>
    private static Func<TFacts, object, ulong> Fuse(ImmutableArray<CompiledRule<TFacts>> rules)
    {
        var facts = Expression.Parameter(typeof(TFacts), "facts");
        var parameters = Expression.Parameter(typeof(object), "parameters");
        Expression mask = Expression.Constant(0UL);
        for (var i = 0; i < rules.Length; i++)
        {
            if (rules[i].Enabled)
            {
                var bit = Expression.Condition(rules[i].ToExpression(facts, parameters), Expression.Constant(0UL), Expression.Constant(1UL << i));
                mask = Expression.Or(mask, bit);
            }
        }

        return Expression.Lambda<Func<TFacts, object, ulong>>(mask, facts, parameters).Compile();
    }

    private ProgramDecision RuleError(ProgramVersion version, TFacts facts, LocalDate date, object parameters, Exception exception)
    {
        foreach (var rule in _rules)
        {
            var (trace, _) = rule.Traced(facts, parameters);
            if (trace.Outcome == RuleOutcome.Error)
            {
                return Error(version, date, trace, null);
            }
        }

        var (english, chinese) = RuntimeErrors.Describe(exception);
        return new ProgramDecision(
            version.Id,
            version,
            date,
            DecisionOutcome.Error,
            errorMessage: $"Program {version.Id} {version.Version}: the rules could not be evaluated: {english}.",
            errorMessageZh: $"项目 {version.Id} {version.Version}：规则计算出错：{chinese}。");
    }

    private static ProgramDecision Error(ProgramVersion version, LocalDate date, RuleTrace failed, IReadOnlyList<RuleTrace>? trace) =>
        new(
            version.Id,
            version,
            date,
            DecisionOutcome.Error,
            errorMessage: $"Program {version.Id} {version.Version}: rule '{failed.RuleName}' could not be evaluated: {failed.Error}.",
            errorMessageZh: $"项目 {version.Id} {version.Version}：规则“{failed.RuleName}”计算出错：{failed.ErrorZh}。",
            trace: trace);

    private static ProgramDecision BenefitError(ProgramVersion version, LocalDate date, Exception exception, IReadOnlyList<RuleTrace>? trace)
    {
        var (english, chinese) = exception is NegativeAmountException negative ? negative.Describe() : RuntimeErrors.Describe(exception);
        return new(
            version.Id,
            version,
            date,
            DecisionOutcome.Error,
            errorMessage: $"Program {version.Id} {version.Version}: a benefit amount could not be evaluated: {english}.",
            errorMessageZh: $"项目 {version.Id} {version.Version}：待遇金额计算出错：{chinese}。",
            trace: trace);
    }

    private ProgramDecision EvaluateTraced(ProgramVersion version, TFacts facts, LocalDate date, object parameters)
    {
        var traces = _rules.Select(r => r.Traced(facts, parameters)).ToArray();
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
            return new ProgramDecision(version.Id, version, date, DecisionOutcome.NotEligible, failedRules: Failures(failed, facts, parameters), trace: traceList);
        }

        try
        {
            return new ProgramDecision(version.Id, version, date, DecisionOutcome.Eligible, Benefits(facts, parameters), trace: traceList, outputs: Outputs(facts, parameters));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return BenefitError(version, date, exception, traceList);
        }
    }

    private BenefitLine[] Benefits(TFacts facts, object parameters)
    {
        var lines = new BenefitLine[_benefits.Length];
        var count = 0;
        foreach (var benefit in _benefits)
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

    private ImmutableDictionary<string, object?>? Outputs(TFacts facts, object parameters)
    {
        if (_outputs.IsEmpty)
        {
            return null;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var output in _outputs)
        {
            builder[output.Definition.Id] = output.Value(facts, parameters);
        }

        return builder.ToImmutable();
    }

    private FailedRule[] Failures(ulong failed, TFacts facts, object parameters)
    {
        var list = new FailedRule[BitOperations.PopCount(failed)];
        var count = 0;
        for (var i = 0; i < _rules.Length; i++)
        {
            if ((failed & (1UL << i)) != 0)
            {
                list[count++] = _rules[i].Failure(facts, parameters);
            }
        }

        return list;
    }
}

/// <summary>A benefit amount came out negative: an error of the rule set, never a payment.</summary>
internal sealed class NegativeAmountException(string benefitId) : Exception($"The amount of benefit '{benefitId}' is negative.")
{
    public (string English, string Chinese) Describe() =>
        ($"the amount of benefit '{benefitId}' is negative", $"待遇“{benefitId}”的金额为负数");
}
