namespace ContractDocs.Rendering;

/// <summary>Small paragraph shapes the body writer repeats.</summary>
internal static class Paragraphs
{
    public static void Styled(WordWriter writer, string style, string text, bool bold = false)
    {
        writer.Start("w:p").Start("w:pPr").Empty("w:pStyle", "w:val", style).End();
        writer.Run(text, bold);
        writer.End();
    }

    /// <summary>A heading paragraph wrapped in a bookmark, so REF fields and the contents can point at it.</summary>
    public static void Bookmarked(WordWriter writer, string style, string text, string bookmark, int bookmarkId)
    {
        var id = bookmarkId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.Start("w:p").Start("w:pPr").Empty("w:pStyle", "w:val", style).End();
        writer.Start("w:bookmarkStart").Attr("w:id", id).Attr("w:name", bookmark).End();
        writer.Run(text);
        writer.Start("w:bookmarkEnd").Attr("w:id", id).End();
        writer.End();
    }
}
