using System;
using System.IO;
using System.Text;
using System.Text.Unicode;

namespace DpfDomain.Population.Files;

/// <summary>
/// Decides how a text file's bytes are decoded: UTF-8 (with or without a byte-order mark), UTF-16
/// with a byte-order mark (Excel's "Unicode text"), or GB18030 — what Excel and WPS write on Chinese
/// Windows when a file is saved as CSV. Anything else is refused with a message that says how to save it.
/// </summary>
internal static class FileEncoding
{
    /// <summary>How many bytes are looked at to decide.</summary>
    internal const int SampleSize = 1 << 20;

    private static readonly Lazy<Encoding> Gb18030Strict = new(() => Gb18030(DecoderFallback.ExceptionFallback));

    private static readonly Lazy<Encoding> Gb18030Replacing = new(() => Gb18030(new DecoderReplacementFallback("\uFFFD")));

    /// <summary>
    /// The GB18030 encoding (a superset of GBK and GB2312) for reading: bytes that are not GB18030
    /// become U+FFFD, so that the row holding them is rejected as undecodable text, as in UTF-8.
    /// </summary>
    internal static Encoding ChineseWindows => Gb18030Replacing.Value;

    /// <summary>Decides the encoding of a seekable or buffered stream from its first bytes, and rewinds it.</summary>
    /// <returns>The encoding, or null when the bytes are neither UTF-8 nor GB18030.</returns>
    internal static Encoding? Detect(ReadOnlySpan<byte> sample, bool complete)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8;
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        var checkable = complete ? sample : TrimIncompleteTail(sample);
        if (Utf8.IsValid(checkable))
        {
            return Encoding.UTF8;
        }

        try
        {
            // A character cut at the end of the sample is kept for the next call, which never comes: not an error.
            var decoder = Gb18030Strict.Value.GetDecoder();
            _ = decoder.GetCharCount(sample, flush: complete);
            return ChineseWindows;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding Gb18030(DecoderFallback fallback)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, fallback);
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

    /// <summary>A friendly name for messages.</summary>
    internal static string NameOf(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        1200 => "UTF-16 LE",
        1201 => "UTF-16 BE",
        54936 => "GB18030/GBK",
        _ => encoding.WebName,
    };

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
