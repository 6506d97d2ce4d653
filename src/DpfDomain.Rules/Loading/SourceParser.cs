using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DpfDomain.Rules.Loading;

/// <summary>Reads strict JSON (no comments, no trailing commas) into <see cref="SourceNode"/>s with positions.</summary>
internal sealed class SourceParser
{
    private const int MaxDepth = 64;
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];
    private readonly int _start;

    private SourceParser(byte[] utf8)
    {
        _utf8 = utf8;
        _start = utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Parses a whole file; on a syntax error returns <see langword="null"/> and the error's position and message.</summary>
    public static SourceNode? Parse(byte[] utf8, out (SourcePosition Position, string Message)? syntaxError)
    {
        var parser = new SourceParser(utf8);
        if (FirstInvalidUtf8(utf8.AsSpan(parser._start)) is { } invalid)
        {
            syntaxError = (parser.PositionOf(invalid), string.Create(CultureInfo.InvariantCulture, $"The bytes here (0x{utf8[parser._start + invalid]:X2}…) are not UTF-8 text; the file may have been saved as GBK/GB18030 (\"ANSI\"): save it as UTF-8."));
            return null;
        }

        var reader = new Utf8JsonReader(
            utf8.AsSpan(parser._start),
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                syntaxError = (new SourcePosition(1, 1), "The file is empty.");
                return null;
            }

            var root = parser.ReadValue(ref reader);
            if (reader.Read())
            {
                syntaxError = (parser.PositionOf(reader.TokenStartIndex), "There is more text after the end of the JSON document.");
                return null;
            }

            syntaxError = null;
            return root;
        }
        catch (InvalidOperationException)
        {
            // A string the reader cannot turn into text: an escaped lone surrogate such as \ud800.
            syntaxError = (parser.PositionOf(reader.TokenStartIndex), "This string holds an escape that is not text (a lone surrogate such as \\ud800).");
            return null;
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0);
            var bytes = (int)(exception.BytePositionInLine ?? 0);
            var lineStart = line < parser._lineStarts.Count ? parser._lineStarts[line] : 0;
            lineStart = Math.Max(lineStart, parser._start);
            var column = Encoding.UTF8.GetCharCount(utf8, lineStart, Math.Min(bytes, utf8.Length - lineStart)) + 1;
            syntaxError = (new SourcePosition(line + 1, column), FirstSentence(exception.Message));
            return null;
        }
    }

    /// <summary>The offset of the first byte that is not part of valid UTF-8, or null when all are.</summary>
    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        Span<char> chars = stackalloc char[1024];
        while (offset < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
            {
                return offset;
            }
        }

        return null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        cut = cut > 0 ? cut : message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }

    private SourceNode ReadValue(ref Utf8JsonReader reader)
    {
        var position = PositionOf(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new SourceNode(JsonValueKind.Object, position);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var namePosition = PositionOf(reader.TokenStartIndex);
                    reader.Read();
                    obj.Properties.Add(new SourceProperty(name, namePosition, ReadValue(ref reader)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new SourceNode(JsonValueKind.Array, position);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader));
                }

                return array;
            case JsonTokenType.String:
                var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
                return new SourceNode(JsonValueKind.String, position)
                {
                    StringValue = reader.GetString(),
                    RawString = Encoding.UTF8.GetString(raw),
                };
            case JsonTokenType.Number:
                return new SourceNode(JsonValueKind.Number, position)
                {
                    StringValue = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()),
                };
            case JsonTokenType.True:
                return new SourceNode(JsonValueKind.True, position);
            case JsonTokenType.False:
                return new SourceNode(JsonValueKind.False, position);
            default:
                return new SourceNode(JsonValueKind.Null, position);
        }
    }

    private SourcePosition PositionOf(long tokenStart)
    {
        var offset = (int)tokenStart + _start;
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var lineStart = Math.Max(_lineStarts[line], _start);
        return new SourcePosition(line + 1, Encoding.UTF8.GetCharCount(_utf8, lineStart, offset - lineStart) + 1);
    }
}
