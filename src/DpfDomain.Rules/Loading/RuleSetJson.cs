using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace DpfDomain.Rules.Loading;

/// <summary>The one set of serializer options for rule-set files: strict, enum words, no unknown keys.</summary>
internal static class RuleSetJson
{
    public static JsonSerializerOptions Options { get; } = Create(strict: true);

    /// <summary>Options that skip unknown and duplicate keys: used only to keep checking a file whose shape problems are already reported.</summary>
    public static JsonSerializerOptions Lenient { get; } = Create(strict: false);

    /// <summary>The format types say "unknown keys are errors" with an attribute; the lenient reader overrides it.</summary>
    private static void SkipUnmappedMembers(JsonTypeInfo info)
    {
        if (info.Kind == JsonTypeInfoKind.Object)
        {
            info.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        }
    }

    private static JsonSerializerOptions Create(bool strict)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = strict
                ? new DefaultJsonTypeInfoResolver()
                : new DefaultJsonTypeInfoResolver { Modifiers = { SkipUnmappedMembers } },
            UnmappedMemberHandling = strict ? JsonUnmappedMemberHandling.Disallow : JsonUnmappedMemberHandling.Skip,
            AllowDuplicateProperties = !strict,
            RespectNullableAnnotations = true,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(strict ? new JsonStringEnumConverter(allowIntegerValues: false) : new LenientEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>Reads an enum word, or the enum's default for a word that is not one (already reported by the shape check).</summary>
internal sealed class LenientEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(System.Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(System.Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)System.Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
        where T : struct, System.Enum
    {
        public override T Read(ref Utf8JsonReader reader, System.Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && System.Enum.TryParse<T>(reader.GetString(), ignoreCase: false, out var value) ? value : default;

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
