using System.Linq.Expressions;
using System.Reflection;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// The run-time budget of list queries, the last line of defence behind the load-time limits:
/// every call of a query lambda (<c>c =&gt; c == 6</c>) counts one step, and an evaluation of
/// one expression that takes more than <see cref="SandboxLimits.MaxQueryStepsPerEvaluation"/>
/// steps stops with <see cref="QueryBudgetExceededException"/>, which the evaluator turns into an
/// error decision. Expressions without a lambda are left untouched and cost nothing extra.
/// </summary>
internal static class QueryBudget
{
    [System.ThreadStatic]
    private static int t_steps;

    private static readonly MethodInfo StartMethod = typeof(QueryBudget).GetMethod(nameof(Start), BindingFlags.Static | BindingFlags.NonPublic)!;
    private static readonly MethodInfo StepMethod = typeof(QueryBudget).GetMethod(nameof(Step), BindingFlags.Static | BindingFlags.NonPublic)!;

    /// <summary>Counts the lambda calls of <paramref name="body"/>: starts a fresh budget at its entry and spends a step in every nested lambda.</summary>
    public static Expression Apply(Expression body)
    {
        var counter = new StepCounter();
        var counted = counter.Visit(body);
        return counter.Found ? Expression.Block(body.Type, Expression.Call(StartMethod), counted) : body;
    }

    private static void Start() => t_steps = 0;

    private static void Step()
    {
        if (++t_steps > SandboxLimits.MaxQueryStepsPerEvaluation)
        {
            throw new QueryBudgetExceededException();
        }
    }

    private sealed class StepCounter : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            Found = true;
            var body = Visit(node.Body);
            return node.Update(Expression.Block(body.Type, Expression.Call(StepMethod), body), node.Parameters);
        }
    }
}
