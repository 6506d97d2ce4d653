using System.Linq.Expressions;
using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Facts;

namespace DpfDomain.Rules.Tests.Support;

/// <summary>
/// Expression trees built by hand, to give the <see cref="ExpressionSandbox"/> shapes the
/// expression parser would never produce (or would catch by itself), so that each check of the
/// sandbox's walk is proved by a tree that only that check can refuse.
/// </summary>
internal static class SandboxTrees
{
    /// <summary>The facts parameter, as the compiler declares it.</summary>
    public static readonly ParameterExpression Person = Expression.Parameter(typeof(PersonFacts), "Person");

    /// <summary>A parameter of the test vocabulary type <see cref="Link"/>.</summary>
    public static readonly ParameterExpression First = Expression.Parameter(typeof(Link), "first");

    /// <summary>An <c>int</c> probe: reading <see cref="Environment.TickCount"/> is refused by the member check, and nothing else about it is wrong.</summary>
    public static Expression TickCount => Expression.Property(null, typeof(Environment), nameof(Environment.TickCount));

    /// <summary>A <c>bool</c> probe, refused by the member check only.</summary>
    public static Expression Is64Bit => Expression.Property(null, typeof(Environment), nameof(Environment.Is64BitProcess));

    /// <summary>A text probe, refused by the member check only.</summary>
    public static Expression MachineName => Expression.Property(null, typeof(Environment), nameof(Environment.MachineName));

    /// <summary>A harmless number.</summary>
    public static ConstantExpression Int(int value) => Expression.Constant(value);

    /// <summary>A harmless text.</summary>
    public static ConstantExpression Text(string value) => Expression.Constant(value);

    /// <summary>A harmless yes/no value.</summary>
    public static ConstantExpression Bool(bool value) => Expression.Constant(value);

    /// <summary>A fact, e.g. <c>Person.Age</c>.</summary>
    public static MemberExpression Fact(string name) => Expression.Property(Person, name);

    /// <summary><c>Person.Categories</c>, a fact list.</summary>
    public static MemberExpression Categories => Fact(nameof(PersonFacts.Categories));

    /// <summary>A query over <c>Person.Categories</c> with a lambda, e.g. <c>Any(c =&gt; body(c))</c>.</summary>
    public static MethodCallExpression Query(string method, Func<ParameterExpression, Expression> body, string name = "c")
    {
        var item = Expression.Parameter(typeof(int), name);
        var lambda = Expression.Lambda(body(item), item);
        return Expression.Call(typeof(Enumerable), method, [typeof(int)], Categories, lambda);
    }

    /// <summary>A call of a static method found by its parameter types.</summary>
    public static MethodCallExpression Static(Type type, string name, params Expression[] arguments) =>
        Expression.Call(type.GetMethod(name, [.. arguments.Select(a => a.Type)]) ?? throw new MissingMethodException(type.Name, name), arguments);

    /// <summary>A call of an instance method found by its parameter types.</summary>
    public static MethodCallExpression Instance(Expression target, string name, params Expression[] arguments) =>
        Expression.Call(target, target.Type.GetMethod(name, [.. arguments.Select(a => a.Type)]) ?? throw new MissingMethodException(target.Type.Name, name), arguments);

    /// <summary><c>object.ToString()</c> or another <see cref="object"/> method called on <paramref name="target"/>, as the parser binds it.</summary>
    public static MethodCallExpression ObjectMethod(Expression target, string name) => Expression.Call(target, typeof(object).GetMethod(name, Type.EmptyTypes)!);

    /// <summary><paramref name="wrap"/> applied <paramref name="times"/> times around <paramref name="leaf"/>.</summary>
    public static Expression Nest(Expression leaf, int times, Func<Expression, Expression> wrap)
    {
        var tree = leaf;
        for (var i = 0; i < times; i++)
        {
            tree = wrap(tree);
        }

        return tree;
    }

    /// <summary>A balanced tree of <c>&amp;&amp;</c> over <paramref name="leaves"/> <c>true</c> constants: 2·leaves − 1 nodes.</summary>
    public static Expression Balanced(int leaves) =>
        leaves == 1 ? Bool(true) : Expression.AndAlso(Balanced(leaves / 2), Balanced(leaves - (leaves / 2)));

    /// <summary>Checks a tree with a fresh sandbox over the facts and <see cref="Link"/>.</summary>
    public static IReadOnlyList<SandboxViolation> Check(Expression tree) => new ExpressionSandbox(typeof(PersonFacts), typeof(Link)).Check(tree);

    /// <summary>A vocabulary type that refers to itself, so that member accesses can be nested to any depth.</summary>
    public sealed class Link
    {
        /// <summary>The next link.</summary>
        public Link? Next { get; init; }

        /// <summary>A number.</summary>
        public int Value { get; init; }
    }
}
