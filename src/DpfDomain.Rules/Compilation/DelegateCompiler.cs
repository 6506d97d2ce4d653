using System;
using System.Collections.Generic;
using System.Linq.Expressions;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// Compiles an expression lambda with its nested lambdas that capture nothing (the
/// <c>c =&gt; c == 6</c> of <c>Person.Categories.Any(c =&gt; c == 6)</c>) compiled once, ahead, as
/// constant delegates. Left nested, the compiled code would build a new delegate through
/// reflection on every evaluation, which allocates and is slow; hoisted, a list query costs a
/// call. A nested lambda that reads a variable of its surroundings is left as it is.
/// </summary>
internal static class DelegateCompiler
{
    public static T Compile<T>(Expression<T> lambda)
        where T : Delegate
    {
        Expression<T> hoisted;
        try
        {
            hoisted = lambda.Update(new Hoister().Visit(lambda.Body), lambda.Parameters);
        }
        catch (ArgumentException)
        {
            // A shape the hoister does not expect: the tree as built is always valid.
            return lambda.Compile();
        }

        return hoisted.Compile();
    }

    private sealed class Hoister : ExpressionVisitor
    {
        protected override Expression VisitLambda<TDelegate>(Expression<TDelegate> node)
        {
            var visited = (Expression<TDelegate>)base.VisitLambda(node);
            return FreeVariables.AnyIn(visited) ? visited : Expression.Constant(visited.Compile(), typeof(TDelegate));
        }

        /// <summary>A lambda invoked in place (a rule inside the fused mask) stays a lambda, so the compiler inlines it; only lambdas inside it are hoisted.</summary>
        protected override Expression VisitInvocation(InvocationExpression node)
        {
            if (node.Expression is LambdaExpression lambda)
            {
                var inlined = Expression.Lambda(lambda.Type, Visit(lambda.Body), lambda.Name, lambda.TailCall, lambda.Parameters);
                return node.Update(inlined, Visit(node.Arguments));
            }

            return base.VisitInvocation(node);
        }

        /// <summary>A quoted lambda is a tree handed to a method, not code to run: left as it is.</summary>
        protected override Expression VisitUnary(UnaryExpression node) =>
            node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);
    }

    /// <summary>
    /// Finds whether a lambda reads a parameter or variable it does not declare itself: what a
    /// lambda or block inside it declares counts only within that lambda or block.
    /// </summary>
    private sealed class FreeVariables : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, int> _inScope = [];
        private bool _found;

        public static bool AnyIn(LambdaExpression lambda)
        {
            var finder = new FreeVariables();
            finder.Enter(lambda.Parameters);
            finder.Visit(lambda.Body);
            return finder._found;
        }

        protected override Expression VisitLambda<TDelegate>(Expression<TDelegate> node)
        {
            Enter(node.Parameters);
            Visit(node.Body);
            Leave(node.Parameters);
            return node;
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            Enter(node.Variables);
            Visit(node.Expressions);
            Leave(node.Variables);
            return node;
        }

        protected override CatchBlock VisitCatchBlock(CatchBlock node)
        {
            ParameterExpression[] declared = node.Variable is null ? [] : [node.Variable];
            Enter(declared);
            Visit(node.Filter);
            Visit(node.Body);
            Leave(declared);
            return node;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found |= !_inScope.ContainsKey(node);
            return node;
        }

        private void Enter(IEnumerable<ParameterExpression> declared)
        {
            foreach (var variable in declared)
            {
                _inScope[variable] = _inScope.GetValueOrDefault(variable) + 1;
            }
        }

        private void Leave(IEnumerable<ParameterExpression> declared)
        {
            foreach (var variable in declared)
            {
                if (--_inScope[variable] == 0)
                {
                    _inScope.Remove(variable);
                }
            }
        }
    }
}
