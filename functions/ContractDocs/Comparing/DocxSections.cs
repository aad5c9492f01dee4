using System.Collections.Immutable;
using System.Text;
using RenderStyles = ContractDocs.Rendering.Styles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.Comparing;

/// <summary>
/// Reads a Word document as the renderer lays a contract out: a section starts at each clause heading, schedule heading
/// or the recitals heading (by style, as the template names them) and runs to the next, a Part heading or the end; the
/// bookmark on a heading is the one the renderer put there (Word keeps it when a lawyer renumbers or moves the
/// clause). Text is what a reader sees: inserted tracked changes count, deleted ones do not, field results are read
/// as shown. Also returns the ContractDocs custom properties (the provenance). Opened read-only, with the intake's
/// limits; the document has passed intake before it comes here.
/// </summary>
/// <remarks>The Part headings (which divide sections but belong to none) are returned as <c>Dividers</c>.</remarks>
public static class DocxSections
{
    private const string BookmarkPrefix = "_Ref";

    /// <exception cref="InvalidDataException">The bytes are not a Word document the SDK can read.</exception>
    public static DocxReading Read(byte[] bytes, long maxCharactersInPart = 50_000_000)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = maxCharactersInPart, AutoSave = false });
            var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("The document has no body.");
            var dividers = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == RenderStyles.PartHeading)
                .Select(p => TextOf(p).Trim()).Where(t => t.Length > 0).ToImmutableArray();
            return new DocxReading(Sections(body), Properties(document), dividers);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or System.Xml.XmlException or IOException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidDataException("The Word document cannot be read.", e);
        }
    }

    private static ImmutableArray<DocumentSection> Sections(Body body)
    {
        var sections = ImmutableArray.CreateBuilder<DocumentSection>();
        (string Kind, string? Bookmark, string Heading, StringBuilder Text)? open = null;
        void Close()
        {
            if (open is { } o)
            {
                sections.Add(new DocumentSection(o.Kind, o.Bookmark, o.Heading, o.Text.ToString().Trim(), []));
            }

            open = null;
        }

        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var kind = style switch
            {
                RenderStyles.ClauseHeading => DocumentSection.Clause,
                RenderStyles.ScheduleHeading => DocumentSection.Schedule,
                RenderStyles.RecitalsHeading => DocumentSection.Recitals,
                _ => null,
            };
            var text = TextOf(paragraph);
            if (kind is not null)
            {
                Close();
                var bookmark = paragraph.Descendants<BookmarkStart>().Select(b => b.Name?.Value).FirstOrDefault(n => n is not null && n.StartsWith(BookmarkPrefix, StringComparison.Ordinal));
                open = (kind, bookmark, text.Trim(), new StringBuilder());
            }
            else if (style is RenderStyles.PartHeading or RenderStyles.TocHeading or RenderStyles.Toc1 or RenderStyles.Toc2)
            {
                Close();
            }
            else if (open is { } o && text.Trim().Length > 0)
            {
                o.Text.Append(text.Trim()).Append('\n');
            }
        }

        Close();
        return sections.ToImmutable();
    }

    /// <summary>The paragraph's visible text: runs' text and tabs, including inserted and excluding deleted changes.</summary>
    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }

    private static ImmutableDictionary<string, string> Properties(WordprocessingDocument document)
    {
        var custom = document.CustomFilePropertiesPart?.Properties;
        if (custom is null)
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var property in custom.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>())
        {
            if (property.Name?.Value is { } name && name.StartsWith("ContractDocs.", StringComparison.Ordinal))
            {
                properties[name] = property.InnerText;
            }
        }

        return properties.ToImmutable();
    }
}
