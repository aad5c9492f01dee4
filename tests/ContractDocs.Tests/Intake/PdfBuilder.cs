using System.IO.Compression;
using System.Text;

namespace ContractDocs.Tests.Intake;

/// <summary>Writes a small, valid one-page PDF by hand (with a correct cross-reference table), with room for
/// extra catalog entries, extra objects and a compressed object stream.</summary>
internal static class PdfBuilder
{
    /// <param name="catalogExtra">Text added inside the catalog dictionary, e.g. "/OpenAction 5 0 R".</param>
    /// <param name="extraObjects">Bodies of objects 5, 6, ... (without "N 0 obj" and "endobj").</param>
    public static byte[] Build(string catalogExtra = "", params string[] extraObjects)
    {
        const string content = "BT /F1 18 Tf 72 720 Td (Signed by both parties.) Tj ET";
        var objects = new List<byte[]>
        {
            Latin1($"<< /Type /Catalog /Pages 2 0 R {catalogExtra}>>"),
            Latin1("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Latin1("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"),
            Latin1($"<< /Length {content.Length} >>\nstream\n{content}\nendstream"),
        };
        objects.AddRange(extraObjects.Select(Latin1));
        return Assemble(objects);
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

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static void Write(Stream stream, string text) => stream.Write(Latin1(text));
}
