using System.Buffers;
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
    public static SourceNode? Parse(byte[] bytes, out SyntaxError? syntaxError) => Parse(new SourceLines(bytes), RuleSetMaximumDepth, out syntaxError);

    /// <summary>
    /// Parses a whole file, decoded by <paramref name="lines"/>, nested at most
    /// <paramref name="maximumDepth"/> levels; on a syntax error (or bytes that are no text)
    /// returns <see langword="null"/> and the error, in plain words with its fix.
    /// </summary>
    public static SourceNode? Parse(SourceLines lines, int maximumDepth, out SyntaxError? syntaxError)
    {
        if (lines.Refusal is { } refusal)
        {
            syntaxError = new SyntaxError(refusal.Position, refusal.Problem);
            return null;
        }

        var parser = new SourceParser(lines, maximumDepth);

        // The reader's own depth limit is one above ours, so that ours (with its plain message) is met first.
        var reader = new Utf8JsonReader(
            lines.Text,
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
            // The reader's message is English only: the mistake is found and named again, in both languages.
            syntaxError = JsonSyntaxScanner.FirstMistake(lines) ?? new SyntaxError(lines.Of(exception), JsonSyntaxMessages.Unexplained);
            return null;
        }
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

    /// <summary>The string at the reader, found to be text before it is decoded (the text is UTF-8 already; an escaped lone surrogate such as \ud800 is not text).</summary>
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

/// <summary>Why a file is not JSON (or not text), and where: what is wrong and the fix, in English and Chinese.</summary>
/// <param name="Position">Where the mistake is.</param>
/// <param name="Problem">What is wrong and how to fix it.</param>
internal readonly record struct SyntaxError(SourcePosition Position, DetailAndFix Problem)
{
    /// <summary>What is wrong, in English and Chinese.</summary>
    public BilingualText Detail => Problem.Detail;

    /// <summary>What is wrong, in English.</summary>
    public string Message => Problem.Detail.English;

    /// <summary>What is wrong, in Chinese.</summary>
    public string MessageZh => Problem.Detail.Chinese;
}
