using System.Linq.Expressions;
using DpfDomain.Rules.Compilation;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>Hoisting nested lambdas compiles trees to delegates that compute what the trees say.</summary>
public sealed class DelegateCompilerTests
{
    private static readonly ParameterExpression List = Expression.Parameter(typeof(int[]), "list");
    private static readonly ParameterExpression Item = Expression.Parameter(typeof(int), "c");

    private static MethodCallExpression Any(Expression<Func<int, bool>> predicate) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(int)], List, predicate);

    [Theory]
    [InlineData(new[] { 1, 2 }, true)]
    [InlineData(new[] { 1, 3 }, false)]
    public void A_lambda_reading_a_variable_of_the_block_around_it_sees_that_variables_value(int[] list, bool expected)
    {
        var wanted = Expression.Variable(typeof(int), "wanted");
        var body = Expression.Block([wanted], Expression.Assign(wanted, Expression.Constant(2)), Any(Expression.Lambda<Func<int, bool>>(Expression.Equal(Item, wanted), Item)));

        var compiled = DelegateCompiler.Compile(Expression.Lambda<Func<int[], bool>>(body, List));

        Assert.Equal(expected, compiled(list));
    }

    [Theory]
    [InlineData(new[] { 1, 6 }, true)]
    [InlineData(new[] { 1, 5 }, false)]
    public void A_lambda_reading_only_its_item_is_hoisted_and_decides_the_same(int[] list, bool expected)
    {
        var compiled = DelegateCompiler.Compile(Expression.Lambda<Func<int[], bool>>(Any(Expression.Lambda<Func<int, bool>>(Expression.Equal(Item, Expression.Constant(6)), Item)), List));

        Assert.Equal(expected, compiled(list));
    }

    [Theory]
    [InlineData(new[] { 4 }, true)]
    [InlineData(new[] { 5 }, false)]
    public void A_variable_declared_in_an_inner_block_does_not_hide_the_same_variable_read_outside_it(int[] list, bool expected)
    {
        // The inner lambda declares 'limit' in a block of its own and, after that block, reads the
        // outer 'limit': it is not free of its surroundings, so it must not be hoisted.
        var limit = Expression.Variable(typeof(int), "limit");
        var inner = Expression.Lambda<Func<int, bool>>(
            Expression.AndAlso(
                Expression.Block([limit], Expression.Assign(limit, Expression.Constant(0)), Expression.GreaterThanOrEqual(Item, limit)),
                Expression.LessThan(Item, limit)),
            Item);
        var body = Expression.Block([limit], Expression.Assign(limit, Expression.Constant(5)), Any(inner));

        var compiled = DelegateCompiler.Compile(Expression.Lambda<Func<int[], bool>>(body, List));

        Assert.Equal(expected, compiled(list));
    }
}
