using System;
using System.Linq;
using NodaTime;

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
        // Exactly yyyy-MM-dd in ASCII digits: no sign, no year 0000, nothing after the day (a NUL or a space included).
        // Read by hand rather than by a date pattern, whose one-time set-up costs more than every date of a catalog.
        date = default;
        if (text is not { Length: 10 } || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var (year, month, day) = (Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2));
        if (year is < FirstYear or > LastYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits from <paramref name="start"/>, or -1 when one is no digit.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
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
