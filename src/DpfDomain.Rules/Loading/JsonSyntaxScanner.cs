using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DpfDomain.Rules.Diagnostics.Messages;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// Finds the first mistake in text that the JSON reader refused and names it in plain words:
/// full-width punctuation, a missing or extra comma, a comment, a key or text without double
/// quotes, a wrong number or word, an unclosed text or bracket (saying where it was opened), a
/// control character or a bad backslash in text. It walks the text itself, by the JSON grammar
/// (RFC 8259, as strict as the reader), so that no English message of the reader is ever shown.
/// </summary>
internal sealed class JsonSyntaxScanner
{
    /// <summary>Open objects and lists kept with their positions; deeper ones are counted only (the depth check reports them).</summary>
    private const int TrackedDepth = 256;

    private readonly SourceLines _lines;
    private readonly byte[] _text;
    private readonly Stack<(char Opener, int Offset)> _open = new();
    private int _untracked;
    private int _at;
    private Expect? _pendingOpen;

    /// <summary>The offset just after the closing quote of the last text read; -1 before any.</summary>
    private int _stringEnd = -1;

    private JsonSyntaxScanner(SourceLines lines)
    {
        _lines = lines;
        _text = lines.Text.ToArray();
    }

    private enum Expect
    {
        Value,
        FirstValueOrEnd,
        FirstKeyOrEnd,
        KeyAfterComma,
        Colon,
        CommaOrEnd,
    }

    private int Depth => _open.Count + _untracked;

    /// <summary>The first mistake in the text, or null when the walk finds none (the reader's refusal is then shown in general words).</summary>
    public static SyntaxError? FirstMistake(SourceLines lines) => new JsonSyntaxScanner(lines).Scan();

    private SyntaxError? Scan()
    {
        var expect = Expect.Value;
        var lastKey = string.Empty;
        var afterColon = false;
        while (true)
        {
            if (SkipSpace() is { } between)
            {
                return between;
            }

            if (_at >= _text.Length)
            {
                if (_open.Count > 0)
                {
                    var (opener, offset) = _open.Peek();
                    return Error(_at, JsonSyntaxMessages.EndsOpen(opener, Line(offset), Column(offset)));
                }

                return Depth > 0 ? Error(_at, JsonSyntaxMessages.EndsWithoutValue) : expect == Expect.Value ? Error(_at, FileMessages.Empty) : null;
            }

            var start = _at;
            var c = _text[_at];
            switch (expect)
            {
                case Expect.Value or Expect.FirstValueOrEnd:
                    if (c is (byte)']' or (byte)'}' or (byte)',')
                    {
                        if (ValueMissing(c, expect, afterColon, lastKey) is { } missing)
                        {
                            return missing;
                        }

                        Close();
                        expect = Expect.CommaOrEnd;
                        break;
                    }

                    if (Value() is { } badValue)
                    {
                        return badValue;
                    }

                    expect = _pendingOpen ?? Expect.CommaOrEnd;
                    _pendingOpen = null;
                    afterColon = false;
                    break;
                case Expect.FirstKeyOrEnd or Expect.KeyAfterComma:
                    if (c == '}' && expect == Expect.FirstKeyOrEnd)
                    {
                        Close();
                        expect = Expect.CommaOrEnd;
                        break;
                    }

                    if (c == '}')
                    {
                        return Error(PreviousComma(start), JsonSyntaxMessages.TrailingComma('}'));
                    }

                    if (c == '"')
                    {
                        var keyStart = _at;
                        if (String() is { } badKey)
                        {
                            return badKey;
                        }

                        lastKey = Encoding.UTF8.GetString(_text, keyStart + 1, Math.Max(0, _at - keyStart - 2));
                        expect = Expect.Colon;
                        break;
                    }

                    if (expect == Expect.KeyAfterComma && IsDigit(c) && start > 0 && _text[start - 1] == ',' && start > 1 && IsDigit(_text[start - 2]))
                    {
                        return Error(start - 1, JsonSyntaxMessages.ThousandsSeparator(NumberAround(start - 1)));
                    }

                    return Error(start, KeyMistake(c));
                case Expect.Colon:
                    if (c == ':')
                    {
                        _at++;
                        expect = Expect.Value;
                        afterColon = true;
                        break;
                    }

                    if (QuoteEndedTextEarly(start, c))
                    {
                        return Error(start - 1, JsonSyntaxMessages.QuoteEndedText);
                    }

                    return Error(start, FullWidthAt(start) ?? JsonSyntaxMessages.MissingColon(Shorten(lastKey), c == '='));
                default:
                    if (c == ',')
                    {
                        if (_open.Count == 0 && _untracked == 0)
                        {
                            return Error(start, FileMessages.TextAfterTheEnd);
                        }

                        _at++;
                        expect = CurrentOpener() == '{' ? Expect.KeyAfterComma : Expect.Value;
                        break;
                    }

                    if (c is (byte)'}' or (byte)']' && Depth > 0)
                    {
                        var opener = CurrentOpener();
                        if (opener is { } o && o != (c == '}' ? '{' : '['))
                        {
                            var (_, offset) = _open.Peek();
                            return Error(start, JsonSyntaxMessages.Mismatched((char)c, o, Line(offset), Column(offset)));
                        }

                        Close();
                        expect = Expect.CommaOrEnd;
                        break;
                    }

                    if (QuoteEndedTextEarly(start, c))
                    {
                        return Error(start - 1, JsonSyntaxMessages.QuoteEndedText);
                    }

                    if (Depth == 0)
                    {
                        return Error(start, FileMessages.TextAfterTheEnd);
                    }

                    return Error(start, AfterValueMistake(c));
            }
        }
    }

