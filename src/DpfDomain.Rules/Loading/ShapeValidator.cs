using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using System;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// Checks a positioned JSON tree against the rule-set types before deserialising it, reporting
/// every unknown key (with a did-you-mean), missing key, duplicate key, wrong JSON type and
/// unknown enum word at once. Driven by System.Text.Json's own contract metadata, so it always
/// agrees with the types and the generated schema.
/// <para>
/// A key that is not part of the format but is a close match of a key absent from its object
/// (<c>"Vaule"</c> where <c>"Value"</c> is missing) is reported once, as the misspelling, and from
/// then on read as the key meant: the tree is corrected in place (<see cref="CorrectedKeys"/>), so
/// that what follows (the rest of this check, the deserialiser, the document and expression
/// checks) sees the file as if the key were spelt right and still finds the file's other
/// mistakes. The misspelling stays an error: a file with one never loads.
/// </para>
/// </summary>
internal sealed class ShapeValidator
{
    private readonly JsonSerializerOptions _options;
    private readonly DiagnosticBag _bag;
    private SourceNode? _root;

    /// <param name="options">The serializer options whose contracts give the shape.</param>
    /// <param name="bag">Where problems go.</param>
    /// <param name="root">The file's top node, for locations in words when a part of the file is checked alone; the first node checked when null.</param>
    public ShapeValidator(JsonSerializerOptions options, DiagnosticBag bag, SourceNode? root = null)
    {
        _options = options;
        _bag = bag;
        _root = root;
    }

