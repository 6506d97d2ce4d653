using System.Collections.Generic;
using System.Text.Json;
using System.Text;
using System;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// Where the lines of a UTF-8 file start — after a line feed, a carriage return and line feed, or a
/// carriage return alone (old Mac files, some exporters), as editors count them — so that byte
/// offsets become the 1-based line and column (in characters) an editor shows.
/// </summary>
internal sealed class SourceLines
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    // System.Text.Json counts lines by line feeds only: its positions are mapped through these.
    private readonly List<int> _lineFeedStarts = [0];

    public SourceLines(byte[] utf8)
    {
        _utf8 = utf8;
        TextStart = utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineFeedStarts.Add(i + 1);
                _lineStarts.Add(i + 1);
            }
            else if (utf8[i] == (byte)'\r' && (i + 1 == utf8.Length || utf8[i + 1] != (byte)'\n'))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The offset of the text after a UTF-8 byte-order mark, if there is one.</summary>
    public int TextStart { get; }

    /// <summary>The bytes after the byte-order mark: what JSON readers are given.</summary>
    public ReadOnlySpan<byte> Text => _utf8.AsSpan(TextStart);

    /// <summary>The position of a byte offset counted from <see cref="TextStart"/> (as a JSON reader's token index).</summary>
    public SourcePosition At(long offsetInText)
    {
        var offset = (int)Math.Clamp(offsetInText + TextStart, TextStart, _utf8.Length);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var lineStart = Math.Max(_lineStarts[line], TextStart);
        return new SourcePosition(line + 1, Encoding.UTF8.GetCharCount(_utf8, lineStart, offset - lineStart) + 1);
    }

    /// <summary>The position a JSON reader or serializer over <see cref="Text"/> reported, mapped to this file's lines.</summary>
    public SourcePosition Of(JsonException exception)
    {
        var line = (int)Math.Clamp(exception.LineNumber ?? 0, 0, _lineFeedStarts.Count - 1);
        var lineStart = Math.Max(_lineFeedStarts[line], TextStart);
        return At(lineStart - TextStart + Math.Max(0, exception.BytePositionInLine ?? 0));
    }
}
