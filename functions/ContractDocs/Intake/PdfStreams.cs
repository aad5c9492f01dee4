namespace ContractDocs.Intake;

/// <summary>
/// Finds <c>stream ... endstream</c> bodies in raw PDF bytes, with the dictionary text between the object header
/// (<c>N G obj</c>) and the <c>stream</c> keyword. Lenient by design: it does not trust <c>/Length</c> and takes the
/// first <c>endstream</c> after the body starts.
/// </summary>
internal static class PdfStreams
{
    /// <summary>Finds the next stream at or after <paramref name="position"/> and moves past it.</summary>
    public static bool TryFindNext(ReadOnlySpan<byte> pdf, ref int position, out Range dictionary, out Range body)
    {
        dictionary = default;
        body = default;
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
            var end = pdf[bodyStart..].IndexOf("endstream"u8);
            var bodyEnd = end < 0 ? pdf.Length : bodyStart + end;
            position = end < 0 ? pdf.Length : bodyEnd + "endstream"u8.Length;
            dictionary = dictionaryStart..keyword;
            body = bodyStart..TrimEndOfLine(pdf, bodyStart, bodyEnd);
            return true;
        }

        position = pdf.Length;
        return false;
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
