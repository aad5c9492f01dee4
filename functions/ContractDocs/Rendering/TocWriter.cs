using System.Collections.Immutable;
using System.Globalization;

namespace ContractDocs.Rendering;

/// <summary>
/// The table of contents: a TOC field whose cached entries already list every clause and schedule, so the
/// contents read correctly before Word refreshes the field (settings ask it to on opening).
/// </summary>
internal static class TocWriter
{
    public static void Write(WordWriter writer, ImmutableArray<LayoutPart> parts, IReadOnlyList<string> schedules)
    {
        Paragraphs.Styled(writer, Styles.TocHeading, "Contents");
        var entries = parts.SelectMany(p => p.Clauses.Select(c => (Style: Styles.Toc1, Number: c.Number.ToString(CultureInfo.InvariantCulture) + ".", Title: c.Planned.Clause.Title)))
            .Concat(schedules.Select((title, i) => (Style: Styles.Toc1, Number: $"Schedule {i + 1}", Title: title)))
            .ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var (style, number, title) = entries[i];
            writer.Start("w:p").Start("w:pPr").Empty("w:pStyle", "w:val", style).End();
            if (i == 0)
            {
                writer.Start("w:r").Start("w:fldChar").Attr("w:fldCharType", "begin").End().End();
                writer.Start("w:r").Start("w:instrText").Attr("xml:space", "preserve").Text(" TOC \\o \"1-1\" \\h \\z \\u ").End().End();
                writer.Start("w:r").Start("w:fldChar").Attr("w:fldCharType", "separate").End().End();
            }

            writer.Run(number);
            writer.Start("w:r").Empty("w:tab").End();
            writer.Run(title);
            if (i == entries.Count - 1)
            {
                writer.Start("w:r").Start("w:fldChar").Attr("w:fldCharType", "end").End().End();
            }

            writer.End();
        }
    }
}
