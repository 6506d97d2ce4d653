using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Model;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// Compiles the expressions of a checked rule set into typed delegates
/// (<c>Func&lt;TFacts, object, bool&gt;</c> per rule), reporting every expression problem with
/// its file position. Scoped params (RulesEngine's GlobalParams and LocalParams) become block
/// variables assigned in order before the condition, as RulesEngine evaluates them.
/// </summary>
internal sealed partial class ProgramCompiler<TFacts>
{
    private readonly ExpressionCompiler _expressions;
    private readonly DiagnosticBag _bag;
    private readonly ParameterTimeline _parameters;

    public ProgramCompiler(string factsName, ParameterTimeline parameters, DiagnosticBag bag, IReadOnlyList<(string Name, string Chinese, string English)>? parameterMeanings = null)
    {
        _parameters = parameters;
        _bag = bag;
        _expressions = new ExpressionCompiler(typeof(TFacts), factsName, parameters, parameterMeanings);
    }

    public CompiledProgram<TFacts>? Compile(RuleSetDocument document)
    {
        var before = _bag.Items.Count;
        var globals = CompileScoped(document.Eligibility.GlobalParams, [], null);
        if (globals is null)
        {
            return null;
        }

        // A null item of a list was reported by the shape check: it is skipped here, and the
        // program is not built (the file has a problem), but the other items are still compiled
        // so that their problems are reported too.
        var rules = Items(document.Eligibility.Rules, rule => CompileRule(rule, globals));
        var benefits = Items(document.Benefits, benefit => CompileBenefit(benefit, globals));
        var outputs = Items(document.Outputs, output => CompileOutput(output, globals));
        if (_bag.Items.Count > before || rules is null || benefits is null || outputs is null)
        {
            return null;
        }

        // The batch path evaluates every output of an eligible decision only to fail where the
        // decision would: one delegate for all of them, the global params computed once.
        var outputsCheck = outputs.Value.IsEmpty ? null : Action(Expression.Block(typeof(void), outputs.Value.Select(o => o.Expression)), globals);
        return new CompiledProgram<TFacts>(_parameters, rules.Value, benefits.Value, outputs.Value, outputsCheck);
    }

