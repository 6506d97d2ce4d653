using System.IO;
using System.Text.Json;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Loading;

/// <summary>
/// Writes a positioned JSON tree back as JSON text, to be turned into objects: a file whose misspelt
/// keys the shape check corrected in the tree (<see cref="ShapeValidator.CorrectedKeys"/>), read on as
/// if the keys were spelt right; one case of a case file alone, its words already in their English
/// names. Keys given twice are written twice, for the lenient reader to resolve as it does in the file.
/// </summary>
internal static class SourceJson
{
    public static byte[] Write(SourceNode root)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, root);
        }

        return stream.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, SourceNode node)
    {
        switch (node.Kind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in node.Properties)
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in node.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(node.StringValue);
                break;
            case JsonValueKind.Number:
                // The number exactly as written (already checked to be a JSON number by the parser).
                writer.WriteRawValue(node.StringValue!, skipInputValidation: true);
                break;
            case JsonValueKind.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonValueKind.False:
                writer.WriteBooleanValue(false);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
