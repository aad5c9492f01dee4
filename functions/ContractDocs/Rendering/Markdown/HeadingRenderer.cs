using Markdig.Renderers;
using Markdig.Syntax;

namespace ContractDocs.Rendering.Markdown;

/// <summary>A heading inside a clause body (the library's convention avoids them) reads as a bold, unnumbered line.</summary>
internal sealed class HeadingRenderer : MarkdownObjectRenderer<WordRenderer, HeadingBlock>
{
    protected override void Write(WordRenderer renderer, HeadingBlock obj)
    {
        renderer.StartParagraph(Styles.BodyText);
        renderer.Bold++;
        renderer.WriteInlines(obj);
        renderer.Bold--;
        renderer.EndParagraph();
    }
}
