using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Unicode;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// How the bytes of every file staff save are turned into text — rule sets, case, person and
/// employer files, rolls and lists: UTF-8 (with or without a byte-order mark), UTF-16 with a
/// byte-order mark (Notepad's "Unicode", Excel's "Unicode text"), or GB18030, a superset of GBK
/// and GB2312 — what Notepad, WPS and Excel write on Chinese Windows when a file is saved as
/// "ANSI" or as CSV. UTF-8 wins when the bytes are valid both ways. Anything else is refused with
/// the position of the first byte that cannot be read and how to save the file as UTF-8.
/// </summary>
internal static class TextEncodings
{
    /// <summary>How many bytes of a stream (a roll) are looked at to decide.</summary>
    internal const int SampleSize = 1 << 20;

    /// <summary>The name shown for UTF-8.</summary>
    internal const string Utf8Name = "UTF-8";

    /// <summary>The name shown for GB18030.</summary>
    internal const string ChineseWindowsName = "GB18030/GBK";

    private static readonly Lazy<Encoding> Gb18030Strict = new(() => Gb18030(DecoderFallback.ExceptionFallback));

    private static readonly Lazy<Encoding> Gb18030Replacing = new(() => Gb18030(new DecoderReplacementFallback("\uFFFD")));

    /// <summary>
    /// The GB18030 encoding for reading a stream: bytes that are not GB18030 become U+FFFD, so that
    /// the row holding them is rejected as undecodable text, as in UTF-8.
    /// </summary>
    internal static Encoding ChineseWindows => Gb18030Replacing.Value;

    /// <summary>
    /// Decides the encoding of a stream (a roll) from its first bytes: a byte-order mark, then
    /// UTF-8, then GB18030. A sample that is UTF-8 up to a bad byte after Chinese text is UTF-8
    /// with a damaged row (that row is rejected when read), not GB18030.
    /// </summary>
    /// <param name="sample">The first bytes.</param>
    /// <param name="complete">Whether the sample is the whole stream.</param>
    /// <returns>The encoding, or null when the bytes are none of these.</returns>
    internal static Encoding? Detect(ReadOnlySpan<byte> sample, bool complete)
    {
        if (sample.StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8;
        }

        if (Utf32ByteOrderMark(sample))
        {
            return null;
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        if (WideWithoutByteOrderMark(sample) is not null)
        {
            return null;
        }

        var checkable = complete ? sample : TrimIncompleteTail(sample);
        var invalid = FirstInvalidUtf8(checkable);
        if (invalid is null || ChineseBefore(checkable, invalid.Value))
        {
            return Encoding.UTF8;
        }

        // A character cut at the end of the sample is kept for the next call, which never comes: not an error.
        return FirstInvalidGb18030(sample, flush: complete) is null ? ChineseWindows : null;
    }

    /// <summary>Turns a whole file into UTF-8 text without a byte-order mark, or says why it cannot be read and where.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The text as UTF-8 and the encoding it was saved in, or the refusal.</returns>
    internal static DecodedText Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (Utf32ByteOrderMark(span))
        {
            return Refused(new SourcePosition(1, 1), FileMessages.WideEncoding("UTF-32", marked: true));
        }

        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            var rest = span[Encoding.UTF8.Preamble.Length..];
            return FirstInvalidUtf8(rest) is { } bad
                ? Refused(PositionAfter(Encoding.UTF8.GetString(rest[..bad])), FileMessages.DamagedUtf8(Shown(rest, bad)))
                : new DecodedText(rest.ToArray(), "UTF-8 (BOM)", null);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var bigEndian = span[0] == 0xFE;
            var rest = span[2..];
            var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
            return FirstInvalidUtf16(rest, bigEndian) is { } bad
                ? Refused(PositionAfter(encoding.GetString(rest[..bad])), FileMessages.DamagedUtf16)
                : new DecodedText(Encoding.UTF8.GetBytes(encoding.GetString(rest)), bigEndian ? "UTF-16 BE" : "UTF-16 LE", null);
        }

