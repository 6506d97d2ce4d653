using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// The last filter on every problem text shown to a user, whatever field a value was typed into:
/// digit runs shaped like an identity number are masked, control and format characters (bidi
/// overrides, zero-width marks, NUL) are shown as <c>\uXXXX</c>, and the text is cut to a
/// readable length. Values are also cut where they are echoed (<see cref="IsoDates.Echo"/>); this
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
    public static string Clean(string? text, int maximumLength = MaximumLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var shown = text.Length > maximumLength * 4 ? text[..(maximumLength * 4)] : text;
        shown = IdentityLike().Replace(shown, m => string.Concat(m.ValueSpan[..6], new string('*', m.Length - 10), m.ValueSpan[^4..]));
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

    private static bool Invisible(char c) => c != '\n' && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;

    /// <summary>A run of 15 or more digits (the last may be X): a first- or second-generation identity number, alone or run together with other digits.</summary>
    [GeneratedRegex("(?<![0-9])[0-9]{14,}[0-9Xx]", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityLike();
}
