using Markdig.Renderers;
using Markdig.Syntax;

namespace ContractDocs.Rendering.Markdown;

/// <summary>A block quote reads as unnumbered body text.</summary>
internal sealed class QuoteRenderer : MarkdownObjectRenderer<WordRenderer, QuoteBlock>
{
    protected override void Write(WordRenderer renderer, QuoteBlock obj)
    {
        var style = renderer.BodyStyle;
        renderer.BodyStyle = Styles.BodyText;
        renderer.WriteChildren(obj);
        renderer.BodyStyle = style;
    }
}
