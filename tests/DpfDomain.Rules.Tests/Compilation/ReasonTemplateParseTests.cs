using DpfDomain.Rules.Compilation;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// <see cref="ReasonTemplate"/> on its own: how a reason is read (escapes, the first problem and
/// its character, faulty parts kept as written) and how values are written into it.
/// </summary>
public sealed class ReasonTemplateParseTests
{
    [Fact]
    public void Parameters_AreFilledInWithTheirValues_InvariantlyAndInTheLanguageAsked()
    {
        var template = Parse("Ages {MinAge} to {MaxAge}; marginal {IncludeMarginal}; {Count} places.");
        var values = new Values { MinAge = 16m, MaxAge = 1234.5m, IncludeMarginal = true, Count = 3 };

        Assert.False(template.IsFixed);
        Assert.Equal("Ages 16 to 1,234.5; marginal on; 3 places.", template.Render(values, chinese: false));
        Assert.Equal("Ages 16 to 1,234.5; marginal 开启; 3 places.", template.Render(values, chinese: true));
        Assert.Equal("Ages 16 to 1,234.5; marginal off; 3 places.", template.Render(values with { IncludeMarginal = false }, chinese: false));
        Assert.Equal("Ages 16 to 1,234.5; marginal 关闭; 3 places.", template.Render(values with { IncludeMarginal = false }, chinese: true));
    }

    [Fact]
    public void DoubledBraces_AreLiteralBraces_AndTheReasonIsFixed()
    {
        var template = Parse("Write {{MinAge}} for the value; a lone }} too.");

        Assert.True(template.IsFixed);
        Assert.Equal("Write {MinAge} for the value; a lone } too.", template.Render(new Values(), chinese: false));
    }

    [Theory]
    [InlineData("Too young}", 10)]
    [InlineData("}", 1)]
    [InlineData("ab}cd {MinAge}", 3)]
    public void ABraceNeverOpened_IsReportedAtItsCharacter_AndKeptAsWritten(string text, int character)
    {
        var template = ReasonTemplate.Parse(text, typeof(Values), out var problem);

        Assert.Equal(ExpressionMessages.ReasonUnopenedBrace(character), problem);
        Assert.Equal(text.Replace("{MinAge}", "16", StringComparison.Ordinal), template.Render(new Values { MinAge = 16m }, chinese: false));
    }

    [Theory]
    [InlineData("Too young {MinAge", 11)]
    [InlineData("{", 1)]
    [InlineData("{MaxAge} and {MinAge", 14)]
    public void ABraceNeverClosed_IsReportedAtItsCharacter_AndKeptAsWritten(string text, int character)
    {
        var template = ReasonTemplate.Parse(text, typeof(Values), out var problem);

        Assert.Equal(ExpressionMessages.ReasonUnclosedBrace(character), problem);
        Assert.Equal(text.Replace("{MaxAge}", "60", StringComparison.Ordinal), template.Render(new Values { MaxAge = 60m }, chinese: false));
    }

    [Fact]
    public void AnUnknownName_IsReportedWithTheKnownOnesInOrder_AndKeptAsWritten()
    {
        var template = ReasonTemplate.Parse("Only {Nope} and {MinAge} here.", typeof(Values), out var problem);

        Assert.Equal(ExpressionMessages.ReasonUnknownParameter("Nope", ["Count", "IncludeMarginal", "MaxAge", "MinAge"]), problem);
        Assert.Equal("Only {Nope} and 7 here.", template.Render(new Values { MinAge = 7m }, chinese: false));
    }

    [Fact]
    public void TheFirstProblem_IsTheOneReported()
    {
        ReasonTemplate.Parse("a } then {Nope} then {", typeof(Values), out var unopenedFirst);
        ReasonTemplate.Parse("{Nope} then } then {", typeof(Values), out var unknownFirst);
        ReasonTemplate.Parse("{Nope} then {Other}", typeof(Values), out var firstUnknown);

        Assert.Equal(ExpressionMessages.ReasonUnopenedBrace(3), unopenedFirst);
        Assert.Equal(ExpressionMessages.ReasonUnknownParameter("Nope", ["Count", "IncludeMarginal", "MaxAge", "MinAge"]), unknownFirst);
        Assert.Equal(ExpressionMessages.ReasonUnknownParameter("Nope", ["Count", "IncludeMarginal", "MaxAge", "MinAge"]), firstUnknown);
    }

    [Fact]
    public void NoText_IsAnEmptyFixedReason()
    {
        var template = ReasonTemplate.Parse(null, typeof(Values), out var problem);

        Assert.Null(problem);
        Assert.True(template.IsFixed);
        Assert.Equal(string.Empty, template.Text);
        Assert.Equal(string.Empty, template.Render(new Values(), chinese: true));
    }

    private static ReasonTemplate Parse(string text)
    {
        var template = ReasonTemplate.Parse(text, typeof(Values), out var problem);
        Assert.Null(problem);
        Assert.Equal(text, template.Text);
        return template;
    }

    /// <summary>A parameters type as the compiler builds one: a property per parameter.</summary>
    private sealed record Values
    {
        public decimal MinAge { get; init; }

        public decimal MaxAge { get; init; }

        public bool IncludeMarginal { get; init; }

        public int Count { get; init; }
    }
}
