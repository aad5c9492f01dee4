using Markdig.Renderers;
using Markdig.Syntax;

namespace ContractDocs.Rendering.Markdown;

/// <summary>HTML is never interpreted: a block of it is written as the literal text it is.</summary>
internal sealed class HtmlBlockRenderer : MarkdownObjectRenderer<WordRenderer, HtmlBlock>
{
    protected override void Write(WordRenderer renderer, HtmlBlock obj)
    {
        foreach (var line in obj.Lines.Lines.Take(obj.Lines.Count))
        {
            renderer.StartParagraph(Styles.BodyText);
            Runs.Write(renderer, line.Slice.AsSpan());
            renderer.EndParagraph();
        }
    }
}
