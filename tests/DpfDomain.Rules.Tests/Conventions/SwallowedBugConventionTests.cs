using System.Text.RegularExpressions;

namespace DpfDomain.Rules.Tests.Conventions;

/// <summary>
/// No code in <c>src/</c> catches the exceptions that mean a bug — a null dereferenced, a key or
/// index that is not there, an object used in the wrong state — whether by its type or in a
/// <c>when</c> filter: a later stage skips, explicitly, what earlier problems left absent, so a
/// real bug is never hidden behind a user's mistake. The detector is tested on small snippets first.
/// </summary>
public sealed partial class SwallowedBugConventionTests
{
    private static readonly string[] BugExceptions = ["NullReferenceException", "KeyNotFoundException", "IndexOutOfRangeException", "InvalidOperationException"];

    [Theory]
    [InlineData("try { } catch (InvalidOperationException) { }")]
    [InlineData("try { } catch (System.Collections.Generic.KeyNotFoundException e) { _ = e; }")]
    [InlineData("try { } catch (Exception e) when (e is JsonException or InvalidOperationException) { }")]
    [InlineData("try { } catch (Exception e) when (hadErrors && (e is NullReferenceException || e is ArgumentException)) { }")]
    [InlineData("try { }\n  catch\n  (\n IndexOutOfRangeException\n )\n { }")]
    public void Detector_FindsABugExceptionCaughtByTypeOrFilter(string snippet) =>
        Assert.NotEmpty(Catches(snippet));

    [Theory]
    [InlineData("try { } catch (JsonException) { }")]
    [InlineData("throw new InvalidOperationException(\"no\");")]
    [InlineData("try { } catch (Exception e) when (e is not OutOfMemoryException) { }")]
    [InlineData("// catch (InvalidOperationException) was here once\nvar x = 1;")]
    [InlineData("var text = \"catch (KeyNotFoundException)\";")]
    [InlineData("/// <exception cref=\"InvalidOperationException\">Never caught.</exception>\nvoid M() { }")]
    public void Detector_IgnoresOtherCatchesThrowsCommentsAndTexts(string snippet) =>
        Assert.Empty(Catches(snippet));

    [Fact]
    public void Source_CatchesNoExceptionThatMeansABug()
    {
        var files = SourceText.Files().ToList();

        Assert.True(files.Count > 100, $"Only {files.Count} source files were found under src/.");
        var found = files.SelectMany(file => Catches(file.Text).Select(c => $"{file.Path}: {c}")).ToList();
        Assert.True(found.Count == 0, "Bug exceptions caught (check explicitly instead):\n" + string.Join('\n', found));
    }

    /// <summary>Each catch clause (declaration and filter) that names one of the bug exceptions.</summary>
    private static IEnumerable<string> Catches(string source)
    {
        var code = SourceText.CodeOnly(source);
        foreach (Match match in CatchKeyword().Matches(code))
        {
            var open = match.Index + match.Length - 1;
            var declaration = SourceText.Parenthesised(code, open) ?? string.Empty;
            var rest = code[(open + declaration.Length + 2)..];
            var filter = When().Match(rest) is { Success: true } when ? SourceText.Parenthesised(rest, when.Length - 1) ?? string.Empty : string.Empty;
            var clause = $"catch ({declaration}) when ({filter})";
            if (BugExceptions.Any(name => Regex.IsMatch(clause, $@"\b{name}\b")))
            {
                yield return Regex.Replace(clause, @"\s+", " ");
            }
        }
    }

    [GeneratedRegex(@"\bcatch\s*\(")]
    private static partial Regex CatchKeyword();

    [GeneratedRegex(@"^\s*when\s*\(")]
    private static partial Regex When();
}
