using System.Buffers;
using System.IO.Compression;
using System.Xml;

namespace ContractDocs.Rendering;

/// <summary>
/// The check every generated package passes before the renderer returns it: each XML part (<c>.xml</c>, <c>.rels</c>)
/// is inflated once and must be what <see cref="XmlReader"/> reads to the end: well-formed, every prefix declared, no
/// character XML forbids and no DTD. <see cref="WellFormedScan"/> passes the parts the renderer writes without
/// allocating; a part it cannot vouch for is read by <see cref="XmlReader"/>, which decides and words the error. It
/// reads the package as written, so it checks exactly the bytes a caller would store. The full Open XML validator
/// stays in the tests. Stateless and thread-safe.
/// </summary>
internal static class PackageCheck
{
    private const string BookmarkName = "w:name=\"_RefClause";
    private const string ScheduleHeading = "w:val=\"" + Styles.ScheduleHeading + "\"";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>A part larger than this is streamed through the reader rather than inflated whole.</summary>
    private const int LargestScanned = 64 << 20;

    /// <summary>Reads every XML part of the package in <paramref name="package"/> (seekable and readable).</summary>
    /// <returns>How many parts <see cref="XmlReader"/> had to read because the scan could not vouch for them (none,
    /// for what the renderer writes).</returns>
    /// <exception cref="UnreadableDocumentException">A part is not well-formed; names the clause when the fault lies
    /// in the main document between a clause's heading and the next clause or schedule.</exception>
    public static int Run(Stream package, DocumentLayout layout)
    {
        var end = package.Position;
        var read = 0;
        using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal) && !entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!Scanned(entry))
                {
                    read++;
                    Read(entry, layout);
                }
            }
        }

        package.Position = end;
        return read;
    }

    /// <summary>Inflates the part into a pooled buffer and scans it; false when it is too large to inflate whole or
    /// the scan cannot vouch for it.</summary>
    private static bool Scanned(ZipArchiveEntry entry)
    {
        if (entry.Length > LargestScanned)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)entry.Length + 1);
        try
        {
            var length = 0;
            using (var stream = entry.Open())
            {
                int count;
                while (length < buffer.Length && (count = stream.Read(buffer, length, buffer.Length - length)) > 0)
                {
                    length += count;
                }
            }

            // A part that inflates to more than its header says goes to the reader, which reads it as a stream.
            return length == entry.Length && WellFormedScan.Accepts(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Read(ZipArchiveEntry entry, DocumentLayout layout)
    {
        try
        {
            using var reader = XmlReader.Create(entry.Open(), Settings, new XmlParserContext(new NameTable(), null, null, XmlSpace.None));
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            throw new UnreadableDocumentException(entry.FullName, ClauseAt(entry, e, layout), e.Message, e);
        }
    }

    /// <summary>The clause (id@version) in whose body the error lies: the one whose heading bookmark most closely
    /// precedes the error, unless a schedule heading comes between them.</summary>
    private static string? ClauseAt(ZipArchiveEntry entry, XmlException error, DocumentLayout layout)
    {
        if (entry.FullName != WordTemplate.DocumentPart)
        {
            return null;
        }

        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var offset = 0;
        for (var line = 1; line < error.LineNumber && offset >= 0; line++)
        {
            offset = xml.IndexOf('\n', offset) is var next and >= 0 ? next + 1 : -1;
        }

        offset = Math.Clamp(offset < 0 ? xml.Length : offset + Math.Max(0, error.LinePosition - 1), 0, xml.Length);
        var before = xml.AsSpan(0, offset);
        var bookmark = before.LastIndexOf(BookmarkName, StringComparison.Ordinal);
        if (bookmark < 0 || before.LastIndexOf(ScheduleHeading, StringComparison.Ordinal) > bookmark)
        {
            return null;
        }

        var digits = before[(bookmark + BookmarkName.Length)..];
        digits = digits[..Math.Max(0, digits.IndexOf('"'))];
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? layout.Clauses.FirstOrDefault(c => c.Number == number)?.Planned.Clause.Key
            : null;
    }
}
