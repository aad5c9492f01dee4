using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ContractDocs.Rendering.Markdown;

/// <summary>An unmatched delimiter (a lone <c>*</c> or <c>[</c>) is written as the text it is, then its children.</summary>
internal sealed class DelimiterRenderer : MarkdownObjectRenderer<WordRenderer, DelimiterInline>
{
    protected override void Write(WordRenderer renderer, DelimiterInline obj)
    {
        Runs.Write(renderer, obj.ToLiteral().AsSpan());
        renderer.WriteChildren(obj);
    }
}
