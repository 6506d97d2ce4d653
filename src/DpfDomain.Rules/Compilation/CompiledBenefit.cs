using System;
using System.Linq.Expressions;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Compilation;

/// <summary>A compiled benefit item: its amount and optional condition as typed delegates.</summary>
internal sealed record CompiledBenefit<TFacts>(BenefitDefinition Definition, Func<TFacts, object, decimal> Amount, Func<TFacts, object, bool>? Condition);

/// <summary>
/// A compiled output: its value as a boxed delegate result for decisions, and, compiled on first
/// use, the same expression evaluated without boxing its value, so that the batch path fails
/// exactly when the decision would without allocating.
/// </summary>
internal sealed class CompiledOutput<TFacts>(OutputDefinition definition, Func<TFacts, object, object?> value, Expression<Action<TFacts, object>> check)
{
    private Action<TFacts, object>? _check;

    /// <summary>The output as written.</summary>
    public OutputDefinition Definition { get; } = definition;

    /// <summary>Computes the value, boxed.</summary>
    public Func<TFacts, object, object?> Value { get; } = value;

    /// <summary>Evaluates the expression and drops its value; throws where <see cref="Value"/> would.</summary>
    public Action<TFacts, object> Check => _check ??= DelegateCompiler.Compile(check);
}