        if (WideWithoutByteOrderMark(span) is { } wide)
        {
            return Refused(new SourcePosition(1, 1), FileMessages.WideEncoding(wide, marked: false));
        }

        if (FirstInvalidUtf8(span) is not { } invalidUtf8)
        {
            return new DecodedText(bytes, Utf8Name, null);
        }

        if (ChineseBefore(span, invalidUtf8))
        {
            return Refused(PositionAfter(Encoding.UTF8.GetString(span[..invalidUtf8])), FileMessages.DamagedUtf8(Shown(span, invalidUtf8)));
        }

        if (FirstInvalidGb18030(span, flush: true) is not { } invalidGb)
        {
            return new DecodedText(Encoding.UTF8.GetBytes(Gb18030Strict.Value.GetString(span)), ChineseWindowsName, null);
        }

        // Neither: the first bad byte is where the reading that went further stops.
        var position = invalidGb > invalidUtf8
            ? PositionAfter(Gb18030Strict.Value.GetString(span[..invalidGb]))
            : PositionAfter(Encoding.UTF8.GetString(span[..invalidUtf8]));
        var at = Math.Max(invalidGb, invalidUtf8);
        return Refused(position, FileMessages.NotText(Shown(span, at)));
    }

    /// <summary>Reads up to <see cref="SampleSize"/> bytes from the start of a stream.</summary>
    internal static (byte[] Sample, int Length, bool Complete) ReadSample(Stream stream)
    {
        var buffer = new byte[SampleSize];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return (buffer, total, total < buffer.Length);
    }

    /// <summary>A friendly name for messages and reports.</summary>
    internal static string NameOf(Encoding encoding) => encoding.CodePage switch
    {
        65001 => Utf8Name,
        1200 => "UTF-16 LE",
        1201 => "UTF-16 BE",
        54936 => ChineseWindowsName,
        _ => encoding.WebName,
    };

    /// <summary>The offset of the first byte that is not part of valid UTF-8 (a character cut at the end included), or null when all are.</summary>
    internal static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        Span<char> chars = stackalloc char[1024];
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData)
            {
                return offset;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the valid UTF-8 before a bad byte holds a Chinese character (or other East Asian
    /// text): then the file is UTF-8 damaged at that byte, not GB18030 — GB18030 bytes almost
    /// never form a UTF-8 Chinese character before the first byte that is not UTF-8.
    /// </summary>
    private static bool ChineseBefore(ReadOnlySpan<byte> bytes, int invalid)
    {
        foreach (var rune in Encoding.UTF8.GetString(bytes[..invalid]).EnumerateRunes())
        {
            if (rune.Value is >= 0x2E80 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF or >= 0x20000)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The offset of the first byte that is not GB18030 (the start of the character it breaks), or null when all are.</summary>
    private static int? FirstInvalidGb18030(ReadOnlySpan<byte> bytes, bool flush)
    {
        if (DecodesAsGb18030(bytes, flush))
        {
            return null;
        }

        // The longest start that decodes (a character cut at its end kept for later): found by halving, as every shorter start decodes too.
        int valid;
        if (DecodesAsGb18030(bytes, flush: false))
        {
            valid = bytes.Length;
        }
        else
        {
            var (low, high) = (0, bytes.Length);
            while (high - low > 1)
            {
                var middle = low + ((high - low) / 2);
                (low, high) = DecodesAsGb18030(bytes[..middle], flush: false) ? (middle, high) : (low, middle);
            }

            valid = low;
        }

        // That start may end in a character cut short (a GB18030 character has at most four bytes): the bad byte starts it.
        for (var start = valid; start >= Math.Max(0, valid - 3); start--)
        {
            if (DecodesAsGb18030(bytes[..start], flush: true))
            {
                return start;
            }
        }

        return valid;
    }

    private static bool DecodesAsGb18030(ReadOnlySpan<byte> bytes, bool flush)
    {
        try
        {
            _ = Gb18030Strict.Value.GetDecoder().GetCharCount(bytes, flush);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The offset of the first UTF-16 code unit that is a broken surrogate pair (or an odd last byte), or null.</summary>
    private static int? FirstInvalidUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var i = 0;
        while (i + 1 < bytes.Length)
        {
            var unit = bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                if (i + 3 >= bytes.Length)
                {
                    return i;
                }

                var next = bigEndian ? (bytes[i + 2] << 8) | bytes[i + 3] : bytes[i + 2] | (bytes[i + 3] << 8);
                if (next is < 0xDC00 or > 0xDFFF)
                {
                    return i;
                }

                i += 4;
            }
            else if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return i;
            }
            else
            {
                i += 2;
            }
        }

        return i < bytes.Length ? i : null;
    }

    private static bool Utf32ByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]);

    /// <summary>
    /// "UTF-16" or "UTF-32" when a file without a byte-order mark has a zero byte among its first
    /// two or four (JSON starts with a character below 128, which those encodings write with zero
    /// bytes beside it); otherwise null.
    /// </summary>
    private static string? WideWithoutByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 4 && ((bytes[0] != 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0) || (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] != 0)))
        {
            return "UTF-32";
        }

        return bytes.Length >= 2 && (bytes[0] == 0) != (bytes[1] == 0) ? "UTF-16" : null;
    }

    /// <summary>The position just after some text, as an editor counts lines (LF, CR LF or CR alone) and columns (characters).</summary>
    private static SourcePosition PositionAfter(string text)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourcePosition(line, text.Length - lineStart + 1);
    }

    /// <summary>The bad byte and the non-ASCII bytes after it (up to four), in hexadecimal: "C0 AF".</summary>
    private static string Shown(ReadOnlySpan<byte> bytes, int offset)
    {
        // The bytes that are not plain ASCII from there, at most four (at least the bad one).
        var length = 1;
        while (length < 4 && offset + length < bytes.Length && bytes[offset + length] >= 0x80)
        {
            length++;
        }

        var shown = bytes.Slice(offset, length);
        var parts = new string[shown.Length];
        for (var i = 0; i < shown.Length; i++)
        {
            parts[i] = shown[i].ToString("X2", CultureInfo.InvariantCulture);
        }

        return string.Join(' ', parts);
    }

    private static DecodedText Refused(SourcePosition position, DetailAndFix problem) => new([], null, new EncodingRefusal(position, problem));

    private static Encoding Gb18030(DecoderFallback fallback)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, fallback);
    }

    private static ReadOnlySpan<byte> TrimIncompleteTail(ReadOnlySpan<byte> sample)
    {
        // A multi-byte character may be cut at the end of the sample: drop up to three trailing bytes of it.
        var end = sample.Length;
        for (var i = 1; i <= 3 && end - i >= 0; i++)
        {
            var b = sample[end - i];
            if ((b & 0xC0) != 0x80)
            {
                return (b & 0x80) == 0 ? sample : sample[..(end - i)];
            }
        }

        return sample;
    }
}

/// <summary>A file's text as UTF-8 without a byte-order mark and the encoding it was saved in; or, when it cannot be read, why and where.</summary>
/// <param name="Utf8">The text as UTF-8 (empty when refused).</param>
/// <param name="EncodingName">The encoding the file was saved in, e.g. "GB18030/GBK"; null when refused.</param>
/// <param name="Refusal">Why the bytes are not text, or null.</param>
internal sealed record DecodedText(byte[] Utf8, string? EncodingName, EncodingRefusal? Refusal);

/// <summary>Where the first byte that cannot be read is, what is wrong and how to save the file.</summary>
internal sealed record EncodingRefusal(SourcePosition Position, DetailAndFix Problem);
