using Markdig.Renderers;
using Markdig.Syntax;

namespace ContractDocs.Rendering.Markdown;

/// <summary>HTML is never interpreted: a block of it is written as the literal text it is. (The clause pipeline
/// disables HTML, so Markdig reads such text as paragraphs; this covers any pipeline that does not.)</summary>
internal sealed class HtmlBlockRenderer : MarkdownObjectRenderer<WordRenderer, HtmlBlock>
{
    protected override void Write(WordRenderer renderer, HtmlBlock obj) => BlockLines.Write(renderer, obj);
}
