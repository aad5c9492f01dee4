using Markdig.Renderers;
using Markdig.Syntax;

namespace ContractDocs.Rendering.Markdown;

/// <summary>A paragraph: a numbered sub-clause at the top of a clause body, a list item's text, or a table cell's.</summary>
internal sealed class ParagraphRenderer : MarkdownObjectRenderer<WordRenderer, ParagraphBlock>
{
    protected override void Write(WordRenderer renderer, ParagraphBlock obj)
    {
        renderer.StartParagraph();
        var bookmark = renderer.State.BookmarkOf(obj);
        var id = bookmark is null ? null : renderer.State.NextBookmarkId().ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (bookmark is not null)
        {
            // A paragraph a cross-reference points at: the bookmark the REF field names.
            renderer.Writer.Start("w:bookmarkStart").Attr("w:id", id!).Attr("w:name", bookmark).End();
        }

        renderer.WriteInlines(obj);
        renderer.FlushText();
        if (bookmark is not null)
        {
            renderer.Writer.Start("w:bookmarkEnd").Attr("w:id", id!).End();
        }

        renderer.EndParagraph();
    }
}
