using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>
/// How a refused expression is explained: the words quoted from it, the names offered instead,
/// and the character pointed at.
/// </summary>
public sealed class ExpressionExplanationTests
{
    [Theory]
    [InlineData("Person.Age > new System.Text.StringBuilder().Length", "new System.Text.StringBuilder")]
    [InlineData("new System.Collections.Generic.Dictionary<string, int>().Count > 0", "new System.Collections.Generic.Dictionar")]
    public void CreatingAnObject_QuotesWhatIsCreated_UpToFortyCharacters(string expression, string quoted)
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression(expression)));

        Assert.Equal(DiagnosticCode.SandboxViolation, diagnostic.Code);
        Assert.Contains($"({quoted} …)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(RuleSetText.ExpressionColumn + expression.IndexOf("new", StringComparison.Ordinal), diagnostic.Column);
    }

    [Fact]
    public void AnUnknownParameter_ListsTheParametersInOrder()
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression("Person.Age >= Parameters.Zzz")));

        Assert.Equal(DiagnosticCode.UnknownName, diagnostic.Code);
        Assert.Contains("AmountPerYear, IncludeMarginal, MinAge", diagnostic.Message + diagnostic.Hint, StringComparison.Ordinal);
        Assert.Equal(RuleSetText.ExpressionColumn + 25, diagnostic.Column);
    }

    [Fact]
    public void AnUnknownFact_IsNotCalledAParameter_AndSuggestsTheFact()
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression("Parameters.MinAge <= Person.Agge")));

        Assert.Equal(DiagnosticCode.UnknownName, diagnostic.Code);
        Assert.Contains("Person", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'Age'", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Equal(RuleSetText.ExpressionColumn + 28, diagnostic.Column);
    }

    [Fact]
    public void ANumberWhereAConditionIsNeeded_IsATypeProblem()
    {
        var diagnostic = Assert.Single(RuleSetText.Validate(RuleSetText.WithExpression("Person.Age + 1")));

        Assert.Equal(DiagnosticCode.ExpressionType, diagnostic.Code);
    }
}
