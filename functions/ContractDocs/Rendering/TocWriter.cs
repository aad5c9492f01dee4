using System.Globalization;

namespace ContractDocs.Rendering;

/// <summary>
/// The contents: a TOC field whose cached result already lists every Part, clause and schedule with its number, each
/// entry a link to its heading, and deliberately no page numbers. Page numbers cannot be known until a word processor
/// lays the pages out, and asking Word to update fields on opening (w:updateFields) prompts the reader, is ignored in
/// Protected View and Word for the web, and does nothing in LibreOffice; a list without them is right everywhere at once.
/// In Word, Update Field adds the page numbers on request.
/// </summary>
internal static class TocWriter
{
    public static void Write(WordWriter writer, DocumentLayout layout, string partPattern, string schedulePattern)
    {
        Paragraphs.Styled(writer, Styles.TocHeading, layout.Definition.Label("contents"));
        var entries = new List<(string Style, string Number, string Title, string? Bookmark)>();
        var part = 0;
        foreach (var p in layout.Parts)
        {
            part++;
            entries.Add((Styles.Toc1, partPattern.Replace("%1", part.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), p.Title, null));
            entries.AddRange(p.Clauses.Select(c => (Styles.Toc2, c.Number.ToString(CultureInfo.InvariantCulture) + ".", c.Planned.Clause.Title, (string?)c.Bookmark)));
        }

        entries.AddRange(layout.Schedules.Select(s => (Styles.Toc1, schedulePattern.Replace("%1", s.Number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), s.Planned.Clause.Title, (string?)s.Bookmark)));
        for (var i = 0; i < entries.Count; i++)
        {
            var (style, number, title, bookmark) = entries[i];
            writer.Start("w:p").Start("w:pPr").Empty("w:pStyle", "w:val", style).End();
            if (i == 0)
            {
                writer.Start("w:r").Start("w:fldChar").Attr("w:fldCharType", "begin").End().End();
                writer.Start("w:r").Start("w:instrText").Attr("xml:space", "preserve").Text(" TOC \\o \"1-2\" \\h \\z \\u ").End().End();
                writer.Start("w:r").Start("w:fldChar").Attr("w:fldCharType", "separate").End().End();
            }

            if (bookmark is not null)
            {
                writer.Start("w:hyperlink").Attr("w:anchor", bookmark).Attr("w:history", "1");
            }

            writer.Run(number);
            writer.Start("w:r").Empty("w:tab").End();
            writer.Run(title);
            if (bookmark is not null)
            {
                writer.End();
            }

            if (i == entries.Count - 1)
            {
                writer.Start("w:r").Start("w:fldChar").Attr("w:fldCharType", "end").End().End();
            }

            writer.End();
        }
    }
}
