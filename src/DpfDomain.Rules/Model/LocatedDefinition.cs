using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DpfDomain.Rules.Model;

/// <summary>
/// A part of a rule set that knows where it is in its file: the positioned JSON it was read from,
/// so that a check of this part reports at the key or value it is about
/// (<c>rule.Source.Get("Expression").Position</c>) without walking the file a second time.
/// </summary>
internal abstract class LocatedDefinition
{
    /// <summary>Where a definition stands that was not read from a file (built in code).</summary>
    private static readonly SourceNode Nowhere = new(JsonValueKind.Undefined, new SourcePosition(1, 1));

    /// <summary>The JSON this definition was read from; line 1, column 1 for one built in code.</summary>
    [JsonIgnore]
    public SourceNode Source { get; private set; } = Nowhere;

    /// <summary>Records where this definition was read from; once, by the loader, right after reading.</summary>
    /// <param name="source">The JSON value this definition was read from.</param>
    internal void Locate(SourceNode source)
    {
        if (!ReferenceEquals(Source, Nowhere))
        {
            throw new InvalidOperationException("A definition is located once, when its file is read.");
        }

        Source = source;
    }
}
