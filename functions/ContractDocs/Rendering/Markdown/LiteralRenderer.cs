using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ContractDocs.Rendering.Markdown;

internal sealed class LiteralRenderer : MarkdownObjectRenderer<WordRenderer, LiteralInline>
{
    protected override void Write(WordRenderer renderer, LiteralInline obj) => Runs.Write(renderer, obj.Content.AsSpan());
}