    /// <summary>
    /// A closing bracket or comma where a value is expected: the mistake, or null for the ']' of an
    /// empty list (which closes it).
    /// </summary>
    private SyntaxError? ValueMissing(byte c, Expect expect, bool afterColon, string key)
    {
        if (afterColon)
        {
            return Error(_at, JsonSyntaxMessages.EmptyItem(afterColon: true, Shorten(key)));
        }

        if (Depth == 0)
        {
            return Error(_at, JsonSyntaxMessages.ExpectedValue(CharacterAt(_at)));
        }

        if (c == ',')
        {
            return Error(_at, JsonSyntaxMessages.EmptyItem(afterColon: false, null));
        }

        var opener = CurrentOpener();
        if (opener == '[' && c == ']')
        {
            return expect == Expect.FirstValueOrEnd ? null : Error(PreviousComma(_at), JsonSyntaxMessages.TrailingComma(']'));
        }

        if (opener is { } o)
        {
            var (_, offset) = _open.Peek();
            return Error(_at, JsonSyntaxMessages.Mismatched((char)c, o, Line(offset), Column(offset)));
        }

        return Error(_at, JsonSyntaxMessages.ExpectedValue(CharacterAt(_at)));
    }

    private char? CurrentOpener() => _untracked > 0 ? null : _open.Count > 0 ? _open.Peek().Opener : null;

    private void Open(char opener)
    {
        if (_open.Count < TrackedDepth)
        {
            _open.Push((opener, _at));
        }
        else
        {
            _untracked++;
        }

        _at++;
        _pendingOpen = opener == '{' ? Expect.FirstKeyOrEnd : Expect.FirstValueOrEnd;
    }

    private void Close()
    {
        if (_untracked > 0)
        {
            _untracked--;
        }
        else if (_open.Count > 0)
        {
            _open.Pop();
        }

        _at++;
    }

