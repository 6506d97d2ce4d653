using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// Reads JSON strings that may not be text: System.Text.Json's reader accepts an escaped lone
/// surrogate (<c>\ud800</c>) and, outside a checked file, bytes that are not UTF-8, but then
/// refuses to turn them into a .NET string. These are found first, so no refusal has to be caught.
/// </summary>
internal static class JsonStrings
{
    /// <summary>The current string or property name as text, or <see langword="null"/> when it holds bytes that are not UTF-8 or an escape that is not text.</summary>
    /// <param name="reader">A reader on a string or property-name token.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? TryGetString(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return IsText(raw) ? reader.GetString() : null;
    }

    /// <summary>Whether the raw (still escaped) bytes of a JSON string decode to text: valid UTF-8, and every <c>\u</c> surrogate escape paired.</summary>
    /// <param name="raw">The bytes between the quotes.</param>
    /// <returns>Whether <see cref="Utf8JsonReader.GetString"/> can decode them.</returns>
    public static bool IsText(ReadOnlySpan<byte> raw) => System.Text.Unicode.Utf8.IsValid(raw) && !HasLoneSurrogateEscape(raw);

    /// <summary>Whether the raw bytes hold a <c>\u</c> escape of a surrogate that is not one half of a high–low pair.</summary>
    /// <param name="raw">The bytes between the quotes, escapes as written.</param>
    /// <returns>Whether such an escape is there.</returns>
    public static bool HasLoneSurrogateEscape(ReadOnlySpan<byte> raw)
    {
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != (byte)'\\' || i + 1 >= raw.Length)
            {
                i++;
                continue;
            }

            if (raw[i + 1] != (byte)'u')
            {
                i += 2;
                continue;
            }

            var unit = Escaped(raw, i);
            i += 6;
            if (unit is null || !char.IsSurrogate((char)unit.Value))
            {
                continue;
            }

            if (char.IsLowSurrogate((char)unit.Value))
            {
                return true;
            }

            if (Escaped(raw, i) is not { } low || !char.IsLowSurrogate((char)low))
            {
                return true;
            }

            i += 6;
        }

        return false;
    }

    /// <summary>The UTF-16 unit of a <c>\uXXXX</c> escape at an offset, or <see langword="null"/> when there is none.</summary>
    private static int? Escaped(ReadOnlySpan<byte> raw, int offset) =>
        offset + 6 <= raw.Length && raw[offset] == (byte)'\\' && raw[offset + 1] == (byte)'u'
            && int.TryParse(raw.Slice(offset + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit)
            ? unit
            : null;
}
