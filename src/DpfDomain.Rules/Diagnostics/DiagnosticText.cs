using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace DpfDomain.Rules.Diagnostics;

/// <summary>
/// The last filter on every problem text shown to a user, whatever field a value was typed into:
/// digit runs shaped like an identity number are masked, control and format characters (bidi
/// overrides, zero-width marks, NUL) are shown as <c>\uXXXX</c>, and the text is cut to a
/// readable length. Values are also cut where they are echoed (<c>IsoDates.Echo</c>); this
/// catches what a message builder forgot.
/// </summary>
internal static partial class DiagnosticText
{
    /// <summary>The longest problem text kept, in characters.</summary>
    public const int MaximumLength = 1000;

    /// <summary>The text, safe to show.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maximumLength">The longest text kept; longer text is cut and ends with "…".</param>
    /// <returns>The cleaned text.</returns>
    /// <param name="maskIdentityNumbers">Whether to mask runs shaped like an identity number (not for a file path the user gave, which must stay findable).</param>
    public static string Clean(string? text, int maximumLength = MaximumLength, bool maskIdentityNumbers = true)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var shown = text.Length > maximumLength * 4 ? text[..(maximumLength * 4)] : text;
        shown = maskIdentityNumbers ? IdentityLike().Replace(shown, Mask) : shown;
        if (shown.Any(Invisible))
        {
            var escaped = new StringBuilder(shown.Length + 16);
            foreach (var c in shown)
            {
                if (Invisible(c))
                {
                    escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                }
                else
                {
                    escaped.Append(c);
                }
            }

            shown = escaped.ToString();
        }

        return shown.Length > maximumLength ? string.Concat(shown.AsSpan(0, maximumLength), "…") : shown;
    }

    /// <summary>Keeps the first six and the last four digits of a run (invisible characters inside it dropped) and stars the rest.</summary>
    private static string Mask(Match match)
    {
        var digits = string.Concat(match.Value.Where(c => !Invisible(c)));
        return string.Concat(digits.AsSpan(0, 6), new string('*', digits.Length - 10), digits.AsSpan(digits.Length - 4));
    }

    private static bool Invisible(char c) => c != '\n' && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;

    /// <summary>
    /// A run of 15 or more digits (the last may be X): a first- or second-generation identity
    /// number, alone or run together with other digits, even with invisible characters typed
    /// between them — but not a run inside a hexadecimal token (a GUID in a temporary folder's
    /// name), which no one types an identity number into.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9A-Fa-f])(?:[0-9][\p{Cc}\p{Cf}]*){14,}[0-9Xx](?![0-9A-Fa-f])", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityLike();
}
