using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ContractDocs.Rendering.Markdown;

/// <summary>An entity such as <c>&amp;#32;</c> (the Markdown encoder writes these for spaces) as its character.</summary>
internal sealed class HtmlEntityRenderer : MarkdownObjectRenderer<WordRenderer, HtmlEntityInline>
{
    protected override void Write(WordRenderer renderer, HtmlEntityInline obj) => Runs.Write(renderer, obj.Transcoded.AsSpan());
}