    /// <summary>Reads one value at <see cref="_at"/>; an object or list is only opened.</summary>
    private SyntaxError? Value()
    {
        var start = _at;
        var c = _text[_at];
        switch (c)
        {
            case (byte)'{':
                Open('{');
                return null;
            case (byte)'[':
                Open('[');
                return null;
            case (byte)'"':
                return String();
            case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                return Number();
            case (byte)'+':
                return Error(start, JsonSyntaxMessages.PlusSign());
            case (byte)'.' when _at + 1 < _text.Length && IsDigit(_text[_at + 1]):
                return Error(start, JsonSyntaxMessages.LeadingDot());
            case (byte)'\'':
                return Error(start, JsonSyntaxMessages.SingleQuotes());
            default:
                if (FullWidthAt(start) is { } fullWidth)
                {
                    return Error(start, fullWidth);
                }

                var word = Word(start);
                if (word.Length > 0)
                {
                    _at = start + Encoding.UTF8.GetByteCount(word);
                    return word is "true" or "false" or "null" ? null : Error(start, WordMistake(word));
                }

                return Error(start, JsonSyntaxMessages.ExpectedValue(CharacterAt(start)));
        }
    }

    private SyntaxError? String()
    {
        var start = _at;
        int? fullWidthQuote = null;
        _at++;
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (c == '"')
            {
                _at++;
                _stringEnd = _at;
                return null;
            }

            if (c == '\\')
            {
                if (Escape() is { } badEscape)
                {
                    return badEscape;
                }

                continue;
            }

            if (c is (byte)'\n' or (byte)'\r')
            {
                return Error(_at, JsonSyntaxMessages.UnclosedString(Line(start), Column(start), fullWidthQuote is { } q ? Column(q) : null));
            }

            if (c == '\t')
            {
                return Error(_at, JsonSyntaxMessages.TabInString);
            }

            if (c < 0x20)
            {
                return Error(_at, JsonSyntaxMessages.ControlInString(c));
            }

            // ” (E2 80 9D) and “ (E2 80 9C): a text typed with Chinese quotation marks around it.
            if (c == 0xE2 && _at + 2 < _text.Length && _text[_at + 1] == 0x80 && _text[_at + 2] is 0x9C or 0x9D)
            {
                fullWidthQuote ??= _at;
            }

            _at++;
        }

