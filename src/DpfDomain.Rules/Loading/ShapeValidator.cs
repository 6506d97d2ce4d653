using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DpfDomain.Rules.Diagnostics;

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
                    WrongType(node, path, ruleName, "a list [ … ]");
                    return;
                }

                var element = info.ElementType!;
                for (var i = 0; i < node.Items.Count; i++)
                {
                    if (node.Items[i].Kind == JsonValueKind.Null)
                    {
                        _bag.Add(node.Items[i].Position, DiagnosticCode.WrongType, ruleName, $"Item {i + 1} of {path} is null.", $"{path} 的第{i + 1}项为空（null）。", "Remove the null item or write a real one.", "删除该空项或填写完整内容。");
                        continue;
                    }

                    Validate(node.Items[i], element, $"{path}[{i}]", ruleName);
                }

                break;
            case JsonTypeInfoKind.Dictionary:
                if (node.Kind != JsonValueKind.Object)
                {
                    WrongType(node, path, ruleName, "an object { … }");
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
                        _bag.Add(entry.NamePosition, DiagnosticCode.DuplicateKey, ruleName, $"The key \"{IsoDates.Echo(entry.Name)}\" appears twice in {Describe(path)}.", $"键“{IsoDates.Echo(entry.Name)}”在{DescribeZh(path)}中出现了两次。", "Keep one of them; JSON readers silently keep only the last.", "只保留一个；重复的键会被静默覆盖。");
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
            WrongType(node, path, ruleName, "an object { … }");
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
                _bag.Add(property.NamePosition, DiagnosticCode.DuplicateKey, ruleName, $"The key \"{IsoDates.Echo(property.Name)}\" appears twice in {Describe(path)}.", $"键“{IsoDates.Echo(property.Name)}”在{DescribeZh(path)}中出现了两次。", "Keep one of them; JSON readers silently keep only the last.", "只保留一个；重复的键会被静默覆盖。");
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
            _bag.Add(node.Position, DiagnosticCode.MissingKey, ruleName, $"{Capitalise(Describe(path))} has no \"{required.Name}\", which is required.", $"{DescribeZh(path)}缺少必填的键“{required.Name}”。", $"Add \"{required.Name}\": … to this object.", $"在此对象中添加“{required.Name}”。");
        }
    }

    private void UnknownKey(SourceProperty property, string path, string? ruleName, IEnumerable<string> known)
    {
        var suggestion = Suggestions.Closest(property.Name, known);
        var list = string.Join(", ", known);
        _bag.Add(
            property.NamePosition,
            DiagnosticCode.UnknownKey,
            ruleName,
            $"The key \"{IsoDates.Echo(property.Name)}\" is not allowed in {Describe(path)}.",
            $"{DescribeZh(path)}中不允许出现键“{IsoDates.Echo(property.Name)}”。",
            suggestion is not null ? $"Did you mean \"{suggestion}\"? Keys are case-sensitive." : $"Allowed keys here: {list}.",
            suggestion is not null ? $"是否应为“{suggestion}”？键名区分大小写。" : $"此处允许的键：{list}。");
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
                WrongType(node, path, ruleName, $"one of the words {string.Join(", ", names)}");
            }
            else if (!names.Contains(node.StringValue, StringComparer.Ordinal))
            {
                var suggestion = Suggestions.Closest(node.StringValue!, names);
                _bag.Add(node.Position, DiagnosticCode.InvalidValue, ruleName, $"\"{IsoDates.Echo(node.StringValue)}\" is not a valid {path}.", $"“{IsoDates.Echo(node.StringValue)}”不是有效的 {path}。", suggestion is not null ? $"Did you mean \"{suggestion}\"? Allowed: {string.Join(", ", names)}." : $"Allowed: {string.Join(", ", names)}.", suggestion is not null ? $"是否应为“{suggestion}”？允许的值：{string.Join("、", names)}。" : $"允许的值：{string.Join("、", names)}。");
            }

            return;
        }

        if (Type.GetTypeCode(type) == TypeCode.Decimal && node.Kind == JsonValueKind.Number && !decimal.TryParse(node.StringValue, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            _bag.Add(node.Position, DiagnosticCode.WrongType, ruleName, $"{Capitalise(path)} is {IsoDates.Echo(node.StringValue)}, too large a number: an amount has at most 28 digits.", $"{path} 为 {IsoDates.Echo(node.StringValue)}，数字太大：金额最多 28 位。", "Write the number in full, with at most 28 digits.", "请写出完整的数字，最多 28 位。");
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

    private void WrongType(SourceNode node, string path, string? ruleName, string expected) =>
        _bag.Add(node.Position, DiagnosticCode.WrongType, ruleName, $"{Capitalise(path)} should be {expected}, not {KindName(node.Kind)}.", $"{path} 应为{ExpectedZh(expected)}，而不是{KindNameZh(node.Kind)}。", $"Write {expected} here.", $"此处应填写{ExpectedZh(expected)}。");

    private string Expected(Type type) => Type.GetTypeCode(Nullable.GetUnderlyingType(type) ?? type) switch
    {
        TypeCode.Object when _options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Enumerable => "a list [ … ]",
        TypeCode.Object when _options.GetTypeInfo(type).Kind is JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object { … }",
        TypeCode.String => "text in quotes",
        TypeCode.Boolean => "true or false",
        TypeCode.Int32 => "a whole number",
        TypeCode.Decimal => "a number",
        _ => "a value",
    };

    private static string ExpectedZh(string expected) => expected switch
    {
        "text in quotes" => "带引号的文本",
        "true or false" => "true 或 false",
        "a whole number" => "整数",
        "a number" => "数字",
        "a list [ … ]" => "列表 [ … ]",
        "an object { … }" => "对象 { … }",
        _ => expected,
    };

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    private static string KindNameZh(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "列表",
        JsonValueKind.String => "文本",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    private static string Describe(string path) => path.Length == 0 ? "the top level of the file" : path;

    private static string DescribeZh(string path) => path.Length == 0 ? "文件顶层" : path;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
