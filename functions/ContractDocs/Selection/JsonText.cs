using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ContractDocs.Selection;

/// <summary>
/// Reads the text of a JSON string or field name without throwing. System.Text.Json parses a string whose bytes are
/// not UTF-8, or whose escapes make a lone surrogate, and only fails when the text is read; these methods say which
/// of the two it is instead, in a sentence for the person who sent it. Stateless and thread-safe.
/// </summary>
internal static class JsonText
{
    /// <summary>The string's text, or null with <paramref name="problem"/> saying why it cannot be read.</summary>
    public static string? Read(JsonElement value, out string? problem)
    {
        try
        {
            problem = null;
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            problem = Why(JsonMarshal.GetRawUtf8Value(value)[1..^1], "This text");
            return null;
        }
    }

    /// <summary>The field's name, or null with <paramref name="problem"/> saying why it cannot be read. Either way
    /// <paramref name="shown"/> is the name to put in a JSON path: the name itself, or its bytes as sent with
    /// anything that is not UTF-8 replaced by U+FFFD.</summary>
    public static string? Name(JsonProperty property, out string shown, out string? problem)
    {
        try
        {
            problem = null;
            shown = property.Name;
            return shown;
        }
        catch (InvalidOperationException)
        {
            var raw = JsonMarshal.GetRawUtf8PropertyName(property);
            shown = Encoding.UTF8.GetString(raw);
            problem = Why(raw, "This field's name");
            return null;
        }
    }

    private static string Why(ReadOnlySpan<byte> raw, string what)
    {
        var offset = 0;
        while (offset < raw.Length && Rune.DecodeFromUtf8(raw[offset..], out _, out var length) == OperationStatus.Done)
        {
            offset += length;
        }

        return offset == raw.Length
            ? $"{what} contains a lone surrogate (half of an emoji or other character); retype it."
            : $"{what} is not UTF-8: byte {offset + 1} of it (0x{raw[offset]:X2}) cannot be read. Send the selection encoded as UTF-8.";
    }
}
