using System.Text;

namespace ContractDocs.Intake;

/// <summary>
/// Reads PDF name tokens (<c>/Name</c>) from raw bytes, decoding <c>#xx</c> hex escapes so that
/// <c>/J#61vaScript</c> is seen as <c>/JavaScript</c>. It does not skip strings or stream data: a name-like run
/// of bytes anywhere counts, which errs towards refusing.
/// </summary>
internal static class PdfNames
{
    /// <summary>Longer names cannot be any name this class is asked about.</summary>
    private const int MaxDecodedLength = 32;

    /// <summary>Calls <paramref name="visit"/> with each decoded name (without the slash) of at most
    /// <see cref="MaxDecodedLength"/> bytes; stops early when it returns false.</summary>
    public static void ForEach(ReadOnlySpan<byte> bytes, NameVisitor visit)
    {
        Span<byte> decoded = stackalloc byte[MaxDecodedLength];
        var i = 0;
        while (i < bytes.Length)
        {
            var slash = bytes[i..].IndexOf((byte)'/');
            if (slash < 0)
            {
                return;
            }

            var start = i + slash + 1;
            var end = start;
            while (end < bytes.Length && IsRegular(bytes[end]))
            {
                end++;
            }

            var length = Decode(bytes[start..end], decoded);
            if (length >= 0 && !visit(decoded[..length]))
            {
                return;
            }

            i = end;
        }
    }

    /// <summary>The decoded names of <paramref name="bytes"/> as text, for checking a stream dictionary.</summary>
    public static HashSet<string> Collect(ReadOnlySpan<byte> bytes)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        ForEach(bytes, name =>
        {
            names.Add(Encoding.Latin1.GetString(name));
            return true;
        });
        return names;
    }

    /// <summary>PDF whitespace and delimiters end a name; everything else is part of it.</summary>
    public static bool IsRegular(byte b) =>
        b is not (0 or 9 or 10 or 12 or 13 or 32) && b is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
            or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');

    /// <summary>Decodes <c>#xx</c> escapes into <paramref name="output"/>; -1 when the name is too long.</summary>
    private static int Decode(ReadOnlySpan<byte> raw, Span<byte> output)
    {
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (length == output.Length)
            {
                return -1;
            }

            if (raw[i] == '#' && i + 2 < raw.Length && IsHex(raw[i + 1]) && IsHex(raw[i + 2]))
            {
                output[length++] = (byte)((HexValue(raw[i + 1]) << 4) | HexValue(raw[i + 2]));
                i += 2;
            }
            else
            {
                output[length++] = raw[i];
            }
        }

        return length;
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
