using System.Collections.Generic;
using System.Text.Json;
using System.Text;
using System;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// A file's text, decoded from the encoding it was saved in (<see cref="TextEncodings"/>) into
/// UTF-8 without a byte-order mark, and where its lines start — after a line feed, a carriage
/// return and line feed, or a carriage return alone (old Mac files, some exporters), as editors
/// count them — so that byte offsets become the 1-based line and column (in characters) an editor
/// shows, whatever the encoding on disk.
/// </summary>
internal sealed class SourceLines
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    // System.Text.Json counts lines by line feeds only: its positions are mapped through these.
    private readonly List<int> _lineFeedStarts = [0];

    /// <summary>Decodes a file's bytes; when they are no text, <see cref="Refusal"/> says why and <see cref="Text"/> is empty.</summary>
    /// <param name="bytes">The file's bytes, in any encoding.</param>
    public SourceLines(byte[] bytes)
    {
        var decoded = TextEncodings.Decode(bytes);
        _utf8 = decoded.Utf8;
        EncodingName = decoded.EncodingName;
        Refusal = decoded.Refusal;
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                _lineFeedStarts.Add(i + 1);
                _lineStarts.Add(i + 1);
            }
            else if (_utf8[i] == (byte)'\r' && (i + 1 == _utf8.Length || _utf8[i + 1] != (byte)'\n'))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The encoding the file was saved in ("UTF-8", "UTF-8 (BOM)", "GB18030/GBK", "UTF-16 LE" …), or null when it is no text.</summary>
    public string? EncodingName { get; }

    /// <summary>Why the bytes are no text, and where; null when they were decoded.</summary>
    public EncodingRefusal? Refusal { get; }

    /// <summary>The text as UTF-8 without a byte-order mark: what JSON readers are given.</summary>
    public ReadOnlySpan<byte> Text => _utf8;

    /// <summary>The position of a byte offset in <see cref="Text"/> (as a JSON reader's token index).</summary>
    public SourcePosition At(long offsetInText)
    {
        var offset = (int)Math.Clamp(offsetInText, 0, _utf8.Length);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var lineStart = _lineStarts[line];
        return new SourcePosition(line + 1, Encoding.UTF8.GetCharCount(_utf8, lineStart, offset - lineStart) + 1);
    }

    /// <summary>The position a JSON reader or serializer over <see cref="Text"/> reported, mapped to this file's lines.</summary>
    public SourcePosition Of(JsonException exception)
    {
        var line = (int)Math.Clamp(exception.LineNumber ?? 0, 0, _lineFeedStarts.Count - 1);
        var lineStart = _lineFeedStarts[line];
        return At(lineStart + Math.Max(0, exception.BytePositionInLine ?? 0));
    }
}
