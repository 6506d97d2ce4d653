using System;
using System.Collections.Immutable;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// One compiled rule: a typed delegate for an expression rule, or an operator over compiled
/// children (RulesEngine's semantics: <c>And</c>/<c>AndAlso</c> pass when every enabled child
/// passes, <c>Or</c>/<c>OrElse</c> when any does, and no enabled child means failure).
/// </summary>
internal sealed class CompiledRule<TFacts>
{
    private readonly ReasonTemplate _reason;
    private readonly ReasonTemplate _reasonZh;
    private readonly Lazy<Func<TFacts, object, bool>>? _condition;

    public CompiledRule(
        string name,
        ReasonTemplate reason,
        ReasonTemplate reasonZh,
        string? reference,
        bool enabled,
        Expression<Func<TFacts, object, bool>>? conditionExpression,
        bool isAnd,
        ImmutableArray<CompiledRule<TFacts>> children,
        ImmutableArray<PropertyInfo> factsRead,
        ImmutableArray<PropertyInfo> parametersRead)
    {
        Name = name;
        _reason = reason;
        _reasonZh = reasonZh;
        Reference = reference;
        Enabled = enabled;
        ConditionExpression = conditionExpression;
        _condition = conditionExpression is null ? null : DeferredDelegate.Of(conditionExpression);
        IsAnd = isAnd;
        Children = children;
        FactsRead = factsRead;
        ParametersRead = parametersRead;
        IsFixedLeaf = conditionExpression is not null && reason.IsFixed && reasonZh.IsFixed;
    }

    public string Name { get; }

    /// <summary>The English reason as written (parameters in braces not filled in).</summary>
    public string Reason => _reason.Text;

    /// <summary>The Chinese reason as written.</summary>
    public string ReasonZh => _reasonZh.Text;

    /// <summary>The English reason, to be filled in with the parameter values in force.</summary>
    public ReasonTemplate ReasonTemplate => _reason;

    /// <summary>The Chinese reason, to be filled in with the parameter values in force.</summary>
    public ReasonTemplate ReasonZhTemplate => _reasonZh;

    /// <summary>Whether this is an expression rule whose reasons name no parameter: it fails the same way every time.</summary>
    public bool IsFixedLeaf { get; }

    /// <summary>A slot for the report of a fixed leaf's failure, built once by whoever reports it.</summary>
    public object? FixedFailure { get; set; }

    public string? Reference { get; }

    public bool Enabled { get; }

    /// <summary>The expression rule's delegate, compiled on first use (<see cref="DeferredDelegate"/>); null for an operator rule.</summary>
    public Func<TFacts, object, bool>? Condition => _condition?.Value;

    public Expression<Func<TFacts, object, bool>>? ConditionExpression { get; }

    public bool IsAnd { get; }

    public ImmutableArray<CompiledRule<TFacts>> Children { get; }

    public ImmutableArray<PropertyInfo> FactsRead { get; }

    public ImmutableArray<PropertyInfo> ParametersRead { get; }

    /// <summary>Evaluates the rule; a run-time failure in an expression propagates.</summary>
    public bool Evaluate(TFacts facts, object parameters)
    {
        if (_condition is not null)
        {
            return _condition.Value(facts, parameters);
        }

        var any = false;
        var all = true;
        var evaluated = false;
        foreach (var child in Children)
        {
            if (!child.Enabled)
            {
                continue;
            }

            evaluated = true;
            var passed = child.Evaluate(facts, parameters);
            any |= passed;
            all &= passed;
        }

        return evaluated && (IsAnd ? all : any);
    }

    /// <summary>
    /// The rule as one boolean expression over the facts and parameter values, for the fused
    /// delegate of a program. Nested rules are combined with the non-short-circuit <c>&amp;</c>
    /// and <c>|</c>, so every enabled child is evaluated (as RulesEngine does), and a run-time
    /// failure anywhere surfaces the same way as on the traced path.
    /// </summary>
    public Expression ToExpression(ParameterExpression facts, ParameterExpression parameters)
    {
        if (ConditionExpression is not null)
        {
            return Expression.Invoke(ConditionExpression, facts, parameters);
        }

        var children = Children.Where(c => c.Enabled).Select(c => c.ToExpression(facts, parameters)).ToList();
        return children.Count == 0
            ? Expression.Constant(false)
            : children.Aggregate(IsAnd ? Expression.And : (Func<Expression, Expression, BinaryExpression>)Expression.Or);
    }
}
