using System.Buffers.Text;

namespace ContractDocs.Intake;

/// <summary>
/// Finds <c>stream ... endstream</c> bodies in raw PDF bytes, with the object header line and the dictionary
/// text between <c>obj</c> and <c>stream</c>. The body ends where a direct <c>/Length</c> says when that lands on
/// <c>endstream</c>, otherwise at the first <c>endstream</c>.
/// </summary>
internal static class PdfStreams
{
    /// <summary>Finds the next stream at or after <paramref name="position"/> and moves past it.</summary>
    /// <param name="integers">Resolves an indirect <c>/Length</c>.</param>
    public static bool TryFindNext(ReadOnlySpan<byte> pdf, PdfIntegerObjects integers, ref int position, out PdfStream stream)
    {
        stream = default;
        var searchFrom = position;
        while (searchFrom < pdf.Length)
        {
            var found = pdf[searchFrom..].IndexOf("stream"u8);
            if (found < 0)
            {
                break;
            }

            var keyword = searchFrom + found;
            searchFrom = keyword + "stream"u8.Length;
            if ((keyword > 0 && PdfNames.IsRegular(pdf[keyword - 1])) || (searchFrom < pdf.Length && PdfNames.IsRegular(pdf[searchFrom])))
            {
                continue;
            }

            var bodyStart = searchFrom;
            while (bodyStart < pdf.Length && pdf[bodyStart] is (byte)' ' or (byte)'\t')
            {
                bodyStart++;
            }

            bodyStart += EndOfLine(pdf, bodyStart);
            var header = pdf[position..keyword].LastIndexOf("obj"u8);
            var dictionaryStart = header < 0 ? position : position + header + "obj"u8.Length;
            var lineStart = header < 0 ? position : position + pdf[position..(position + header)].LastIndexOfAny((byte)'\n', (byte)'\r') + 1;
            var length = Length(pdf[dictionaryStart..keyword], integers);
            var confirmed = length is { } declared && EndsAt(pdf, bodyStart, declared);
            var bodyEnd = confirmed ? bodyStart + length!.Value : TrimEndOfLine(pdf, bodyStart, FirstEndStream(pdf, bodyStart));
            position = Math.Min(pdf.Length, bodyEnd + SkipToEndStream(pdf, bodyEnd));
            stream = new PdfStream(lineStart..dictionaryStart, dictionaryStart..keyword, bodyStart..bodyEnd, confirmed);
            return true;
        }

        position = pdf.Length;
        return false;
    }

    /// <summary>The value of <c>/Length</c>: a plain integer, or an indirect reference to an integer object.</summary>
    private static int? Length(ReadOnlySpan<byte> dictionary, PdfIntegerObjects integers)
    {
        var at = dictionary.IndexOf("/Length"u8);
        if (at < 0 || at + 7 >= dictionary.Length || PdfNames.IsRegular(dictionary[at + 7]))
        {
            return null;
        }

        var rest = dictionary[(at + 7)..].TrimStart(" \t\r\n"u8);
        if (!Utf8Parser.TryParse(rest, out int value, out var consumed) || value < 0)
        {
            return null;
        }

        var after = rest[consumed..].TrimStart(" \t\r\n"u8);
        if (!Utf8Parser.TryParse(after, out int generation, out consumed) || consumed == 0)
        {
            return value;
        }

        return after[consumed..].TrimStart(" \t\r\n"u8).StartsWith("R"u8) ? integers.Get(value, generation) : value;
    }

    /// <summary>True when the body of <paramref name="length"/> bytes is followed by an optional end of line
    /// and <c>endstream</c>.</summary>
    private static bool EndsAt(ReadOnlySpan<byte> pdf, int bodyStart, int length) =>
        (long)bodyStart + length <= pdf.Length && pdf[(bodyStart + length)..].TrimStart(" \t\r\n"u8).StartsWith("endstream"u8);

    private static int FirstEndStream(ReadOnlySpan<byte> pdf, int bodyStart)
    {
        var end = pdf[bodyStart..].IndexOf("endstream"u8);
        return end < 0 ? pdf.Length : bodyStart + end;
    }

    private static int SkipToEndStream(ReadOnlySpan<byte> pdf, int bodyEnd)
    {
        var rest = pdf[bodyEnd..];
        var trimmed = rest.TrimStart(" \t\r\n"u8);
        return trimmed.StartsWith("endstream"u8) ? rest.Length - trimmed.Length + "endstream"u8.Length : 0;
    }

    /// <summary>The length of the CRLF, LF or CR at <paramref name="at"/>; 0 if there is none.</summary>
    private static int EndOfLine(ReadOnlySpan<byte> pdf, int at)
    {
        if (at < pdf.Length && pdf[at] == '\r')
        {
            return at + 1 < pdf.Length && pdf[at + 1] == '\n' ? 2 : 1;
        }

        return at < pdf.Length && pdf[at] == '\n' ? 1 : 0;
    }

    private static int TrimEndOfLine(ReadOnlySpan<byte> pdf, int start, int end)
    {
        if (end > start && pdf[end - 1] == '\n')
        {
            end--;
        }

        if (end > start && pdf[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }
}
