using System.IO.Compression;
using System.Text;

namespace ContractDocs.Tests.Intake;

/// <summary>Writes a small, valid one-page PDF by hand (with a correct cross-reference table), with room for
/// extra catalog and page entries, extra objects, incremental updates and compressed object and cross-reference
/// streams. Object 1 is the catalog, 2 the page tree, 3 the page, 4 its content; extra objects start at 5.</summary>
internal static class PdfBuilder
{
    /// <param name="catalogExtra">Text added inside the catalog dictionary, e.g. "/OpenAction 5 0 R".</param>
    /// <param name="extraObjects">Bodies of objects 5, 6, ... (without "N 0 obj" and "endobj").</param>
    public static byte[] Build(string catalogExtra = "", params string[] extraObjects) => WithPage("", catalogExtra, extraObjects);

    /// <param name="pageExtra">Text added inside the page dictionary (object 3), e.g. "/Annots [5 0 R]".</param>
    /// <param name="catalogExtra">Text added inside the catalog dictionary.</param>
    /// <param name="extraObjects">Bodies of objects 5, 6, ...</param>
    public static byte[] WithPage(string pageExtra, string catalogExtra = "", params string[] extraObjects)
    {
        const string content = "BT /F1 18 Tf 72 720 Td (Signed by both parties.) Tj ET";
        var objects = new List<byte[]>
        {
            Latin1($"<< /Type /Catalog /Pages 2 0 R {catalogExtra}>>"),
            Latin1("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Latin1($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> {pageExtra}>>"),
            Latin1($"<< /Length {content.Length} >>\nstream\n{content}\nendstream"),
        };
        objects.AddRange(extraObjects.Select(Latin1));
        return Assemble(objects);
    }

    /// <summary>
    /// Appends an incremental update, as a signing tool does: the given objects (new, or replacing earlier ones
    /// of the same number), a cross-reference section for just them, and a trailer whose /Prev points at the
    /// previous section, ending in a second %%EOF.
    /// </summary>
    /// <param name="size">One more than the highest object number in the file after the update.</param>
    public static byte[] AppendUpdate(byte[] pdf, int size, params (int Number, string Body)[] objects)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var previous = long.Parse(text[(startxref + "startxref".Length)..].Trim().Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        using var output = new MemoryStream();
        output.Write(pdf);
        var offsets = new List<(int Number, long Offset)>();
        foreach (var (number, body) in objects)
        {
            offsets.Add((number, output.Position));
            Write(output, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = output.Position;
        var table = new StringBuilder("xref\n");
        foreach (var (number, offset) in offsets.OrderBy(o => o.Number))
        {
            table.Append($"{number} 1\n{offset:D10} 00000 n \n");
        }

        Write(output, $"{table}trailer\n<< /Size {size} /Root 1 0 R /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>
    /// A PDF 1.5 whose cross-reference is a compressed stream (object 5) followed by <paramref name="padding"/>
    /// zero bytes inside the same stream: with Flate it inflates to far more than it takes, so a reader that
    /// decodes it without a budget can be made to allocate at will.
    /// </summary>
    /// <param name="runLength">Compress with RunLengthDecode instead of FlateDecode.</param>
    public static byte[] WithCompressedCrossReference(int padding, bool runLength = false)
    {
        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new long[6];
        string[] plain =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
        ];
        for (var i = 0; i < plain.Length; i++)
        {
            offsets[i + 1] = pdf.Position;
            Write(pdf, $"{i + 1} 0 obj\n{plain[i]}\nendobj\n");
        }

        offsets[5] = pdf.Position;
        using var rows = new MemoryStream();
        for (var n = 0; n < 6; n++)
        {
            // W [1 4 2]: type, offset, generation.
            var (type, offset, generation) = n == 0 ? (0, 0L, 65535) : (1, offsets[n], 0);
            rows.WriteByte((byte)type);
            rows.Write([(byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset, (byte)(generation >> 8), (byte)generation]);
        }

        rows.Write(new byte[padding]);
        var compressed = runLength ? RunLength(rows.ToArray()) : Deflate(rows.ToArray());
        Write(pdf, $"5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Filter /{(runLength ? "RunLengthDecode" : "FlateDecode")} /Length {compressed.Length} >>\nstream\n");
        pdf.Write(compressed);
        Write(pdf, $"\nendstream\nendobj\nstartxref\n{offsets[5]}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>
    /// A PDF 1.5 whose catalog (object 1) sits inside a Flate-compressed object stream (object 5), found through a
    /// cross-reference stream (object 6), with <paramref name="catalogExtra"/> in it: a scanner that does not
    /// inflate object streams never sees it.
    /// </summary>
    public static byte[] WithCompressedCatalog(string catalogExtra)
    {
        var catalog = Latin1($"1 0 << /Type /Catalog /Pages 2 0 R {catalogExtra}>>");
        var compressed = Deflate(catalog);
        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new long[7];
        string[] plain =
        [
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
        ];
        for (var i = 0; i < plain.Length; i++)
        {
            offsets[i + 2] = pdf.Position;
            Write(pdf, $"{i + 2} 0 obj\n{plain[i]}\nendobj\n");
        }

        offsets[5] = pdf.Position;
        Write(pdf, $"5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {compressed.Length} >>\nstream\n");
        pdf.Write(compressed);
        Write(pdf, "\nendstream\nendobj\n");
        offsets[6] = pdf.Position;
        using var rows = new MemoryStream();
        for (var n = 0; n < 7; n++)
        {
            // W [1 4 2]: type, offset or object stream number, generation or index.
            var (type, field, index) = n switch { 0 => (0, 0L, 65535), 1 => (2, 5L, 0), _ => (1, offsets[n], 0) };
            rows.WriteByte((byte)type);
            rows.Write([(byte)(field >> 24), (byte)(field >> 16), (byte)(field >> 8), (byte)field, (byte)(index >> 8), (byte)index]);
        }

        Write(pdf, $"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length {rows.Length} >>\nstream\n");
        pdf.Write(rows.ToArray());
        Write(pdf, $"\nendstream\nendobj\nstartxref\n{offsets[6]}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Assemble(List<byte[]> objects)
    {
        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write(pdf, "\nendobj\n");
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }

        Write(pdf, $"{table}trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>RunLengthDecode's encoding, literal runs only: a length byte (count - 1), the bytes, then 128.</summary>
    private static byte[] RunLength(byte[] data)
    {
        using var output = new MemoryStream();
        foreach (var run in data.Chunk(128))
        {
            output.WriteByte((byte)(run.Length - 1));
            output.Write(run);
        }

        output.WriteByte(128);
        return output.ToArray();
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static void Write(Stream stream, string text) => stream.Write(Latin1(text));
}
