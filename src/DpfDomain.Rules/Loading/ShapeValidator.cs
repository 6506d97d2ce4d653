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
/// </summary>
internal sealed class ShapeValidator
{
    private readonly JsonSerializerOptions _options;
    private readonly DiagnosticBag _bag;

    public ShapeValidator(JsonSerializerOptions options, DiagnosticBag bag)
    {
        _options = options;
        _bag = bag;
    }

    /// <summary>The objects in which an unknown key was reported: later checks stay quiet about them, since what looks missing is usually the misspelt key.</summary>
    public HashSet<SourceNode> ObjectsWithUnknownKeys { get; } = new(ReferenceEqualityComparer.Instance);

    public void Validate(SourceNode node, Type type, string path, string? ruleName)
    {
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
                        _bag.Report(ShapeMessages.NullItem(i + 1, path), node.Items[i].Position, ruleName);
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
                        _bag.Report(ShapeMessages.KeyTwice(IsoDates.Echo(entry.Name), path), entry.NamePosition, ruleName);
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

        if (node["RuleName"] is { Kind: JsonValueKind.String } named)
        {
            ruleName = named.StringValue;
        }

        var known = info.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in node.Properties)
        {
            var where = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            if (!seen.Add(property.Name))
            {
                _bag.Report(ShapeMessages.KeyTwice(IsoDates.Echo(property.Name), path), property.NamePosition, ruleName);
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
            _bag.Report(ShapeMessages.RequiredKeyMissing(path, required.Name), node.Position, ruleName);
        }
    }

    private void UnknownKey(SourceProperty property, string path, string? ruleName, IEnumerable<string> known)
    {
        var suggestion = Suggestions.Closest(property.Name, known);
        _bag.Report(ShapeMessages.KeyNotAllowed(IsoDates.Echo(property.Name), path, suggestion, known), property.NamePosition, ruleName);
    }

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
                var suggestion = Suggestions.Closest(node.StringValue!, names);
                _bag.Report(ShapeMessages.WordNotAllowed(IsoDates.Echo(node.StringValue), path, suggestion, names), node.Position, ruleName);
            }

            return;
        }

        if (Type.GetTypeCode(type) == TypeCode.Decimal && node.Kind == JsonValueKind.Number && !decimal.TryParse(node.StringValue, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            _bag.Report(ShapeMessages.AmountTooLarge(path, IsoDates.Echo(node.StringValue)), node.Position, ruleName);
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
        _bag.Report(ShapeMessages.WrongJsonType(path, expected, node.Kind), node.Position, ruleName);

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
