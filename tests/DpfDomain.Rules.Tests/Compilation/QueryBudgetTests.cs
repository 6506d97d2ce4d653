using System.Linq.Expressions;
using DpfDomain.Rules.Compilation;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// <see cref="QueryBudget"/> on its own: an expression with a query lambda may call it exactly
/// <see cref="SandboxLimits.MaxQueryStepsPerEvaluation"/> times per evaluation, each evaluation
/// starts afresh, and an expression without a lambda is left as it is.
/// </summary>
public sealed class QueryBudgetTests
{
    private static readonly Func<int, int> CountTo = Compile();

    [Fact]
    public void AnEvaluation_MayTakeExactlyTheBudget()
    {
        Assert.Equal(SandboxLimits.MaxQueryStepsPerEvaluation, CountTo(SandboxLimits.MaxQueryStepsPerEvaluation));
    }

    [Fact]
    public void AnEvaluation_OneStepOverTheBudget_Stops()
    {
        Assert.Throws<QueryBudgetExceededException>(() => CountTo(SandboxLimits.MaxQueryStepsPerEvaluation + 1));
    }

    [Fact]
    public void EachEvaluation_StartsWithTheWholeBudget()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(SandboxLimits.MaxQueryStepsPerEvaluation, CountTo(SandboxLimits.MaxQueryStepsPerEvaluation));
        }
    }

    [Fact]
    public void AnExpressionWithoutALambda_IsLeftAsItIs()
    {
        var n = Expression.Parameter(typeof(int), "n");
        var body = Expression.Add(n, Expression.Constant(1));

        Assert.Same(body, QueryBudget.Apply(body));
    }

    /// <summary><c>n =&gt; Enumerable.Range(0, n).Count(i =&gt; true)</c> with the budget applied.</summary>
    private static Func<int, int> Compile()
    {
        var n = Expression.Parameter(typeof(int), "n");
        var i = Expression.Parameter(typeof(int), "i");
        var range = Expression.Call(typeof(Enumerable), nameof(Enumerable.Range), null, Expression.Constant(0), n);
        var count = Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(int)], range, Expression.Lambda<Func<int, bool>>(Expression.Constant(true), i));
        return Expression.Lambda<Func<int, int>>(QueryBudget.Apply(count), n).Compile();
    }
}
