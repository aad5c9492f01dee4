using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.Tests.Support;

/// <summary>A "signed copy" made from a generated draft, as a lawyer would mark it up in Word: words changed in a
/// clause's first paragraph, a clause or schedule deleted with its body, provenance stripped.</summary>
public sealed class SignedCopies
{
    private readonly List<Action<Body>> _edits = [];
    private bool _stripProvenance;

    /// <summary>Replaces the first body paragraph's first text of the section headed <paramref name="heading"/>.</summary>
    public SignedCopies Edit(string heading, string newText)
    {
        _edits.Add(body =>
        {
            var text = Section(body, heading).Skip(1).SelectMany(e => e.Descendants<Text>()).First(t => t.Text.Trim().Length > 3);
            text.Text = newText;
            text.Space = SpaceProcessingModeValues.Preserve;
        });
        return this;
    }

    /// <summary>Deletes the section headed <paramref name="heading"/>: the heading and everything to the next heading.</summary>
    public SignedCopies Delete(string heading)
    {
        _edits.Add(body =>
        {
            foreach (var element in Section(body, heading))
            {
                element.Remove();
            }
        });
        return this;
    }

    /// <summary>Removes every bookmark (as some editors do): headings are all that is left to map by.</summary>
    public SignedCopies StripBookmarks()
    {
        _edits.Add(body =>
        {
            foreach (var bookmark in body.Descendants<BookmarkStart>().ToList())
            {
                bookmark.Remove();
            }
        });
        return this;
    }

    /// <summary>Takes the heading styles, bookmarks and custom properties away and renames every heading: nothing
    /// left to map by but the text.</summary>
    public SignedCopies Scramble()
    {
        _stripProvenance = true;
        _edits.Add(body =>
        {
            foreach (var bookmark in body.Descendants<BookmarkStart>().ToList())
            {
                bookmark.Remove();
            }

            var n = 0;
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                paragraph.ParagraphProperties?.ParagraphStyleId?.Remove();
                foreach (var text in paragraph.Descendants<Text>())
                {
                    text.Text = $"Scrambled text {n++}";
                }
            }
        });
        return this;
    }

    public byte[] Apply(byte[] draft)
    {
        using var stream = new MemoryStream();
        stream.Write(draft);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            foreach (var edit in _edits)
            {
                edit(body);
            }

            if (_stripProvenance && document.CustomFilePropertiesPart is { } custom)
            {
                document.DeletePart(custom);
            }
        }

        return stream.ToArray();
    }

    private static List<OpenXmlElement> Section(Body body, string heading)
    {
        var start = body.Elements<Paragraph>().First(p => IsHeading(p) && p.InnerText.Trim() == heading);
        var section = new List<OpenXmlElement> { start };
        for (var next = start.NextSibling(); next is not null && !(next is Paragraph p && (IsHeading(p) || Style(p) == "PartHeading")) && next is not SectionProperties; next = next.NextSibling())
        {
            section.Add(next);
        }

        return section;
    }

    private static bool IsHeading(Paragraph p) => Style(p) is "Heading1" or "ScheduleHeading";

    private static string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
}
