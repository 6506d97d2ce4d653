using System.Linq.Expressions;
using DpfDomain.Rules.Compilation;
using static DpfDomain.Rules.Tests.Support.SandboxTrees;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// Each size limit of the sandbox at its edge, on trees and texts built by hand: the limit itself
/// is accepted and one more is refused, through every kind of node that adds a level.
/// </summary>
public sealed class SandboxLimitEdgeTests
{
    /// <summary>Ways of adding one level above a tree, with the leaf they start from.</summary>
    public static TheoryData<string> Levels => [.. LevelKinds.Keys];

    private static readonly Dictionary<string, (Expression Leaf, Func<Expression, Expression> Wrap)> LevelKinds = new()
    {
        ["call target"] = (Int(1), x => Instance(x, nameof(int.CompareTo), Int(1))),
        ["call argument"] = (Int(1), x => Static(typeof(Math), nameof(Math.Abs), x)),
        ["member target"] = (First, x => Expression.Property(x, nameof(Link.Next))),
        ["binary left"] = (Int(1), x => Expression.Add(x, Int(1))),
        ["binary right"] = (Int(1), x => Expression.Add(Int(1), x)),
        ["unary operand"] = (Int(1), Expression.Negate),
        ["conditional test"] = (Bool(true), x => Expression.Condition(x, Bool(true), Bool(false))),
        ["conditional, if true"] = (Int(1), x => Expression.Condition(Bool(true), x, Int(0))),
        ["conditional, if false"] = (Int(1), x => Expression.Condition(Bool(true), Int(0), x)),
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void Depth_AtTheLimit_IsAccepted_AndOneLevelMore_IsRefused(string kind)
    {
        var (leaf, wrap) = LevelKinds[kind];

        Assert.Empty(Check(Nest(leaf, SandboxLimits.MaxDepth - 1, wrap)));

        var violation = Assert.Single(Check(Nest(leaf, SandboxLimits.MaxDepth, wrap)));
        Assert.Contains($"nested {SandboxLimits.MaxDepth + 1} deep", violation.Message, StringComparison.Ordinal);
        Assert.True(violation.TooLarge);
    }

    [Fact]
    public void Depth_ThroughALambdaBody_CountsTheLambda()
    {
        // Count(c => -…-c == 0): the call is level 1, the lambda 2, the comparison 3, the negations from 4, the item below them.
        var atTheLimit = Query(nameof(Enumerable.Count), c => Expression.Equal(Nest(c, SandboxLimits.MaxDepth - 4, Expression.Negate), Int(0)));
        var oneMore = Query(nameof(Enumerable.Count), c => Expression.Equal(Nest(c, SandboxLimits.MaxDepth - 3, Expression.Negate), Int(0)));

        Assert.Empty(Check(atTheLimit));
        Assert.Contains($"nested {SandboxLimits.MaxDepth + 1} deep", Assert.Single(Check(oneMore)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nodes_AtTheLimit_AreAccepted_AndOneMore_IsRefused()
    {
        // A balanced tree of 2n − 1 nodes is shallow; a negation on top adds exactly one node.
        var atTheLimit = Expression.Not(Balanced(SandboxLimits.MaxNodes / 2));
        Assert.Equal(SandboxLimits.MaxNodes, CountNodes(atTheLimit));
        var oneMore = Balanced((SandboxLimits.MaxNodes / 2) + 1);

        Assert.Empty(Check(atTheLimit));

        var violation = Assert.Single(Check(oneMore));
        Assert.Equal(
            $"The expression has {SandboxLimits.MaxNodes + 1} parts nested 9 deep; the limits are {SandboxLimits.MaxNodes} parts and {SandboxLimits.MaxDepth} levels.",
            violation.Message);
        Assert.Equal($"表达式有{SandboxLimits.MaxNodes + 1}个组成部分、嵌套9层；上限为{SandboxLimits.MaxNodes}个部分、{SandboxLimits.MaxDepth}层。", violation.MessageZh);
        Assert.Equal("Split it into several rules or LocalParams.", violation.Hint);
        Assert.Contains("局部参数", violation.HintZh, StringComparison.Ordinal);
        Assert.True(violation.TooLarge);
    }

    [Fact]
    public void AHugeTree_IsWalkedOnlyToFourTimesTheNodeLimit()
    {
        // A probe as node 4·MaxNodes is still seen; as the node after it, the walk has already stopped.
        var cutoff = SandboxLimits.MaxNodes * 4;

        var seen = Check(Nest(Is64Bit, cutoff - 1, Expression.Not));
        var unseen = Check(Nest(Is64Bit, cutoff, Expression.Not));

        Assert.Equal(2, seen.Count);
        Assert.Contains("Environment.Is64BitProcess", seen[0].Message, StringComparison.Ordinal);
        Assert.Equal($"The expression has {cutoff} parts nested {cutoff} deep; the limits are {SandboxLimits.MaxNodes} parts and {SandboxLimits.MaxDepth} levels.", seen[1].Message);
        Assert.StartsWith($"表达式有{cutoff}个组成部分、嵌套{cutoff}层", seen[1].MessageZh, StringComparison.Ordinal);
        var tooLarge = Assert.Single(unseen);
        Assert.StartsWith($"The expression has more than {cutoff} parts nested too deep;", tooLarge.Message, StringComparison.Ordinal);
        Assert.StartsWith($"表达式有超过{cutoff}个组成部分、嵌套{cutoff + 1}层", tooLarge.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void AHugeTree_ExactlyAsDeepAsTheCutoff_SaysHowDeep()
    {
        // Not^(cutoff−2)(true && true): the && is node cutoff−1; its two leaves are nodes cutoff and cutoff+1, both at level cutoff.
        var cutoff = SandboxLimits.MaxNodes * 4;

        var violation = Assert.Single(Check(Nest(Expression.AndAlso(Bool(true), Bool(true)), cutoff - 2, Expression.Not)));

        Assert.StartsWith($"The expression has more than {cutoff} parts nested {cutoff} deep;", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Queries_NestedToTheLimit_AreAccepted_AndOneMore_IsRefused()
    {
        Assert.Equal(2, SandboxLimits.MaxQueryNesting);
        var two = Query(nameof(Enumerable.Any), a => Query(nameof(Enumerable.Any), b => Expression.Equal(b, a), "b"), "a");
        var three = Query(nameof(Enumerable.Any), a => Query(nameof(Enumerable.Any), b => Query(nameof(Enumerable.Any), c => Expression.Equal(c, b)), "b"), "a");

        Assert.Empty(Check(two));

        var violation = Assert.Single(Check(three));
        Assert.StartsWith("The expression nests list queries (Any, All, Count, … with =>) more than 2 deep", violation.Message, StringComparison.Ordinal);
        Assert.True(violation.TooLarge);
    }

    [Fact]
    public void Queries_SideBySide_DoNotAddUp()
    {
        var sideBySide = Expression.AndAlso(
            Query(nameof(Enumerable.Any), a => Query(nameof(Enumerable.Any), b => Expression.Equal(b, a), "b"), "a"),
            Expression.AndAlso(Query(nameof(Enumerable.Any), c => Expression.Equal(c, Int(1))), Query(nameof(Enumerable.All), c => Expression.Equal(c, Int(2)))));

        Assert.Empty(Check(sideBySide));
    }

    [Fact]
    public void Text_AtTheLengthLimit_IsAccepted_AndOneCharacterMore_IsRefused()
    {
        Assert.Empty(ExpressionSandbox.CheckText(new string('a', SandboxLimits.MaxExpressionLength)));

        var violation = Assert.Single(ExpressionSandbox.CheckText(new string('a', SandboxLimits.MaxExpressionLength + 1)));

        Assert.Equal("The expression is 2001 characters long; the limit is 2000.", violation.Message);
        Assert.Equal("表达式长度为2001个字符，上限为2000。", violation.MessageZh);
        Assert.Equal("Split it into several rules or LocalParams.", violation.Hint);
        Assert.Equal("请拆分为多条规则或使用局部参数（LocalParams）。", violation.HintZh);
        Assert.True(violation.TooLarge);
    }

    [Theory]
    [InlineData('(', ')')]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public void Brackets_AtTheNestingLimit_AreAccepted_AndOneMore_IsRefused(char open, char close)
    {
        static string Nested(int depth, char open, char close) => new string(open, depth) + "1" + new string(close, depth);

        Assert.Empty(ExpressionSandbox.CheckText(Nested(SandboxLimits.MaxBracketNesting, open, close)));

        var violation = Assert.Single(ExpressionSandbox.CheckText(Nested(SandboxLimits.MaxBracketNesting + 1, open, close)));
        Assert.Equal("Brackets nest 41 deep in the expression; the limit is 40.", violation.Message);
        Assert.Equal("表达式中括号嵌套了41层，上限为40层。", violation.MessageZh);
        Assert.Equal("Remove the extra brackets, or split the expression into LocalParams.", violation.Hint);
        Assert.Equal("请删除多余的括号，或拆分为局部参数（LocalParams）。", violation.HintZh);
        Assert.True(violation.TooLarge);
    }

    [Theory]
    // In each sample "<" stands for 50 opening and ">" for 50 closing round brackets; 0 means accepted.
    // Closing brackets close what was opened, and only that.
    [InlineData("<1><1>", 50)]
    [InlineData("([{<1>}])", 53)]
    [InlineData(")))<1>", 50)]
    [InlineData("]]]}}}<1>", 50)]
    // Brackets inside text literals, in either quote, do not count.
    [InlineData("\"<\" == x", 0)]
    [InlineData("'<' == x", 0)]
    [InlineData("<(\"<\")>", 51)]
    // A quote of the other kind does not end a literal.
    [InlineData("\"'<\" == x", 0)]
    [InlineData("'\"<' == x", 0)]
    // An escaped quote does not end a literal; the quote after an escaped one does.
    [InlineData("\"\\\"<\" == x", 0)]
    [InlineData("'\\'<' == x", 0)]
    [InlineData("\"\\\"\" + <1>", 50)]
    [InlineData("\"\\\\\" + <1>", 50)]
    [InlineData("\"a\\\\\\\"<\" == x", 0)]
    // An unterminated literal hides everything after it.
    [InlineData("\"<", 0)]
    public void Brackets_AreCountedOutsideTextLiteralsOnly(string sample, int depth)
    {
        var text = sample.Replace("<", new string('(', 50), StringComparison.Ordinal).Replace(">", new string(')', 50), StringComparison.Ordinal);

        var violations = ExpressionSandbox.CheckText(text);

        if (depth == 0)
        {
            Assert.Empty(violations);
        }
        else
        {
            Assert.StartsWith($"Brackets nest {depth} deep", Assert.Single(violations).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OneThousandNestedBrackets_AreRefusedAsNestingNotAsLength()
    {
        // 1000 opening brackets, a digit and 999 closing ones: exactly at the length limit.
        var text = new string('(', 1000) + "1" + new string(')', 999);
        Assert.Equal(SandboxLimits.MaxExpressionLength, text.Length);

        var violation = Assert.Single(ExpressionSandbox.CheckText(text));

        Assert.StartsWith("Brackets nest 1000 deep", violation.Message, StringComparison.Ordinal);
        Assert.StartsWith("The expression is 2001 characters long", Assert.Single(ExpressionSandbox.CheckText(text + ")")).Message, StringComparison.Ordinal);
    }

    private static int CountNodes(Expression tree) => tree switch
    {
        UnaryExpression unary => 1 + CountNodes(unary.Operand),
        BinaryExpression binary => 1 + CountNodes(binary.Left) + CountNodes(binary.Right),
        _ => 1,
    };
}
