using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ContractDocs.Rendering.Markdown;

internal sealed class CodeInlineRenderer : MarkdownObjectRenderer<WordRenderer, CodeInline>
{
    protected override void Write(WordRenderer renderer, CodeInline obj) => Runs.Write(renderer, obj.Content.AsSpan());
}
