using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

    public CompiledProgram(ParameterTimeline parameters, ImmutableArray<CompiledRule<TFacts>> rules, ImmutableArray<CompiledBenefit<TFacts>> benefits)
        : base(parameters)
    {
        _rules = rules;
        _benefits = benefits;
    }

    public override Type FactsType => typeof(TFacts);

    public IReadOnlyList<CompiledRule<TFacts>> Rules => _rules;

    /// <summary>
    /// Evaluates every enabled top-level rule through its typed delegate; allocates only the
    /// decision. A run-time failure gives an <see cref="DecisionOutcome.Error"/> decision.
    /// </summary>
    public ProgramDecision Evaluate(ProgramVersion version, TFacts facts, LocalDate date, bool trace)
    {
        var parameters = Parameters.ValuesOn(date);
        if (trace)
        {
            return EvaluateTraced(version, facts, date, parameters);
        }

        var failed = 0UL;
        var current = -1;
        try
        {
            for (current = 0; current < _rules.Length; current++)
            {
                var rule = _rules[current];
                if (rule.Enabled && !rule.Evaluate(facts, parameters))
                {
                    failed |= 1UL << current;
                }
            }

            current = -1;
            return failed == 0
                ? new ProgramDecision(version.Id, version, date, DecisionOutcome.Eligible, Benefits(facts, parameters))
                : new ProgramDecision(version.Id, version, date, DecisionOutcome.NotEligible, failedRules: Failures(failed, facts, parameters));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var where = current >= 0 ? $"rule '{_rules[current].Name}'" : "a benefit amount";
            var whereZh = current >= 0 ? $"规则“{_rules[current].Name}”" : "待遇金额";
            return new ProgramDecision(
                version.Id,
                version,
                date,
                DecisionOutcome.Error,
                errorMessage: $"Program {version.Id} {version.Version}: {where} could not be evaluated: {exception.Message}",
                errorMessageZh: $"项目 {version.Id} {version.Version}：{whereZh}计算出错：{exception.Message}");
        }
    }

    private ProgramDecision EvaluateTraced(ProgramVersion version, TFacts facts, LocalDate date, object parameters)
    {
        var traces = _rules.Select(r => r.Traced(facts, parameters)).ToArray();
        var traceList = traces.Select(t => t.Trace).ToArray();
        var errors = traceList.Where(t => t.Outcome == RuleOutcome.Error).ToArray();
        if (errors.Length > 0)
        {
            return new ProgramDecision(
                version.Id,
                version,
                date,
                DecisionOutcome.Error,
                errorMessage: $"Program {version.Id} {version.Version}: rule '{errors[0].RuleName}' could not be evaluated: {errors[0].Error}",
                errorMessageZh: $"项目 {version.Id} {version.Version}：规则“{errors[0].RuleName}”计算出错：{errors[0].Error}",
                trace: traceList);
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
            return new ProgramDecision(version.Id, version, date, DecisionOutcome.Eligible, Benefits(facts, parameters), trace: traceList);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new ProgramDecision(
                version.Id,
                version,
                date,
                DecisionOutcome.Error,
                errorMessage: $"Program {version.Id} {version.Version}: a benefit amount could not be evaluated: {exception.Message}",
                errorMessageZh: $"项目 {version.Id} {version.Version}：待遇金额计算出错：{exception.Message}",
                trace: traceList);
        }
    }

    private BenefitLine[] Benefits(TFacts facts, object parameters)
    {
        var lines = new List<BenefitLine>(_benefits.Length);
        foreach (var benefit in _benefits)
        {
            if (benefit.Condition is null || benefit.Condition(facts, parameters))
            {
                lines.Add(new BenefitLine(benefit.Definition.Id, benefit.Definition.Name, Money.FromYuan(benefit.Amount(facts, parameters)), benefit.Definition.Period));
            }
        }

        return [.. lines];
    }

    private FailedRule[] Failures(ulong failed, TFacts facts, object parameters)
    {
        var list = new List<FailedRule>();
        for (var i = 0; i < _rules.Length; i++)
        {
            if ((failed & (1UL << i)) != 0)
            {
                list.Add(_rules[i].Failure(facts, parameters));
            }
        }

        return [.. list];
    }
}
