using System.IO.Compression;

namespace ContractDocs.Intake;

/// <summary>
/// Checks a PDF in two passes. First the raw bytes: the header, then the names in the file and in its compressed
/// object streams (where a catalog can hide) for active content, decoding <c>#xx</c> escapes, whatever object
/// they sit in (also superseded and unreferenced ones). Long names count anywhere, even inside binary stream data;
/// two-letter names only outside stream bodies whose extent a reader would agree on. Then the structure
/// (<see cref="PdfStructure"/>), which tells an action from a destination, which names cannot.
/// </summary>
internal static class PdfInspector
{
    private static readonly HashSet<string> Filters = new(StringComparer.Ordinal)
    {
        "FlateDecode", "Fl", "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85", "LZWDecode", "LZW", "RunLengthDecode",
        "RL", "Crypt", "CCITTFaxDecode", "CCF", "DCTDecode", "DCT", "JBIG2Decode", "JPXDecode",
    };

    /// <exception cref="IntakeRefusedException">The PDF is refused.</exception>
    public static void Inspect(ReadOnlySpan<byte> pdf, IntakeLimits limits)
    {
        if (!pdf.StartsWith("%PDF-1."u8) && !pdf.StartsWith("%PDF-2."u8))
        {
            throw new IntakeRefusedException(IntakeCodes.PdfBadHeader,
                "The file starts like a PDF but not with a PDF version this service reads (%PDF-1.x or %PDF-2.x); print or export it to PDF again and upload the new file.");
        }

        RefuseActive(pdf, "", shortNames: false);
        var integers = PdfIntegerObjects.Build(pdf);
        var budget = new InflationBudget(limits.MaxInflatedBytes, DocumentKind.Pdf);
        var position = 0;
        var outsideBodies = 0;
        while (PdfStreams.TryFindNext(pdf, integers, ref position, out var stream))
        {
            if (stream.LengthConfirmed && IsPlain(pdf[stream.Header]) && IsPlain(pdf[stream.Dictionary]))
            {
                RefuseActive(pdf[outsideBodies..stream.Body.Start], "", longNames: false);
                outsideBodies = stream.Body.End.Value;
            }

            var names = PdfNames.Collect(pdf[stream.Dictionary]);
            if (names.Contains("ObjStm") || names.Contains("First"))
            {
                RefuseActive(Decode(pdf[stream.Body], names, budget), " inside a compressed object stream");
            }
        }

        RefuseActive(pdf[outsideBodies..], "", longNames: false);
        PdfStructure.Inspect(pdf.ToArray(), limits);
    }

    /// <summary>No comment or string could start in the text: a reader sees the same stream header we do.</summary>
    private static bool IsPlain(ReadOnlySpan<byte> text) => !text.ContainsAny("%()"u8);

    private static void RefuseActive(ReadOnlySpan<byte> bytes, string where, bool shortNames = true, bool longNames = true)
    {
        if (PdfActiveNames.Find(bytes, shortNames, longNames) is { } found)
        {
            throw new IntakeRefusedException(IntakeCodes.PdfActiveContent,
                $"The PDF contains {found.What} (/{found.Name}{where}); print it to a new PDF without scripts, actions or attachments and upload that.",
                DocumentKind.Pdf);
        }
    }

    /// <summary>The object stream's body as plain bytes: as is when it has no filter, inflated for Flate.</summary>
    private static byte[] Decode(ReadOnlySpan<byte> body, HashSet<string> dictionaryNames, InflationBudget budget)
    {
        var filters = dictionaryNames.Where(Filters.Contains).ToList();
        if (filters.Count == 0 && !dictionaryNames.Contains("Filter"))
        {
            return body.ToArray();
        }

        if (filters.Any(f => f is not ("FlateDecode" or "Fl")))
        {
            throw Uninspectable($"it is compressed with {PrintableText.Quote(string.Join(", ", filters))}");
        }

        var compressed = body.ToArray();
        return TryInflate(compressed, raw: false, budget) ?? TryInflate(compressed, raw: true, budget)
            ?? throw Uninspectable("it is encrypted or damaged");
    }

    private static byte[]? TryInflate(byte[] compressed, bool raw, InflationBudget budget)
    {
        using var input = new MemoryStream(compressed, writable: false);
        using Stream inflater = raw ? new DeflateStream(input, CompressionMode.Decompress) : new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                budget.Consume(read);
                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // Partial output is not enough: the part that failed could be the part that hides an action.
            return null;
        }

        return output.ToArray();
    }

    private static IntakeRefusedException Uninspectable(string why) => new(IntakeCodes.PdfActiveContent,
        $"The PDF has a compressed object stream that cannot be checked for scripts and actions because {why}; print it to a new PDF and upload that.",
        DocumentKind.Pdf);
}
