using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ContractDocs.Tests.Selection.Fuzzing;

/// <summary>
/// A JSON value that can hold what System.Text.Json will not write: a key given twice, a number exactly as typed
/// (<c>1e400</c>, <c>-0</c>) and text whose bytes are not UTF-8. Mutable, so that a fuzz case can change a fresh
/// copy of an example; not thread-safe.
/// </summary>
internal sealed class FuzzJson
{
    private static readonly byte[] TrueBytes = "true"u8.ToArray();
    private static readonly byte[] FalseBytes = "false"u8.ToArray();
    private static readonly byte[] NullBytes = "null"u8.ToArray();

    private FuzzJson(FuzzKind kind, byte[]? raw = null)
    {
        Kind = kind;
        Raw = raw ?? [];
    }

    public FuzzKind Kind { get; }

    /// <summary>A string's bytes between the quotes, escapes kept; a number's literal.</summary>
    public byte[] Raw { get; set; }

    public List<FuzzField> Fields { get; } = [];

    public List<FuzzJson> Items { get; } = [];

    public bool IsContainer => Kind is FuzzKind.Object or FuzzKind.Array;

    public static FuzzJson Text(string text) => new(FuzzKind.String, Escape(text));

    /// <summary>A string whose bytes between the quotes are exactly <paramref name="raw"/>.</summary>
    public static FuzzJson RawText(byte[] raw) => new(FuzzKind.String, raw);

    public static FuzzJson Number(string literal) => new(FuzzKind.Number, Encoding.ASCII.GetBytes(literal));

    public static FuzzJson Bool(bool value) => new(value ? FuzzKind.True : FuzzKind.False);

    public static FuzzJson Null() => new(FuzzKind.Null);

    public static FuzzJson Object(params (string Key, FuzzJson Value)[] fields)
    {
        var result = new FuzzJson(FuzzKind.Object);
        result.Fields.AddRange(fields.Select(f => new FuzzField(Escape(f.Key), f.Value)));
        return result;
    }

    public static FuzzJson Array(params FuzzJson[] items)
    {
        var result = new FuzzJson(FuzzKind.Array);
        result.Items.AddRange(items);
        return result;
    }

    /// <summary>A copy of a parsed value, keys and strings kept byte for byte as they were written.</summary>
    public static FuzzJson From(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var result = new FuzzJson(FuzzKind.Object);
                result.Fields.AddRange(element.EnumerateObject().Select(p => new FuzzField(JsonMarshal.GetRawUtf8PropertyName(p).ToArray(), From(p.Value))));
                return result;
            case JsonValueKind.Array:
                return Array([.. element.EnumerateArray().Select(From)]);
            case JsonValueKind.String:
                return RawText(JsonMarshal.GetRawUtf8Value(element)[1..^1].ToArray());
            case JsonValueKind.Number:
                return new FuzzJson(FuzzKind.Number, JsonMarshal.GetRawUtf8Value(element).ToArray());
            case JsonValueKind.True:
                return Bool(true);
            case JsonValueKind.False:
                return Bool(false);
            default:
                return Null();
        }
    }

    /// <summary>JSON string content for <paramref name="text"/>: quotes, backslashes, controls and lone surrogates
    /// escaped (a lone surrogate has no UTF-8 form), everything else as UTF-8.</summary>
    public static byte[] Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (c is '"' or '\\')
            {
                escaped.Append('\\').Append(c);
            }
            else if (c < 0x20 || char.IsSurrogate(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return Encoding.UTF8.GetBytes(escaped.ToString());
    }

    /// <summary>The text a JSON reader reads from string content <paramref name="raw"/>, or null when it cannot
    /// (bytes that are not UTF-8, a lone surrogate, a broken escape).</summary>
    public static string? Decode(byte[] raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var quoted = new byte[raw.Length + 2];
        quoted[0] = quoted[^1] = (byte)'"';
        raw.CopyTo(quoted, 1);
        try
        {
            var reader = new Utf8JsonReader(quoted);
            return reader.Read() ? reader.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public FuzzJson Clone()
    {
        var copy = new FuzzJson(Kind, Raw);
        copy.Fields.AddRange(Fields.Select(f => f.Clone()));
        copy.Items.AddRange(Items.Select(i => i.Clone()));
        return copy;
    }

    /// <summary>Every value in document order with where it sits; the root first.</summary>
    public List<FuzzSite> Sites()
    {
        var sites = new List<FuzzSite>();
        Collect(this, null, -1, "$", 0, sites);
        return sites;
    }

    /// <summary>How many objects and arrays are nested at the deepest point (a scalar root is 0).</summary>
    public int Nesting() => IsContainer ? 1 + Fields.Select(f => f.Value).Concat(Items).Select(v => v.Nesting()).DefaultIfEmpty(0).Max() : 0;

    public byte[] ToBytes()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        Write(buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Collect(FuzzJson node, FuzzJson? parent, int index, string path, int depth, List<FuzzSite> sites)
    {
        sites.Add(new FuzzSite(node, parent, index, path, depth));
        for (var i = 0; i < node.Fields.Count; i++)
        {
            var key = node.Fields[i].Key;
            Collect(node.Fields[i].Value, node, i, ContractDocs.Selection.JsonPath.Child(path, Decode(key) ?? Encoding.UTF8.GetString(key)), depth + 1, sites);
        }

        for (var i = 0; i < node.Items.Count; i++)
        {
            Collect(node.Items[i], node, i, ContractDocs.Selection.JsonPath.Item(path, i), depth + 1, sites);
        }
    }

    private void Write(ArrayBufferWriter<byte> output)
    {
        switch (Kind)
        {
            case FuzzKind.Object:
                output.Write("{"u8);
                for (var i = 0; i < Fields.Count; i++)
                {
                    output.Write(i == 0 ? "\""u8 : ",\""u8);
                    output.Write(Fields[i].Key);
                    output.Write("\":"u8);
                    Fields[i].Value.Write(output);
                }

                output.Write("}"u8);
                break;
            case FuzzKind.Array:
                output.Write("["u8);
                for (var i = 0; i < Items.Count; i++)
                {
                    if (i > 0)
                    {
                        output.Write(","u8);
                    }

                    Items[i].Write(output);
                }

                output.Write("]"u8);
                break;
            case FuzzKind.String:
                output.Write("\""u8);
                output.Write(Raw);
                output.Write("\""u8);
                break;
            case FuzzKind.Number:
                output.Write(Raw);
                break;
            case FuzzKind.True:
                output.Write(TrueBytes);
                break;
            case FuzzKind.False:
                output.Write(FalseBytes);
                break;
            default:
                output.Write(NullBytes);
                break;
        }
    }
}