    /// <summary>Compiles each item of a list; <see langword="null"/> when an item is null or does not compile.</summary>
    private static ImmutableArray<TCompiled>? Items<TItem, TCompiled>(IReadOnlyList<TItem?> items, Func<TItem, TCompiled?> compile)
        where TItem : class
        where TCompiled : class
    {
        var compiled = ImmutableArray.CreateBuilder<TCompiled>(items.Count);
        var complete = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item && compile(item) is { } result)
            {
                compiled.Add(result);
            }
            else
            {
                complete = false;
            }
        }

        return complete ? compiled.MoveToImmutable() : null;
    }

    private CompiledRule<TFacts>? CompileRule(RuleDefinition rule, IReadOnlyList<(ParameterExpression Variable, Expression Value)> inherited)
    {
        var node = rule.Source;
        var compiledScope = CompileScoped(rule.LocalParams, inherited, rule.RuleName);
        var scopeFailed = compiledScope is null;
        var scope = compiledScope ?? [];
        Expression<Func<TFacts, object, bool>>? condition = null;
        ImmutableArray<PropertyInfo> factsRead = [];
        ImmutableArray<PropertyInfo> parametersRead = [];
        var children = ImmutableArray<CompiledRule<TFacts>>.Empty;
        if (rule.Operator is null && rule.Expression is not null && !scopeFailed)
        {
            var body = Parse(rule.Expression ?? string.Empty, node.Get("Expression"), scope, typeof(bool), rule.RuleName);
            if (body is not null)
            {
                condition = Lambda<bool>(body, scope);
                (factsRead, parametersRead) = Reads(condition);
            }
        }
        else if (rule.Operator is not null && !scopeFailed)
        {
            children = [.. (rule.Rules ?? []).Select((child, i) => child is null ? null : CompileRule(child, scope)).OfType<CompiledRule<TFacts>>()];
            (factsRead, parametersRead) = ([.. children.SelectMany(c => c.FactsRead).Distinct()], [.. children.SelectMany(c => c.ParametersRead).Distinct()]);
        }

        return new CompiledRule<TFacts>(
            rule.RuleName,
            Reason(rule.ErrorMessage, node.Get("ErrorMessage"), rule.RuleName),
            Reason(rule.Properties.ErrorMessageZh, node.Get("Properties").Get("ErrorMessageZh"), rule.RuleName),
            rule.Properties.Reference,
            rule.Enabled,
            condition,
            rule.Operator is "And" or "AndAlso",
            children,
            factsRead,
            parametersRead);
    }

    /// <summary>Reads a failure reason, reporting a parameter name in braces that the rule set does not declare.</summary>
    private ReasonTemplate Reason(string? text, SourceNode node, string ruleName)
    {
        var template = ReasonTemplate.Parse(text, _parameters.Type, out var problem);
        if (problem is { } p)
        {
            _bag.Report(ExpressionMessages.ReasonNamesNoParameter(ruleName, p), node.Position, ruleName);
        }

        return template;
    }

    private CompiledBenefit<TFacts>? CompileBenefit(BenefitDefinition benefit, IReadOnlyList<(ParameterExpression Variable, Expression Value)> scope)
    {
        var node = benefit.Source;
        Func<TFacts, object, bool>? condition = null;
        if (benefit.Condition is not null && Parse(benefit.Condition, node.Get("Condition"), scope, typeof(bool), null) is { } test)
        {
            condition = DeferredDelegate.Calling(Lambda<bool>(test, scope));
        }

        var amount = Parse(benefit.Amount, node.Get("Amount"), scope, null, null);
        if (amount is null)
        {
            return null;
        }

        if (amount.Type != typeof(decimal) && amount.Type != typeof(int) && amount.Type != typeof(long))
        {
            var binary = amount.Type == typeof(double) || amount.Type == typeof(float);
            _bag.Report(ExpressionMessages.AmountNotDecimal(Loading.IsoDates.Echo(benefit.Id), amount.Type.Name, binary), node.Get("Amount").Position);
            return null;
        }

        if (IntegerDivision.Find(amount, scope))
        {
            _bag.Report(ExpressionMessages.AmountDividesWholeNumbers(Loading.IsoDates.Echo(benefit.Id)), node.Get("Amount").Position);
            return null;
        }

        var value = amount.Type == typeof(decimal) ? amount : Expression.Convert(amount, typeof(decimal));
        return new CompiledBenefit<TFacts>(benefit, DeferredDelegate.Calling(Lambda<decimal>(value, scope)), condition);
    }

    /// <summary>Compiles scoped params in order; <see langword="null"/> when one fails (its problem is reported once).</summary>
    /// <summary>One value: text, a number or a yes/no (possibly missing) — not a list, and not a whole facts or parameters object.</summary>
    private static bool IsSingleValue(Type type) => type == typeof(string) || type.IsValueType;

    private CompiledOutput<TFacts>? CompileOutput(OutputDefinition output, IReadOnlyList<(ParameterExpression Variable, Expression Value)> scope)
    {
        var node = output.Source;
        var value = Parse(output.Expression, node.Get("Expression"), scope, null, null);
        if (value is null)
        {
            return null;
        }

        if (!IsSingleValue(value.Type))
        {
            _bag.Report(ExpressionMessages.OutputNotOneValue(Loading.IsoDates.Echo(output.Id)), node.Get("Expression").Position);
            return null;
        }

        return new CompiledOutput<TFacts>(output, DeferredDelegate.Calling(Lambda<object?>(Expression.Convert(value, typeof(object)), scope)), value);
    }

    private List<(ParameterExpression Variable, Expression Value)>? CompileScoped(
        IReadOnlyList<ScopedParamDefinition?>? scoped,
        IReadOnlyList<(ParameterExpression Variable, Expression Value)> inherited,
        string? ruleName)
    {
        var scope = new List<(ParameterExpression Variable, Expression Value)>(inherited);
        for (var i = 0; i < (scoped?.Count ?? 0); i++)
        {
            if (scoped?[i] is not { } param)
            {
                return null; // a null item, reported by the shape check
            }

            var name = param.Name;
            if (!ScopedName().IsMatch(name) || name is "Person" or "Parameters" || scope.Any(s => string.Equals(s.Variable.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                // Reported by the document check; compiling on would only repeat it.
                return null;
            }

            var expressionNode = param.Source.Get("Expression");
            var value = Parse(param.Expression, expressionNode, scope, null, ruleName);
            if (value is null)
            {
                return null;
            }

            if (!IsSingleValue(value.Type))
            {
                _bag.Report(ExpressionMessages.ScopedParamNotOneValue(name), expressionNode.Position, ruleName);
                return null;
            }

            scope.Add((Expression.Variable(value.Type, name), value));
        }

        return scope;
    }

    private Expression? Parse(string text, SourceNode node, IReadOnlyList<(ParameterExpression Variable, Expression Value)> scope, Type? returnType, string? ruleName)
    {
        var body = _expressions.Parse(text, [.. scope.Select(s => s.Variable)], returnType, out var problem);
        if (problem is not null)
        {
            foreach (var one in (IEnumerable<ExpressionProblem>)[problem, .. problem.Also])
            {
                var position = one.Offset is { } offset ? node.PositionInString(offset) : node.Position;
                _bag.Report(one.Message, position, ruleName);
            }
        }

        return body;
    }

    private Expression<Func<TFacts, object, TResult>> Lambda<TResult>(Expression body, IReadOnlyList<(ParameterExpression Variable, Expression Value)> scope)
    {
        var statements = new List<Expression> { Expression.Assign(_expressions.Parameters, Expression.Convert(_expressions.RawParameters, _expressions.Parameters.Type)) };
        statements.AddRange(scope.Select(s => (Expression)Expression.Assign(s.Variable, s.Value)));
        statements.Add(body);
        var block = Expression.Block(typeof(TResult), [_expressions.Parameters, .. scope.Select(s => s.Variable)], statements);
        var invariant = CultureInvariance.Instance.Visit(CheckedArithmetic.Instance.Visit(block));
        return Expression.Lambda<Func<TFacts, object, TResult>>(QueryBudget.Apply(invariant), _expressions.Facts, _expressions.RawParameters);
    }

    /// <summary>The same lambda as <see cref="Lambda{TResult}"/>, with the value of <paramref name="body"/> dropped: it runs and throws alike, but boxes nothing.</summary>
    private Expression<Action<TFacts, object>> Action(Expression body, IReadOnlyList<(ParameterExpression Variable, Expression Value)> scope)
    {
        var statements = new List<Expression> { Expression.Assign(_expressions.Parameters, Expression.Convert(_expressions.RawParameters, _expressions.Parameters.Type)) };
        statements.AddRange(scope.Select(s => (Expression)Expression.Assign(s.Variable, s.Value)));
        statements.Add(body);
        var block = Expression.Block(typeof(void), [_expressions.Parameters, .. scope.Select(s => s.Variable)], statements);
        var invariant = CultureInvariance.Instance.Visit(CheckedArithmetic.Instance.Visit(block));
        return Expression.Lambda<Action<TFacts, object>>(QueryBudget.Apply(invariant), _expressions.Facts, _expressions.RawParameters);
    }

    private (ImmutableArray<PropertyInfo> Facts, ImmutableArray<PropertyInfo> Parameters) Reads(Expression expression)
    {
        var reads = new ReadCollector(_expressions.Facts, _expressions.Parameters);
        reads.Visit(expression);
        return ([.. reads.Facts.OrderBy(p => p.MetadataToken)], [.. reads.Parameters.OrderBy(p => p.Name, StringComparer.Ordinal)]);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,63}$")]
    private static partial System.Text.RegularExpressions.Regex ScopedName();

    /// <summary>Finds a division of whole numbers, which silently drops the fraction of an amount, in the amount or in the scoped params it uses.</summary>
    private sealed class IntegerDivision : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, Expression> _scope;
        private readonly HashSet<ParameterExpression> _visited = [];
        private bool _found;

        private IntegerDivision(IReadOnlyList<(ParameterExpression Variable, Expression Value)> scope) =>
            _scope = scope.ToDictionary(s => s.Variable, s => s.Value);

        public static bool Find(Expression expression, IReadOnlyList<(ParameterExpression Variable, Expression Value)> scope)
        {
            var visitor = new IntegerDivision(scope);
            visitor.Visit(expression);
            return visitor._found;
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            _found |= node.NodeType == ExpressionType.Divide && Type.GetTypeCode(node.Type) is >= TypeCode.SByte and <= TypeCode.UInt64;
            return base.VisitBinary(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (_scope.TryGetValue(node, out var value) && _visited.Add(node))
            {
                Visit(value);
            }

            return node;
        }
    }

    /// <summary>Makes whole-number arithmetic checked, so an overflow is a run-time error rather than a silently wrapped number.</summary>
    private sealed class CheckedArithmetic : ExpressionVisitor
    {
        public static readonly CheckedArithmetic Instance = new();

        protected override Expression VisitBinary(BinaryExpression node)
        {
            var left = Visit(node.Left);
            var right = Visit(node.Right);
            if (node.Method is null && Type.GetTypeCode(node.Type) is >= TypeCode.SByte and <= TypeCode.UInt64)
            {
                switch (node.NodeType)
                {
                    case ExpressionType.Add:
                        return Expression.AddChecked(left, right);
                    case ExpressionType.Subtract:
                        return Expression.SubtractChecked(left, right);
                    case ExpressionType.Multiply:
                        return Expression.MultiplyChecked(left, right);
                }
            }

            return node.Update(left, VisitAndConvert(node.Conversion, nameof(VisitBinary)), right);
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            var operand = Visit(node.Operand);
            return node.NodeType == ExpressionType.Negate && node.Method is null && Type.GetTypeCode(node.Type) is >= TypeCode.SByte and <= TypeCode.UInt64
                ? Expression.NegateChecked(operand)
                : node.Update(operand);
        }
    }

    /// <summary>Finds the facts and parameters an expression reads, for traces.</summary>
    private sealed class ReadCollector(ParameterExpression facts, ParameterExpression parameters) : ExpressionVisitor
    {
        public HashSet<PropertyInfo> Facts { get; } = [];

        public HashSet<PropertyInfo> Parameters { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Member is PropertyInfo property && node.Expression == facts)
            {
                Facts.Add(property);
            }
            else if (node.Member is PropertyInfo parameter && node.Expression == parameters)
            {
                Parameters.Add(parameter);
            }

            return base.VisitMember(node);
        }
    }
}