    /// <summary>The objects in which an unknown key was reported that is no likely misspelling of an absent key: later checks stay quiet about them, since what looks missing may be that key.</summary>
    public HashSet<SourceNode> ObjectsWithUnknownKeys { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether a misspelt key was corrected in the tree: the file is then read from the tree (<see cref="SourceJson.Write(SourceNode)"/>), not from its text.</summary>
    public bool CorrectedKeys { get; private set; }

    public void Validate(SourceNode node, Type type, string path, string? ruleName)
    {
        _root ??= node;
        var underlying = Nullable.GetUnderlyingType(type);
        if (node.Kind == JsonValueKind.Null)
        {
            if (underlying is null && type.IsValueType && type != typeof(JsonElement))
            {
                WrongType(node, path, ruleName, Expected(type));
            }

            return;
        }

        type = underlying ?? type;
        var info = _options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                ValidateObject(node, info, path, ruleName);
                break;
            case JsonTypeInfoKind.Enumerable:
                if (node.Kind != JsonValueKind.Array)
                {
                    WrongType(node, path, ruleName, ShapeMessages.AList);
                    return;
                }

                var element = info.ElementType!;
                for (var i = 0; i < node.Items.Count; i++)
                {
                    if (node.Items[i].Kind == JsonValueKind.Null)
                    {
                        _bag.Report(ShapeMessages.NullItem(Where($"{path}[{i}]")), node.Items[i].Position, ruleName);
                        continue;
                    }

                    Validate(node.Items[i], element, $"{path}[{i}]", ruleName);
                }

                break;
            case JsonTypeInfoKind.Dictionary:
                if (node.Kind != JsonValueKind.Object)
                {
                    WrongType(node, path, ruleName, ShapeMessages.AnObject);
                    return;
                }

                var words = info.KeyType is { IsEnum: true } keyType ? Enum.GetNames(keyType) : null;
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var entry in node.Properties)
                {
                    if (words is not null && !words.Contains(entry.Name, StringComparer.Ordinal))
                    {
                        UnknownKey(entry, path, ruleName, words);
                        continue;
                    }

                    if (words is not null && !keys.Add(entry.Name))
                    {
                        _bag.Report(ShapeMessages.KeyTwice(IsoDates.Echo(entry.Name), Where(path)), entry.NamePosition, ruleName);
                        continue;
                    }

                    Validate(entry.Value, info.ElementType!, $"{path}.{entry.Name}", ruleName);
                }

                break;
            default:
                ValidateScalar(node, type, path, ruleName);
                break;
        }
    }

    private void ValidateObject(SourceNode node, JsonTypeInfo info, string path, string? ruleName)
    {
        if (node.Kind != JsonValueKind.Object)
        {
            WrongType(node, path, ruleName, ShapeMessages.AnObject);
            return;
        }

        var known = info.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var misspelt = CorrectMisspellings(node, known);
        if (node["RuleName"] is { Kind: JsonValueKind.String } named)
        {
            ruleName = named.StringValue;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in node.Properties)
        {
            var where = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            if (misspelt.TryGetValue(property, out var written))
            {
                _bag.Report(ShapeMessages.KeyMisspelt(IsoDates.Echo(written), property.Name, Where(path)), property.NamePosition, ruleName);
            }

            if (!seen.Add(property.Name))
            {
                _bag.Report(ShapeMessages.KeyTwice(IsoDates.Echo(property.Name), Where(path)), property.NamePosition, ruleName);
                continue;
            }

            if (!known.TryGetValue(property.Name, out var definition))
            {
                ObjectsWithUnknownKeys.Add(node);
                UnknownKey(property, path, ruleName, known.Keys);
                continue;
            }

            if (property.Value.Kind == JsonValueKind.Null && !definition.IsSetNullable && definition.PropertyType != typeof(JsonElement))
            {
                // A value type's null is reported by Validate; a reference type's here, where its property says it may not be null.
                WrongType(property.Value, where, ruleName, Expected(definition.PropertyType));
                continue;
            }

            Validate(property.Value, definition.PropertyType, where, ruleName);
        }

        foreach (var required in info.Properties.Where(p => p.IsRequired && !seen.Contains(p.Name)))
        {
            _bag.Report(ShapeMessages.RequiredKeyMissing(Where(path), required.Name), node.Position, ruleName);
        }
    }

    /// <summary>
    /// Renames, in the tree, each unknown key of an object that is a close match of a key of the
    /// format absent from it, in file order, each absent key taken once: the keys renamed, with
    /// what was written. A key whose match is already present stays unknown (it would be given twice).
    /// </summary>
    private Dictionary<SourceProperty, string> CorrectMisspellings(SourceNode node, Dictionary<string, JsonPropertyInfo> known)
    {
        var corrected = new Dictionary<SourceProperty, string>(ReferenceEqualityComparer.Instance);
        var absent = known.Keys.Where(k => node[k] is null).ToList();
        for (var i = 0; i < node.Properties.Count && absent.Count > 0; i++)
        {
            var property = node.Properties[i];
            if (known.ContainsKey(property.Name) || Suggestions.Misspelling(property.Name, absent) is not { } meant)
            {
                continue;
            }

            absent.Remove(meant);
            var renamed = property with { Name = meant };
            node.Properties[i] = renamed;
            corrected[renamed] = property.Name;
            CorrectedKeys = true;
        }

        return corrected;
    }

    private void UnknownKey(SourceProperty property, string path, string? ruleName, IEnumerable<string> known)
    {
        var suggestion = Suggestions.Closest(property.Name, known);
        _bag.Report(ShapeMessages.KeyNotAllowed(IsoDates.Echo(property.Name), Where(path), suggestion, known), property.NamePosition, ruleName);
    }

    /// <summary>A path said in words, with the path: what every message of this check names its place by.</summary>
    private BilingualText Where(string path) => LocationWords.Of(path, _root);

    private void ValidateScalar(SourceNode node, Type type, string path, string? ruleName)
    {
        if (type == typeof(JsonElement))
        {
            return;
        }

        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            if (node.Kind != JsonValueKind.String)
            {
                WrongType(node, path, ruleName, ShapeMessages.OneOfTheWords(names));
            }
            else if (!names.Contains(node.StringValue, StringComparer.Ordinal))
            {
                // A unit is named in English; one typed in Chinese words ("元/年") is answered with its English name, and every unit is listed with its Chinese words.
                var unit = type == typeof(ParameterUnit);
                var suggestion = (unit ? UnitWords.ForChineseWord(node.StringValue!) : null) ?? Suggestions.Closest(node.StringValue!, names);
                _bag.Report(ShapeMessages.WordNotAllowed(IsoDates.Echo(node.StringValue), Where(path), suggestion, names, unit ? UnitWords.NamesWithChineseWords() : null), node.Position, ruleName);
            }

            return;
        }

        if (Type.GetTypeCode(type) == TypeCode.Decimal && node.Kind == JsonValueKind.Number && !decimal.TryParse(node.StringValue, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            _bag.Report(ShapeMessages.AmountTooLarge(Where(path), IsoDates.Echo(node.StringValue)), node.Position, ruleName);
            return;
        }

        var ok = Type.GetTypeCode(type) switch
        {
            TypeCode.String => node.Kind == JsonValueKind.String,
            TypeCode.Boolean => node.Kind is JsonValueKind.True or JsonValueKind.False,
            TypeCode.Int32 => node.Kind == JsonValueKind.Number && int.TryParse(node.StringValue, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
            TypeCode.Decimal => node.Kind == JsonValueKind.Number,
            _ => true,
        };
        if (!ok)
        {
            WrongType(node, path, ruleName, Expected(type));
        }
    }

    private void WrongType(SourceNode node, string path, string? ruleName, BilingualText expected) =>
        _bag.Report(ShapeMessages.WrongJsonType(Where(path), expected, node.Kind), node.Position, ruleName);

    private BilingualText Expected(Type type) => Type.GetTypeCode(Nullable.GetUnderlyingType(type) ?? type) switch
    {
        TypeCode.Object when _options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Enumerable => ShapeMessages.AList,
        TypeCode.Object when _options.GetTypeInfo(type).Kind is JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => ShapeMessages.AnObject,
        TypeCode.String => ShapeMessages.Text,
        TypeCode.Boolean => ShapeMessages.TrueOrFalse,
        TypeCode.Int32 => ShapeMessages.AWholeNumber,
        TypeCode.Decimal => ShapeMessages.ANumber,
        _ => ShapeMessages.AValue,
    };
}
