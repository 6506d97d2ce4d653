using System.Linq.Expressions;
using DpfDomain.Rules.Compilation;
using static DpfDomain.Rules.Tests.Support.SandboxTrees;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// The sandbox's walk reaches every child of every allowed node. Each case hides a probe (a read
/// of <see cref="Environment"/>, refused by the member check and by nothing else) in one child
/// position of one kind of node, built by hand, so that only the walk into that position can find
/// it; the same tree with a harmless value in the probe's place is accepted, which proves that the
/// container itself is allowed.
/// </summary>
public sealed class SandboxWalkTests
{
    /// <summary>Places that can hold an <c>int</c>.</summary>
    public static TheoryData<string> IntPositions => [.. IntHoles.Keys];

    /// <summary>Places that can hold a <c>bool</c>.</summary>
    public static TheoryData<string> BoolPositions => [.. BoolHoles.Keys];

    private static readonly Dictionary<string, Func<Expression, Expression>> IntHoles = new()
    {
        ["call target"] = x => Instance(x, nameof(int.CompareTo), Int(1)),
        ["call argument, first"] = x => Static(typeof(Math), nameof(Math.Abs), x),
        ["call argument, second"] = x => Static(typeof(Math), nameof(Math.Max), Int(1), x),
        ["binary left"] = x => Expression.Add(x, Int(1)),
        ["binary right"] = x => Expression.Multiply(Int(2), x),
        ["unary operand (negate)"] = x => Expression.Negate(x),
        ["unary operand (convert to a number)"] = x => Expression.Convert(Expression.Convert(x, typeof(long)), typeof(int)),
        ["unary operand (convert to object)"] = x => Expression.Convert(Expression.Convert(x, typeof(object)), typeof(int)),
        ["conditional, if true"] = x => Expression.Condition(Bool(true), x, Int(2)),
        ["conditional, if false"] = x => Expression.Condition(Bool(true), Int(1), x),
        ["lambda body"] = x => Query(nameof(Enumerable.Count), c => Expression.Equal(c, x)),
        ["nested lambda body"] = x => Query(nameof(Enumerable.Count), c => Query(nameof(Enumerable.Any), d => Expression.Equal(d, x), "d")),
        ["coalesce right"] = x => Expression.Coalesce(Expression.Convert(Int(1), typeof(int?)), x),
    };

    private static readonly Dictionary<string, Func<Expression, Expression>> BoolHoles = new()
    {
        ["conditional test"] = x => Expression.Condition(x, Int(1), Int(2)),
        ["not"] = Expression.Not,
        ["and-also right"] = x => Expression.AndAlso(Bool(true), x),
        ["or-else left"] = x => Expression.OrElse(x, Bool(false)),
        ["lambda body of All"] = x => Query(nameof(Enumerable.All), _ => x),
    };

