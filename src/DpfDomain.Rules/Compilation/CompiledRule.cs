using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using DpfDomain.Rules.Evaluation;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// One compiled rule: a typed delegate for an expression rule, or an operator over compiled
/// children (RulesEngine's semantics: <c>And</c>/<c>AndAlso</c> pass when every enabled child
/// passes, <c>Or</c>/<c>OrElse</c> when any does, and no enabled child means failure).
/// </summary>
internal sealed class CompiledRule<TFacts>
{
    private readonly FailedRule? _leafFailure;
    private readonly ReasonTemplate _reason;
    private readonly ReasonTemplate _reasonZh;

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
        Condition = conditionExpression?.Compile();
        IsAnd = isAnd;
        Children = children;
        FactsRead = factsRead;
        ParametersRead = parametersRead;
        // A leaf whose reasons name no parameter fails the same way every time: built once.
        _leafFailure = conditionExpression is null || !reason.IsFixed || !reasonZh.IsFixed
            ? null
            : new FailedRule(name, reason.Render(null, chinese: false), reasonZh.Render(null, chinese: true), reference, []);
    }

    public string Name { get; }

    /// <summary>The English reason as written (parameters in braces not filled in).</summary>
    public string Reason => _reason.Text;

    /// <summary>The Chinese reason as written.</summary>
    public string ReasonZh => _reasonZh.Text;

    public string? Reference { get; }

    public bool Enabled { get; }

    public Func<TFacts, object, bool>? Condition { get; }

    public Expression<Func<TFacts, object, bool>>? ConditionExpression { get; }

    public bool IsAnd { get; }

    public ImmutableArray<CompiledRule<TFacts>> Children { get; }

    public ImmutableArray<PropertyInfo> FactsRead { get; }

    public ImmutableArray<PropertyInfo> ParametersRead { get; }

    /// <summary>Evaluates the rule; a run-time failure in an expression propagates.</summary>
    public bool Evaluate(TFacts facts, object parameters)
    {
        if (Condition is not null)
        {
            return Condition(facts, parameters);
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

    /// <summary>The failed-rule report of this rule (called only when it failed).</summary>
    public FailedRule Failure(TFacts facts, object parameters)
    {
        if (_leafFailure is not null)
        {
            return _leafFailure;
        }

        var failed = new FailedRule[Children.Length];
        var count = 0;
        foreach (var child in Children)
        {
            if (child.Enabled && !SafeEvaluate(child, facts, parameters))
            {
                failed[count++] = child.Failure(facts, parameters);
            }
        }

        return new FailedRule(Name, _reason.Render(parameters, chinese: false), _reasonZh.Render(parameters, chinese: true), Reference, count == failed.Length ? failed : failed[..count]);
    }

    /// <summary>Evaluates with a full trace, catching run-time failures per rule.</summary>
    public (RuleTrace Trace, bool? Passed) Traced(TFacts facts, object parameters)
    {
        var factValues = FactsRead.Select(p => new KeyValuePair<string, string>(p.Name, ValueText.Format(p.GetValue(facts), quoteText: true))).ToArray();
        var parameterValues = ParametersRead.Select(p => new KeyValuePair<string, string>(p.Name, ValueText.Format(p.GetValue(parameters), quoteText: true))).ToArray();
        if (!Enabled)
        {
            return (new RuleTrace(Name, RuleOutcome.Skipped, null, null, factValues, parameterValues, []), null);
        }

        if (Condition is not null)
        {
            try
            {
                var passed = Condition(facts, parameters);
                return (new RuleTrace(Name, passed ? RuleOutcome.Passed : RuleOutcome.Failed, null, null, factValues, parameterValues, []), passed);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                var (english, chinese) = RuntimeErrors.Describe(exception);
                return (new RuleTrace(Name, RuleOutcome.Error, english, chinese, factValues, parameterValues, []), false);
            }
        }

        var children = Children.Select(c => c.Traced(facts, parameters)).ToArray();
        var enabled = children.Where(c => c.Passed is not null).ToArray();
        var failedChild = enabled.Select(c => c.Trace).FirstOrDefault(t => t.Outcome == RuleOutcome.Error);
        var result = enabled.Length > 0 && (IsAnd ? enabled.All(c => c.Passed == true) : enabled.Any(c => c.Passed == true));
        var outcome = failedChild is not null ? RuleOutcome.Error : result ? RuleOutcome.Passed : RuleOutcome.Failed;
        return (
            new RuleTrace(
                Name,
                outcome,
                failedChild is null ? null : $"in nested rule '{failedChild.RuleName}': {failedChild.Error}",
                failedChild is null ? null : $"嵌套规则“{failedChild.RuleName}”：{failedChild.ErrorZh}",
                factValues,
                parameterValues,
                [.. children.Select(c => c.Trace)]),
            result && failedChild is null);
    }

    private static bool SafeEvaluate(CompiledRule<TFacts> rule, TFacts facts, object parameters)
    {
        try
        {
            return rule.Evaluate(facts, parameters);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return false;
        }
    }
}
