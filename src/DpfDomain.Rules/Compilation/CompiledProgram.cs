using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Linq.Expressions;

namespace DpfDomain.Rules.Compilation;

/// <summary>The compiled rules and benefits of one rule set, independent of the facts type.</summary>
internal abstract class CompiledProgram
{
    protected CompiledProgram(ParameterTimeline parameters) => Parameters = parameters;

    public ParameterTimeline Parameters { get; }

    public abstract Type FactsType { get; }

    /// <summary>The names of the top-level rules, in file order: bit i of a failed-rule mask is rule i.</summary>
    public abstract IReadOnlyList<string> RuleNames { get; }
}

/// <summary>The compiled rules and benefits of one rule set over <typeparamref name="TFacts"/>.</summary>
internal sealed class CompiledProgram<TFacts> : CompiledProgram
{
    private readonly ImmutableArray<CompiledRule<TFacts>> _rules;
    private readonly ImmutableArray<CompiledBenefit<TFacts>> _benefits;
    private readonly Lazy<Func<TFacts, object, ulong>> _failedRules;
    private readonly ImmutableArray<CompiledOutput<TFacts>> _outputs;
    private readonly Lazy<Action<TFacts, object>>? _outputsCheck;

    public CompiledProgram(ParameterTimeline parameters, ImmutableArray<CompiledRule<TFacts>> rules, ImmutableArray<CompiledBenefit<TFacts>> benefits, ImmutableArray<CompiledOutput<TFacts>> outputs, Expression<Action<TFacts, object>>? outputsCheck = null)
        : base(parameters)
    {
        _outputsCheck = outputsCheck is null ? null : DeferredDelegate.Of(outputsCheck);
        _rules = rules;
        _benefits = benefits;
        _outputs = outputs;
        _failedRules = DeferredDelegate.Of(Fuse(rules));
        RuleNames = [.. rules.Select(r => r.Name)];
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> RuleNames { get; }

    /// <summary>Evaluates every output and drops the values (one delegate, the global params computed once); throws where an output's value would.</summary>
    public void CheckOutputs(TFacts facts, object parameters) => _outputsCheck?.Value(facts, parameters);

    public override Type FactsType => typeof(TFacts);

    public IReadOnlyList<CompiledRule<TFacts>> Rules => _rules;

    /// <summary>The bit mask of failed top-level rules (bit i for rule i), through the fused delegate; throws on a run-time failure.</summary>
    public ulong FailedRuleMask(TFacts facts, object parameters) => _failedRules.Value(facts, parameters);

    /// <summary>The compiled benefit items, in file order.</summary>
    public ImmutableArray<CompiledBenefit<TFacts>> Benefits => _benefits;

    /// <summary>The compiled outputs, in file order.</summary>
    public ImmutableArray<CompiledOutput<TFacts>> Outputs => _outputs;

    /// <summary>
    /// One delegate for the whole eligibility section: evaluates every enabled top-level rule and
    /// returns a bit mask of the failed ones (bit i for rule i). Built at load, compiled on first use.
    /// </summary>
    private static Expression<Func<TFacts, object, ulong>> Fuse(ImmutableArray<CompiledRule<TFacts>> rules)
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

        return Expression.Lambda<Func<TFacts, object, ulong>>(mask, facts, parameters);
    }
}