    [Theory]
    [MemberData(nameof(IntPositions))]
    public void AProbeInAnIntPosition_IsFoundByTheWalk(string position)
    {
        Assert.Empty(Check(IntHoles[position](Int(7))));

        var violation = Assert.Single(Check(IntHoles[position](TickCount)));

        Assert.Contains("Environment.TickCount", violation.Message, StringComparison.Ordinal);
        Assert.Contains("clock", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BoolPositions))]
    public void AProbeInABoolPosition_IsFoundByTheWalk(string position)
    {
        Assert.Empty(Check(BoolHoles[position](Bool(true))));

        var violation = Assert.Single(Check(BoolHoles[position](Is64Bit)));

        Assert.Contains("Environment.Is64BitProcess", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AProbeAsTheTargetOfAMemberAccess_IsFoundByTheWalk()
    {
        Assert.Empty(Check(Expression.Property(Text("abc"), nameof(string.Length))));

        var violation = Assert.Single(Check(Expression.Property(MachineName, nameof(string.Length))));

        Assert.Contains("Environment.MachineName", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AProbeInAnOperatorMethod_IsFoundByTheBinaryCheck()
    {
        // The parser turns + on text into Add with string.Concat as its method: the children are harmless, the method is not.
        var concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;

        var violation = Assert.Single(Check(Expression.Add(Text("a"), Text("b"), concat)));

        Assert.Contains("System.String.Concat", violation.Message, StringComparison.Ordinal);
        Assert.Empty(Check(Expression.Add(Expression.Constant(1m), Expression.Constant(2m))));
    }

    [Fact]
    public void AProbeInAConversionMethod_IsFoundByTheUnaryCheck()
    {
        // Convert("1" → int) through int.Parse: a number conversion of a text, harmless but for its method.
        var parse = typeof(int).GetMethod(nameof(int.Parse), [typeof(string)])!;

        var violation = Assert.Single(Check(Expression.Convert(Text("1"), typeof(int), parse)));

        Assert.Contains("System.Int32.Parse", violation.Message, StringComparison.Ordinal);
        Assert.Empty(Check(Expression.Convert(Expression.Constant(1.5m), typeof(int))));
    }

    [Theory]
    [InlineData(typeof(IComparable), false)]
    [InlineData(typeof(string), false)]
    [InlineData(typeof(object), true)]
    [InlineData(typeof(long), true)]
    [InlineData(typeof(decimal), true)]
    [InlineData(typeof(int?), true)]
    [InlineData(typeof(DayOfWeek), true)]
    public void AConversion_ToAReferenceTypeOtherThanObject_IsRefused(Type target, bool allowed)
    {
        // string → IComparable is a reference conversion, int → IComparable a boxing one; both would hand a rule a typed object.
        Expression source = target == typeof(string) ? Expression.Convert(Text("a"), typeof(object)) : Int(1);

        foreach (var convert in new Func<Expression, Type, UnaryExpression>[] { Expression.Convert, Expression.ConvertChecked })
        {
            var violations = Check(convert(source, target));

            if (allowed)
            {
                Assert.Empty(violations);
            }
            else
            {
                var violation = Assert.Single(violations);
                Assert.Contains(target.FullName!, violation.Message, StringComparison.Ordinal);
                Assert.Contains("allow-list", violation.Message, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("object", "System.Object")]
    [InlineData("array", "System.Int32[]")]
    [InlineData("list", "System.Collections.Generic.List`1")]
    [InlineData("time span", "System.TimeSpan")]
    [InlineData("date", "System.DateTime")]
    public void AConstantOfADisallowedType_IsRefused(string kind, string named)
    {
        object value = kind switch
        {
            "object" => new object(),
            "array" => new[] { 1 },
            "list" => new List<int> { 1 },
            "time span" => TimeSpan.Zero,
            _ => DateTime.UnixEpoch,
        };

        var violation = Assert.Single(Check(Expression.Constant(value)));

        Assert.Contains(named, violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constants_OfNumbersTextYesNoEnumsNullablesAndNull_AreAllowed()
    {
        foreach (var constant in new[]
                 {
                     Expression.Constant(1), Expression.Constant(1.5m), Expression.Constant(2.5), Expression.Constant("x"), Expression.Constant(true),
                     Expression.Constant(DayOfWeek.Monday), Expression.Constant(5, typeof(int?)), Expression.Constant(null, typeof(object)),
                     Expression.Constant(null, typeof(List<object>)), Expression.Constant('c'),
                 })
        {
            Assert.Empty(Check(constant));
        }
    }

    [Theory]
    [InlineData("constant of System.Type", "System.Type")]
    [InlineData("constant of a runtime type", "System.RuntimeType")]
    [InlineData("parameter of MethodInfo", "System.Reflection.MethodInfo")]
    [InlineData("parameter of ParameterInfo", "System.Reflection.ParameterInfo")]
    [InlineData("parameter of Assembly", "System.Reflection.Assembly")]
    public void ANodeOfAReflectionType_IsRefusedAsReflection_AndNothingElseIsReported(string kind, string named)
    {
        Expression node = kind switch
        {
            "constant of System.Type" => Expression.Constant(typeof(string), typeof(Type)),
            "constant of a runtime type" => Expression.Constant(typeof(string)),
            "parameter of MethodInfo" => Expression.Parameter(typeof(System.Reflection.MethodInfo), "m"),
            "parameter of ParameterInfo" => Expression.Parameter(typeof(System.Reflection.ParameterInfo), "p"),
            _ => Expression.Parameter(typeof(System.Reflection.Assembly), "a"),
        };

        var violation = Assert.Single(Check(node));

        Assert.StartsWith($"The expression uses {named}: reflection", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExpressionType.Power)]
    [InlineData(ExpressionType.LeftShift)]
    [InlineData(ExpressionType.ExclusiveOr)]
    [InlineData(ExpressionType.NewArrayInit)]
    [InlineData(ExpressionType.New)]
    [InlineData(ExpressionType.TypeIs)]
    [InlineData(ExpressionType.TypeAs)]
    [InlineData(ExpressionType.Invoke)]
    [InlineData(ExpressionType.Assign)]
    [InlineData(ExpressionType.Block)]
    [InlineData(ExpressionType.Default)]
    public void ANodeOfADisallowedKind_IsRefusedAsAConstruct_WithoutLookingInside(ExpressionType kind)
    {
        // Each holds a probe that would be reported too if the walk went on into the refused node.
        var variable = Expression.Variable(typeof(int), "v");
        Expression node = kind switch
        {
            ExpressionType.Power => Expression.Power(Expression.Convert(TickCount, typeof(double)), Expression.Constant(2.0)),
            ExpressionType.LeftShift => Expression.LeftShift(TickCount, Int(2)),
            ExpressionType.ExclusiveOr => Expression.ExclusiveOr(TickCount, Int(2)),
            ExpressionType.NewArrayInit => Expression.NewArrayInit(typeof(int), TickCount),
            ExpressionType.New => Expression.New(typeof(object)),
            ExpressionType.TypeIs => Expression.TypeIs(Expression.Convert(TickCount, typeof(object)), typeof(int)),
            ExpressionType.TypeAs => Expression.TypeAs(Expression.Convert(TickCount, typeof(object)), typeof(string)),
            ExpressionType.Invoke => Expression.Invoke(Expression.Lambda<Func<int>>(TickCount)),
            ExpressionType.Assign => Expression.Assign(variable, TickCount),
            ExpressionType.Block => Expression.Block(TickCount),
            _ => Expression.Default(typeof(int)),
        };

        var violation = Assert.Single(Check(node));

        Assert.StartsWith($"The expression contains a {kind} construct", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameViolationTwice_IsReportedOnce()
    {
        var violation = Assert.Single(Check(Expression.Add(TickCount, TickCount)));

        Assert.Contains("Environment.TickCount", violation.Message, StringComparison.Ordinal);
        Assert.Equal(2, Check(Expression.Add(TickCount, Expression.Negate(Expression.Property(null, typeof(Environment), nameof(Environment.ProcessorCount))))).Count);
    }

    [Fact]
    public void ASandbox_CheckedTwice_ForgetsTheFirstTree()
    {
        var sandbox = new ExpressionSandbox(typeof(DpfDomain.Rules.Facts.PersonFacts));

        Assert.Single(sandbox.Check(TickCount));
        Assert.Empty(sandbox.Check(Int(1)));
        Assert.Single(sandbox.Check(Is64Bit));
    }
}
