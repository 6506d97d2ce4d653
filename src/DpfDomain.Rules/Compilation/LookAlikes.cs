using System.Collections.Generic;
using System.Text;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// Finds, before an expression is parsed, the characters a Chinese input method types in place of
/// the half-width ones expressions need — full-width operators, brackets, digits, quotation marks
/// and spaces, and mathematical signs (≥ ≤ ≠ × ÷) — outside text in half-width quotes, where they
/// are ordinary text. Characters typed together (＆＆, ！＝, ≥) are one finding, with what to type.
/// </summary>
internal static class LookAlikes
{
    /// <summary>Each run of look-alike characters, at its first character (0-based, in characters).</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The problems, in order; empty when there are none.</returns>
    public static IReadOnlyList<ExpressionProblem> Find(string expression)
    {
        var found = new List<ExpressionProblem>();
        var quote = '\0';
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (quote != '\0')
            {
                i += c == '\\' ? 2 : 1;
                quote = c == quote ? '\0' : quote;
                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
                i++;
                continue;
            }

            if (Of(expression, i) is not { } first)
            {
                i += char.IsSurrogatePair(expression, i) ? 2 : 1;
                continue;
            }

            // One run: look-alikes typed together; a full-width space is reported alone, and ends a run.
            var start = i;
            var typed = new StringBuilder();
            var ascii = new StringBuilder();
            var names = new List<BilingualText>();
            while (i < expression.Length && Of(expression, i) is { } next && (i == start || (first.Expression != " " && next.Expression != " ")))
            {
                typed.Append(expression[i]);
                ascii.Append(next.Expression);
                if (!names.Contains(next.Name))
                {
                    names.Add(next.Name);
                }

                i++;
            }

            found.Add(new ExpressionProblem(ExpressionMessages.LookAlike(typed.ToString(), FullWidth.Joined(names), ascii.ToString()), start));
            if (found.Count == 20)
            {
                break;
            }
        }

        return found;
    }

    private static FullWidth.LookAlike? Of(string expression, int index) =>
        char.IsSurrogate(expression[index]) ? null : FullWidth.Of(expression[index]);
}
