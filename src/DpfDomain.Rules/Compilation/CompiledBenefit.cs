using System;
using System.Linq.Expressions;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Compilation;

/// <summary>A compiled benefit item: its amount and optional condition as typed delegates.</summary>
internal sealed record CompiledBenefit<TFacts>(BenefitDefinition Definition, Func<TFacts, object, decimal> Amount, Func<TFacts, object, bool>? Condition);

/// <summary>A compiled output: its value as a boxed delegate result, and the expression it computes (for the program's fused check of its outputs).</summary>
internal sealed class CompiledOutput<TFacts>(OutputDefinition definition, Func<TFacts, object, object?> value, Expression expression)
{
    /// <summary>The output as written.</summary>
    public OutputDefinition Definition { get; } = definition;

    /// <summary>Computes the value, boxed.</summary>
    public Func<TFacts, object, object?> Value { get; } = value;

    /// <summary>The value's expression over the program's global params, unconverted.</summary>
    public Expression Expression { get; } = expression;
}
