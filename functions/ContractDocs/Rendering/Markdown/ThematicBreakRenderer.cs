using Markdig.Renderers;
using Markdig.Syntax;

namespace ContractDocs.Rendering.Markdown;

/// <summary>A thematic break (<c>---</c>) becomes an empty body paragraph.</summary>
internal sealed class ThematicBreakRenderer : MarkdownObjectRenderer<WordRenderer, ThematicBreakBlock>
{
    protected override void Write(WordRenderer renderer, ThematicBreakBlock obj)
    {
        renderer.StartParagraph(Styles.BodyText);
        renderer.EndParagraph();
    }
}
