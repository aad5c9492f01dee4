using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using ContractDocs.Library;

namespace ContractDocs.Rendering.Redline;

/// <summary>
/// Writes a redline: the later document's package with its body replaced by the two bodies merged as Word tracked
/// changes. The bodies are cut into sections at their headings' bookmarks and the sections paired by key (a clause or
/// schedule id), so a change stays inside the clause it belongs to; paired sections are merged block by block and word
/// by word (<see cref="BlockMerge"/>), a section only the earlier has is deleted whole and one only the later has is
/// inserted whole. Content kept from the earlier document keeps its list numbering (its instances are added to the
/// numbering part). The result is deterministic: the same inputs give the same bytes. Thread-safe (no state).
/// </summary>
public static class Redliner
{
    private static readonly DateTimeOffset ZipTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the redline of <paramref name="before"/> against <paramref name="after"/> to
    /// <paramref name="output"/>, with <paramref name="leading"/> (a summary, not tracked) at the start of the body.
    /// Returns how many tracked changes it holds.</summary>
    /// <exception cref="InvalidDataException">Either input is not a .docx with a main document part.</exception>
    public static int Write(RedlineInput before, RedlineInput after, TrackedAuthor author, IEnumerable<XElement> leading, Stream output)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(leading);
        ArgumentNullException.ThrowIfNull(output);
        var partsA = Read(before.Document);
        var partsB = Read(after.Document);
        var documentA = XDocument.Parse(Text(partsA, WordTemplate.DocumentPart), LoadOptions.PreserveWhitespace);
        var documentB = XDocument.Parse(Text(partsB, WordTemplate.DocumentPart), LoadOptions.PreserveWhitespace);
        var numberingA = XDocument.Parse(Text(partsA, "word/numbering.xml"));
        var numberingB = XDocument.Parse(Text(partsB, "word/numbering.xml"));
        var offset = numberingB.Root!.Elements(W.Num).Select(n => (int?)n.Attribute(W.NumId) ?? 0).DefaultIfEmpty(0).Max() + 1 - DocumentState.FirstListNumId;
        var bodyB = documentB.Root!.Element(W.Body)!;
        var context = new RedlineContext(author, Math.Max(0, offset), bodyB.Descendants(W.BookmarkStart).Select(b => (string?)b.Attribute(W.Name) ?? string.Empty));

        var merged = MergeSections(Sections(documentA.Root!.Element(W.Body)!, before.Sections), Sections(bodyB, after.Sections), context);
        var sectPr = bodyB.Element(W.SectPr);
        bodyB.ReplaceNodes(leading.Select(e => new XElement(e)), merged, sectPr);
        AddEarlierLists(numberingA, numberingB, context.NumIdOffset);

        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in partsB)
            {
                var content = name switch
                {
                    WordTemplate.DocumentPart => Bytes(documentB),
                    "word/numbering.xml" => Bytes(numberingB),
                    _ => bytes,
                };
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = ZipTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return context.Marks.Count;
    }

    private static List<XElement> MergeSections(List<(string Key, List<XElement> Blocks)> a, List<(string Key, List<XElement> Blocks)> b, RedlineContext context)
    {
        var output = new List<XElement>();
        foreach (var span in SequenceDiff.Align([.. a.Select(s => s.Key)], [.. b.Select(s => s.Key)]))
        {
            if (span.Equal)
            {
                for (var k = 0; k < span.ACount; k++)
                {
                    output.AddRange(BlockMerge.Merge(a[span.AStart + k].Blocks, b[span.BStart + k].Blocks, context));
                }

                continue;
            }

            var next = span.BStart;
            var end = span.BStart + span.BCount;
            for (var i = span.AStart; i < span.AStart + span.ACount; i++)
            {
                var match = Enumerable.Range(next, end - next).Where(k => b[k].Key == a[i].Key).DefaultIfEmpty(-1).First();
                if (match < 0)
                {
                    output.AddRange(a[i].Blocks.Select(x => BlockMerge.Deleted(x, context)));
                    continue;
                }

                output.AddRange(b.Skip(next).Take(match - next).SelectMany(s => s.Blocks).Select(x => BlockMerge.Inserted(x, context)));
                output.AddRange(BlockMerge.Merge(a[i].Blocks, b[match].Blocks, context));
                next = match + 1;
            }

            output.AddRange(b.Skip(next).Take(end - next).SelectMany(s => s.Blocks).Select(x => BlockMerge.Inserted(x, context)));
        }

        return output;
    }

    /// <summary>The body's blocks, cut at each paragraph that holds a section's bookmark; what comes before the first
    /// has the key "".</summary>
    private static List<(string Key, List<XElement> Blocks)> Sections(XElement body, IEnumerable<RedlineSection> sections)
    {
        var keys = sections.ToDictionary(s => s.Bookmark, s => s.Key, StringComparer.Ordinal);
        var result = new List<(string Key, List<XElement> Blocks)> { (string.Empty, []) };
        foreach (var block in body.Elements().Where(e => e.Name != W.SectPr))
        {
            var key = block.Name == W.P
                ? block.Elements(W.BookmarkStart).Select(m => keys.GetValueOrDefault((string?)m.Attribute(W.Name) ?? string.Empty)).FirstOrDefault(k => k is not null)
                : null;
            if (key is not null)
            {
                result.Add((key, []));
            }

            result[^1].Blocks.Add(block);
        }

        return result;
    }

    /// <summary>The earlier document's list instances, renumbered, beside the later one's.</summary>
    private static void AddEarlierLists(XDocument numberingA, XDocument numberingB, int offset)
    {
        var lists = numberingA.Root!.Elements(W.Num).Where(n => ((int?)n.Attribute(W.NumId) ?? 0) >= DocumentState.FirstListNumId).Select(n =>
        {
            var copy = new XElement(n);
            copy.SetAttributeValue(W.NumId, (((int?)n.Attribute(W.NumId) ?? 0) + offset).ToString(CultureInfo.InvariantCulture));
            return copy;
        }).ToList();
        if (numberingB.Root!.Elements(W.Num).LastOrDefault() is { } last)
        {
            last.AddAfterSelf(lists);
        }
        else
        {
            numberingB.Root.Add(lists);
        }
    }

    private static List<(string Name, byte[] Bytes)> Read(ReadOnlyMemory<byte> docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx.ToArray(), writable: false), ZipArchiveMode.Read);
        var parts = new List<(string, byte[])>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            parts.Add((entry.FullName, buffer.ToArray()));
        }

        return parts.Any(p => p.Item1 == WordTemplate.DocumentPart) ? parts : throw new InvalidDataException("The document has no main document part.");
    }

    private static string Text(List<(string Name, byte[] Bytes)> parts, string name) =>
        System.Text.Encoding.UTF8.GetString(parts.FirstOrDefault(p => p.Name == name).Bytes ?? throw new InvalidDataException($"The document has no {name}."));

    private static byte[] Bytes(XDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(buffer, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }
}
