using System.IO;
using System.Text.Json;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>Writes a checked, positioned JSON tree back as JSON text, to be turned into objects: one case of a file alone, with its words already in their English names.</summary>
internal static class NodeJson
{
    public static byte[] Write(SourceNode node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = false, MaxDepth = CaseInputLimits.MaximumDepth + 1 }))
        {
            Write(writer, node);
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
                writer.WriteRawValue(node.StringValue!);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                writer.WriteBooleanValue(node.Kind == JsonValueKind.True);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
