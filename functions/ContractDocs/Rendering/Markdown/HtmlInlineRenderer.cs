using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ContractDocs.Rendering.Markdown;

/// <summary>Inline HTML is written as the literal text it is, never interpreted.</summary>
internal sealed class HtmlInlineRenderer : MarkdownObjectRenderer<WordRenderer, HtmlInline>
{
    protected override void Write(WordRenderer renderer, HtmlInline obj) => Runs.Write(renderer, obj.Tag.AsSpan());
}
