using System.Collections.Generic;
using System.Text.Json;

namespace DpfDomain.Rules.Model;

/// <summary>A JSON value with the line and column where it starts, so that every diagnostic can point at it.</summary>
internal sealed class SourceNode
{
    public SourceNode(JsonValueKind kind, SourcePosition position)
    {
        Kind = kind;
        Position = position;
    }

    public JsonValueKind Kind { get; }

    public SourcePosition Position { get; }

    /// <summary>The properties of an object, in file order (duplicates kept, for reporting).</summary>
    public List<SourceProperty> Properties { get; } = [];

    /// <summary>The items of an array.</summary>
    public List<SourceNode> Items { get; } = [];

    /// <summary>The decoded value of a string.</summary>
    public string? StringValue { get; set; }

    /// <summary>The raw (escaped) text of a string between its quotes, to map positions inside it.</summary>
    public string? RawString { get; set; }

    public SourceNode? this[string name]
    {
        get
        {
            foreach (var property in Properties)
            {
                if (property.Name == name)
                {
                    return property.Value;
                }
            }

            return null;
        }
    }

    public SourceNode? At(int index) => index >= 0 && index < Items.Count ? Items[index] : null;

    /// <summary>
    /// The value of a key, or this node when the key is absent (misspelt, or given twice with the
    /// deserialiser keeping the other value): the place a diagnostic about that key points at.
    /// Never null, so checks need no null-forgiving lookups.
    /// </summary>
    public SourceNode Get(string name) => this[name] ?? this;

    /// <summary>The item at an index, or this node when there is none (see <see cref="Get(string)"/>).</summary>
    public SourceNode Get(int index) => At(index) ?? this;

    /// <summary>The position of the <paramref name="offset"/>th decoded character of this string value.</summary>
    public SourcePosition PositionInString(int offset)
    {
        if (RawString is null)
        {
            return Position;
        }

        // The token starts at the opening quote; walk the raw text, counting one decoded character per escape.
        var column = Position.Column + 1;
        var decoded = 0;
        var i = 0;
        while (i < RawString.Length && decoded < offset)
        {
            var width = RawString[i] != '\\' ? 1 : RawString[i + 1] == 'u' ? 6 : 2;
            i += width;
            column += width;
            decoded++;
        }

        return new SourcePosition(Position.Line, column);
    }
}

/// <summary>An object property with the position of its name.</summary>
internal sealed record SourceProperty(string Name, SourcePosition NamePosition, SourceNode Value);
