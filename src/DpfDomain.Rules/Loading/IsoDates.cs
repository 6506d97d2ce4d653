using System;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace DpfDomain.Rules.Loading;

/// <summary>Strict <c>yyyy-MM-dd</c> dates.</summary>
internal static class IsoDates
{
    /// <summary>The earliest year a date in a rule set, case or person file may have.</summary>
    public const int FirstYear = 1800;

    /// <summary>The latest year a date in a rule set, case or person file may have.</summary>
    public const int LastYear = 2199;

    public static bool TryParse(string? text, out LocalDate date)
    {
        // Exactly yyyy-MM-dd: no sign, no year 0000, nothing after the day (a NUL or a space included).
        var result = text is { Length: 10 } && text[0] is >= '0' and <= '9' ? LocalDatePattern.Iso.Parse(text) : null;
        date = result is { Success: true } && result.Value.Year is >= FirstYear and <= LastYear ? result.Value : default;
        return date != default;
    }

    /// <summary>A value as it may be echoed in a message: text holding 15 or more digits (an identity number typed into the wrong field) is masked, long text cut, control and format characters (bidi overrides, zero-width marks) shown as \uXXXX.</summary>
    public static string Echo(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var digits = text.Count(char.IsAsciiDigit);
        var shown = digits >= 15 && text.Length >= 10 ? string.Concat(text.AsSpan(0, 6), new string('*', text.Length - 10), text.AsSpan(text.Length - 4)) : text;
        shown = shown.Length > 40 ? shown[..40] + "…" : shown;
        return shown.Any(Invisible) ? string.Concat(shown.Select(c => Invisible(c) ? $"\\u{(int)c:X4}" : c.ToString())) : shown;

        // Control characters and format characters (bidi overrides, zero-width marks, the byte-order mark).
        static bool Invisible(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format;
    }
}