        return Error(_at, JsonSyntaxMessages.EndsInString(Line(start), Column(start)));
    }

    private SyntaxError? Escape()
    {
        var start = _at;
        if (_at + 1 >= _text.Length)
        {
            _at = _text.Length;
            return null;
        }

        var e = _text[_at + 1];
        if (e is (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t')
        {
            _at += 2;
            return null;
        }

        if (e == 'u')
        {
            for (var i = 2; i < 6; i++)
            {
                if (_at + i >= _text.Length || !Uri.IsHexDigit((char)_text[_at + i]))
                {
                    return Error(start, JsonSyntaxMessages.BadUnicodeEscape(Piece(start, 6)));
                }
            }

            _at += 6;
            return null;
        }

        return Error(start, JsonSyntaxMessages.BadEscape(Piece(start, 2)));
    }

    private SyntaxError? Number()
    {
        var start = _at;
        if (_text[_at] == '-')
        {
            _at++;
        }

        var digitsStart = _at;
        while (_at < _text.Length && IsDigit(_text[_at]))
        {
            _at++;
        }

        if (_at == digitsStart)
        {
            return FullWidthAt(_at) is { } fullWidth ? Error(_at, fullWidth) : Error(start, JsonSyntaxMessages.IncompleteNumber(Piece(start, _at - start)));
        }

        if (_at - digitsStart > 1 && _text[digitsStart] == '0')
        {
            return Error(start, JsonSyntaxMessages.LeadingZero(Piece(start, _at - start)));
        }

        if (_at < _text.Length && _text[_at] == '.')
        {
            _at++;
            if (!Digits())
            {
                return Error(start, JsonSyntaxMessages.IncompleteNumber(Piece(start, _at - start)));
            }
        }

        if (_at < _text.Length && _text[_at] is (byte)'e' or (byte)'E')
        {
            var exponent = _at;
            _at++;
            if (_at < _text.Length && _text[_at] is (byte)'+' or (byte)'-')
            {
                _at++;
            }

            if (!Digits())
            {
                // "1e" followed by a letter is a number run into a word, not an exponent.
                _at = exponent;
                return Error(start, JsonSyntaxMessages.NumberFollowedBy(Piece(start, exponent - start), CharacterAt(exponent)));
            }
        }

        if (_at < _text.Length && FullWidthAt(_at) is null && (Word(_at).Length > 0 || _text[_at] == '.'))
        {
            return Error(start, JsonSyntaxMessages.NumberFollowedBy(Piece(start, _at - start), CharacterAt(_at)));
        }

        return null;
    }

    private bool Digits()
    {
        var from = _at;
        while (_at < _text.Length && IsDigit(_text[_at]))
        {
            _at++;
        }

        return _at > from;
    }

    /// <summary>Skips spaces, tabs and line breaks; stops at a comment, a full-width space or an invisible character with the mistake.</summary>
    private SyntaxError? SkipSpace()
    {
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                _at++;
                continue;
            }

            if (c == '/' && _at + 1 < _text.Length && _text[_at + 1] is (byte)'/' or (byte)'*')
            {
                return Error(_at, JsonSyntaxMessages.Comment(block: _text[_at + 1] == '*'));
            }

            if (c >= 0x80 && Rune.DecodeFromUtf8(_text.AsSpan(_at), out var rune, out _) == System.Buffers.OperationStatus.Done)
            {
                if (rune.Value == 0x3000 && FullWidthAt(_at) is { } space)
                {
                    return Error(_at, space);
                }

                if (JsonSyntaxMessages.InvisibleName(rune.Value) is { } name)
                {
                    return Error(_at, JsonSyntaxMessages.Invisible(rune.Value, name));
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Whether the character at <paramref name="start"/> follows a text's closing quote directly, on
    /// the same line, and is no comma, colon, bracket or full-width look-alike: then the quote did not
    /// end the text as meant ("…>= "16"" — a quote that is part of the text, written without its backslash).
    /// </summary>
    private bool QuoteEndedTextEarly(int start, byte c) =>
        start == _stringEnd && c is not ((byte)',' or (byte)':' or (byte)'{' or (byte)'[' or (byte)'}' or (byte)']') && FullWidthAt(start) is null;

    private DetailAndFix KeyMistake(byte c)
    {
        if (FullWidthAt(_at) is { } fullWidth)
        {
            return fullWidth;
        }

        if (c == '\'')
        {
            return JsonSyntaxMessages.SingleQuotes();
        }

        var word = Word(_at);
        return word.Length > 0 ? JsonSyntaxMessages.UnquotedKey(Shorten(word)) : JsonSyntaxMessages.ExpectedKey(CharacterAt(_at));
    }

    private DetailAndFix AfterValueMistake(byte c)
    {
        if (FullWidthAt(_at) is { } fullWidth)
        {
            return fullWidth;
        }

        if (c is (byte)'"' or (byte)'{' or (byte)'[' or (byte)'-' or (>= (byte)'0' and <= (byte)'9') || Word(_at).Length > 0)
        {
            return JsonSyntaxMessages.MissingComma(property: CurrentOpener() == '{');
        }

        return JsonSyntaxMessages.ExpectedCommaOrEnd(CharacterAt(_at), CurrentOpener() == '[' ? ']' : '}');
    }

    private static DetailAndFix WordMistake(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower is "true" or "false" or "null")
        {
            return JsonSyntaxMessages.WrongCase(Shorten(word), lower);
        }

        if (lower is "none" or "nil" or "undefined" or "nothing")
        {
            return JsonSyntaxMessages.NotNull(Shorten(word));
        }

        return lower is "nan" or "infinity" or "inf" ? JsonSyntaxMessages.NotANumber(Shorten(word)) : JsonSyntaxMessages.BareWord(Shorten(word));
    }

    /// <summary>A run of letters, digits and _ (any script) starting at an offset; empty when none starts there.</summary>
    private string Word(int offset)
    {
        var word = new StringBuilder();
        var at = offset;
        while (at < _text.Length && word.Length < 64 && Rune.DecodeFromUtf8(_text.AsSpan(at), out var rune, out var length) == System.Buffers.OperationStatus.Done)
        {
            var letter = Rune.IsLetter(rune) || rune.Value == '_' || (word.Length > 0 && Rune.IsDigit(rune) && rune.Value < 0x80);
            if (!letter || FullWidth.Of(rune.Value)?.Json is not null)
            {
                break;
            }

            word.Append(rune.ToString());
            at += length;
        }

        return word.ToString();
    }

    /// <summary>The full-width mistake at an offset, or null when the character there is not a full-width look-alike.</summary>
    private DetailAndFix? FullWidthAt(int offset)
    {
        if (offset >= _text.Length || _text[offset] < 0x80 || Rune.DecodeFromUtf8(_text.AsSpan(offset), out var rune, out _) != System.Buffers.OperationStatus.Done)
        {
            return null;
        }

        if (FullWidth.Of(rune.Value) is not { Json: { } json } found)
        {
            return null;
        }

        // A number typed in full-width digits is named whole: "１２００" is to be typed 1200.
        var (typed, ascii) = (rune.ToString(), json);
        var at = offset + rune.Utf8SequenceLength;
        while (rune.Value is >= 0xFF10 and <= 0xFF19 && typed.Length < 40 && Rune.DecodeFromUtf8(_text.AsSpan(at), out var next, out var length) == System.Buffers.OperationStatus.Done
            && next.Value is (>= 0xFF10 and <= 0xFF19) or 0xFF0E)
        {
            typed += next.ToString();
            ascii += (char)(next.Value - 0xFEE0);
            at += length;
        }

        return JsonSyntaxMessages.FullWidth(typed, found.Name, ascii);
    }

    /// <summary>The comma before a closing bracket, found back over spaces; the bracket itself when there is none.</summary>
    private int PreviousComma(int closer)
    {
        var at = closer - 1;
        while (at >= 0 && _text[at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            at--;
        }

        return at >= 0 && _text[at] == ',' ? at : closer;
    }

    /// <summary>The digits and commas around a comma inside a number, e.g. "1,200".</summary>
    private string NumberAround(int comma)
    {
        var from = comma;
        while (from > 0 && (IsDigit(_text[from - 1]) || _text[from - 1] is (byte)'.' or (byte)'-'))
        {
            from--;
        }

        var to = comma + 1;
        while (to < _text.Length && (IsDigit(_text[to]) || _text[to] is (byte)',' or (byte)'.'))
        {
            to++;
        }

        while (to > comma + 1 && _text[to - 1] == ',')
        {
            to--;
        }

        return Piece(from, to - from);
    }

    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';

    /// <summary>The character at an offset as shown in a message (a control character by its code).</summary>
    private string CharacterAt(int offset)
    {
        if (Rune.DecodeFromUtf8(_text.AsSpan(offset), out var rune, out _) != System.Buffers.OperationStatus.Done)
        {
            return "?";
        }

        return Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format
            ? string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}")
            : rune.ToString();
    }

    /// <summary>Up to <paramref name="length"/> bytes of the text from an offset, cut to a readable length.</summary>
    private string Piece(int offset, int length) => Shorten(Encoding.UTF8.GetString(_text, offset, Math.Clamp(length, 0, _text.Length - offset)));

    private static string Shorten(string text) => DpfDomain.Rules.Diagnostics.DiagnosticText.Clean(text, 40);

    private int Line(int offset) => _lines.At(offset).Line;

    private int Column(int offset) => _lines.At(offset).Column;

    private SyntaxError Error(int offset, DetailAndFix problem) => new(_lines.At(offset), problem);
}
