using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text;
using System;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Loading;

/// <summary>Reads strict JSON (no comments, no trailing commas) into <see cref="SourceNode"/>s with positions.</summary>
internal sealed class SourceParser
{
    /// <summary>The deepest nesting of objects and lists a rule set may have.</summary>
    public const int RuleSetMaximumDepth = 64;

    private readonly SourceLines _lines;
    private readonly int _maximumDepth;

    private SourceParser(SourceLines lines, int maximumDepth)
    {
        _lines = lines;
        _maximumDepth = maximumDepth;
    }

    /// <summary>Parses a whole file; on a syntax error returns <see langword="null"/> and the error's position and message.</summary>
    public static SourceNode? Parse(byte[] utf8, out SyntaxError? syntaxError) => Parse(new SourceLines(utf8), RuleSetMaximumDepth, out syntaxError);

    /// <summary>Parses a whole file nested at most <paramref name="maximumDepth"/> levels; on a syntax error returns <see langword="null"/> and the error.</summary>
    public static SourceNode? Parse(SourceLines lines, int maximumDepth, out SyntaxError? syntaxError)
    {
        var parser = new SourceParser(lines, maximumDepth);
        var text = lines.Text;
        if (WideEncoding(text) is { } wide)
        {
            syntaxError = new SyntaxError(new SourcePosition(1, 1), FileMessages.WideEncoding(wide));
            return null;
        }

        if (FirstInvalidUtf8(text) is { } invalid)
        {
            var shown = string.Create(CultureInfo.InvariantCulture, $"0x{text[invalid]:X2}");
            syntaxError = new SyntaxError(lines.At(invalid), FileMessages.NotUtf8(shown));
            return null;
        }

        // The reader's own depth limit is one above ours, so that ours (with its plain message) is met first.
        var reader = new Utf8JsonReader(
            text,
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = maximumDepth + 1 });
        try
        {
            if (!reader.Read())
            {
                syntaxError = new SyntaxError(new SourcePosition(1, 1), FileMessages.Empty);
                return null;
            }

            var root = parser.ReadValue(ref reader, 1);
            if (reader.Read())
            {
                syntaxError = new SyntaxError(lines.At(reader.TokenStartIndex), FileMessages.TextAfterTheEnd);
                return null;
            }

            syntaxError = null;
            return root;
        }
        catch (TooDeepException tooDeep)
        {
            syntaxError = new SyntaxError(tooDeep.Position, FileMessages.NestedTooDeep(maximumDepth));
            return null;
        }
        catch (NotTextException notText)
        {
            syntaxError = new SyntaxError(notText.Position, FileMessages.EscapeNotText);
            return null;
        }
        catch (JsonException exception)
        {
            var message = FirstSentence(exception.Message);
            syntaxError = new SyntaxError(lines.Of(exception), FileMessages.FromReader(message));
            return null;
        }
    }

    /// <summary>
    /// "UTF-16" or "UTF-32" when the text starts with their byte-order mark or, without one, with a
    /// zero byte among its first two (JSON starts with a character below 128, which UTF-16 and UTF-32
    /// write with zero bytes beside it); otherwise null.
    /// </summary>
    private static string? WideEncoding(ReadOnlySpan<byte> bytes)
    {
        var first = bytes.Length >= 4 ? bytes[..4] : [];
        if (first.SequenceEqual((byte[])[0xFF, 0xFE, 0, 0]) || first.SequenceEqual((byte[])[0, 0, 0xFE, 0xFF])
            || (first.Length == 4 && ((first[0] != 0 && first[1] == 0 && first[2] == 0 && first[3] == 0) || (first[0] == 0 && first[1] == 0 && first[2] == 0 && first[3] != 0))))
        {
            return "UTF-32";
        }

        var two = bytes.Length >= 2 ? bytes[..2] : [];
        return two.SequenceEqual((byte[])[0xFF, 0xFE]) || two.SequenceEqual((byte[])[0xFE, 0xFF]) || (two.Length == 2 && (two[0] == 0) != (two[1] == 0)) ? "UTF-16" : null;
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

    /// <summary>A System.Text.Json message without its zero-based line and byte numbers and its JSON path.</summary>
    public static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        cut = cut > 0 ? cut : message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }

    private SourceNode ReadValue(ref Utf8JsonReader reader, int depth)
    {
        var position = _lines.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                CheckDepth(depth, position);
                var obj = new SourceNode(JsonValueKind.Object, position);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = Text(ref reader);
                    var namePosition = _lines.At(reader.TokenStartIndex);
                    reader.Read();
                    obj.Properties.Add(new SourceProperty(name, namePosition, ReadValue(ref reader, depth + 1)));
                }

                return obj;
            case JsonTokenType.StartArray:
                CheckDepth(depth, position);
                var array = new SourceNode(JsonValueKind.Array, position);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, depth + 1));
                }

                return array;
            case JsonTokenType.String:
                var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
                return new SourceNode(JsonValueKind.String, position)
                {
                    StringValue = Text(ref reader),
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

    /// <summary>The string at the reader, found to be text before it is decoded (the file is UTF-8 already; an escaped lone surrogate such as \ud800 is not text).</summary>
    private string Text(ref Utf8JsonReader reader) =>
        JsonStrings.TryGetString(ref reader) ?? throw new NotTextException(_lines.At(reader.TokenStartIndex));

    private void CheckDepth(int depth, SourcePosition position)
    {
        if (depth > _maximumDepth)
        {
            throw new TooDeepException(position);
        }
    }

    private sealed class TooDeepException(SourcePosition position) : Exception
    {
        public SourcePosition Position { get; } = position;
    }

    /// <summary>A string holds an escape that is not text: ends the parse, like a syntax error.</summary>
    private sealed class NotTextException(SourcePosition position) : Exception
    {
        public SourcePosition Position { get; } = position;
    }
}

/// <summary>Why a file is not JSON, and where: in English and Chinese (the reader's own wording is English only).</summary>
internal readonly record struct SyntaxError(SourcePosition Position, BilingualText Detail)
{
    /// <summary>What is wrong, in English.</summary>
    public string Message => Detail.English;

    /// <summary>What is wrong, in Chinese.</summary>
    public string MessageZh => Detail.Chinese;
}
