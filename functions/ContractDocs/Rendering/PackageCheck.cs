using System.Collections.Immutable;
using System.IO.Compression;
using System.Xml;

namespace ContractDocs.Rendering;

/// <summary>
/// The check every generated package passes before the renderer returns it: each XML part (<c>.xml</c>, <c>.rels</c>)
/// is read once, forward-only, by <see cref="XmlReader"/>, which refuses XML that is not well-formed, a prefix no
/// element declares, a character XML forbids and any DTD. It reads the package as written, so it checks exactly the
/// bytes a caller would store. The full Open XML validator stays in the tests. Stateless and thread-safe.
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

    /// <summary>Reads every XML part of the package in <paramref name="package"/> (seekable and readable).</summary>
    /// <exception cref="UnreadableDocumentException">A part is not well-formed; names the clause when the fault lies
    /// in the main document between a clause's heading and the next clause or schedule.</exception>
    public static void Run(Stream package, DocumentLayout layout)
    {
        var end = package.Position;
        using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            var names = new NameTable();
            foreach (var entry in zip.Entries)
            {
                if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal) && !entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                {
                    continue;
                }

                try
                {
                    using var reader = XmlReader.Create(entry.Open(), Settings, new XmlParserContext(names, null, null, XmlSpace.None));
                    while (reader.Read())
                    {
                    }
                }
                catch (XmlException e)
                {
                    throw new UnreadableDocumentException(entry.FullName, ClauseAt(entry, e, layout), e.Message, e);
                }
            }
        }

        package.Position = end;
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
