using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Tests.Support;

namespace DpfDomain.Rules.Tests.Compilation;

/// <summary>A refusal of the sandbox points at the name it is about inside the expression (or the invisible character), not at the expression's opening quote.</summary>
public sealed class SandboxPositionTests
{
    [Theory]
    [InlineData("Person.Age >= 16 && Person.Age.GetType() != null", "GetType")]
    [InlineData("Person.Age >= 16 && Person.Categories.Count() > 0 && Enumerable.Range(1, 3).Any()", "Range")]
    public void ARefusedName_IsReportedWhereItIsWritten(string expression, string word)
    {
        var json = RuleSetText.WithExpression(expression);
        var diagnostic = Assert.Single(RuleSetText.Validate(json));
        var (line, column) = ColumnOf(json, expression, expression.IndexOf(word, StringComparison.Ordinal));

        Assert.Equal(DiagnosticCode.SandboxViolation, diagnostic.Code);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void AnInvisibleCharacter_IsReportedAtItself()
    {
        const string expression = "Person.Age >=\u200B 16";
        var json = RuleSetText.WithExpression(expression);

        var diagnostic = Assert.Single(RuleSetText.Validate(json));

        var lines = json.ReplaceLineEndings("\n").Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("Person.Age >=", StringComparison.Ordinal));
        var escape = lines[at].IndexOf("\\u200B", StringComparison.OrdinalIgnoreCase);
        var raw = lines[at].IndexOf('\u200B', StringComparison.Ordinal);

        Assert.Equal((at + 1, Math.Max(escape, raw) + 1), (diagnostic.Line, diagnostic.Column));
    }

    /// <summary>The line and column of a character of the expression as written in the file (the expression is on one line, with no character escaped before it).</summary>
    private static (int Line, int Column) ColumnOf(string json, string written, int index)
    {
        var lines = json.ReplaceLineEndings("\n").Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(written, StringComparison.Ordinal));
        var start = lines[line].IndexOf(written, StringComparison.Ordinal);
        return (line + 1, start + index + 1);
    }
}
