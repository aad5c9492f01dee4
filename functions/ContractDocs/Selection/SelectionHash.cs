using System.Security.Cryptography;
using System.Text.Json;

namespace ContractDocs.Selection;

/// <summary>SHA-256 of a selection in canonical JSON: fixed field order, object keys sorted, criteria and specifications
/// sorted (they are sets: a choice is made once, and the order they were ticked in changes nothing), no whitespace.</summary>
public static class SelectionHash
{
    public static string Compute(ContractSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("release", selection.Release);
            writer.WriteString("model", selection.Model);
            writer.WriteStartArray("criteria");
            foreach (var id in selection.Criteria.Order(StringComparer.Ordinal))
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("specifications");
            foreach (var id in selection.Specifications.Order(StringComparer.Ordinal))
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("variables");
            writer.WriteStartObject();
            foreach (var (name, value) in selection.Variables)
            {
                writer.WritePropertyName(name);
                WriteCanonical(writer, value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }
}
