using Markdig.Renderers;
using Markdig.Syntax;

namespace ContractDocs.Rendering.Markdown;

/// <summary>A paragraph: a numbered sub-clause at the top of a clause body, a list item's text, or a table cell's.</summary>
internal sealed class ParagraphRenderer : MarkdownObjectRenderer<WordRenderer, ParagraphBlock>
{
    protected override void Write(WordRenderer renderer, ParagraphBlock obj)
    {
        renderer.StartParagraph();
        renderer.WriteInlines(obj);
        renderer.EndParagraph();
    }
}
