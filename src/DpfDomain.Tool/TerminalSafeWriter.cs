using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace DpfDomain.Tool;

/// <summary>
/// Writes text for a terminal with the characters that could rewrite the screen shown instead of
/// obeyed: control characters other than line breaks and tabs (an escape sequence could move the
/// cursor and print a fake result) and the bidirectional overrides (which reorder what is read).
/// Everything <c>dpf</c> prints goes through it, since rule-set and person files are untrusted.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => CultureInfo.InvariantCulture;

    public override void Write(char value)
    {
        if (IsUnsafe(value))
        {
            inner.Write(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)value:X4}"));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var c in value)
        {
            if (IsUnsafe(c))
            {
                foreach (var safe in value)
                {
                    Write(safe);
                }

                return;
            }
        }

        inner.Write(value);
    }

    public override void Flush() => inner.Flush();

    internal static bool IsUnsafe(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
        || c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\u200E' or '\u200F';
}
