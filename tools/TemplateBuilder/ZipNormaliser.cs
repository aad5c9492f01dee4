using System.IO.Compression;

namespace ContractDocs.TemplateBuilder;

/// <summary>
/// Rewrites a package so a rebuild gives the same bytes and its parts read like Word's own: every entry stamped at
/// one fixed time, entry order and content kept, and the UTF-8 byte order mark that System.IO.Packaging puts on
/// [Content_Types].xml and the relationship parts dropped (it is optional in XML, and Word writes none).
/// </summary>
internal static class ZipNormaliser
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static byte[] Normalise(byte[] zip)
    {
        using var source = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var content = Read(entry);
                var start = content.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var to = copy.Open();
                to.Write(content, start, content.Length - start);
            }
        }

        return output.ToArray();
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var from = entry.Open();
        using var buffer = new MemoryStream();
        from.CopyTo(buffer);
        return buffer.ToArray();
    }
}
