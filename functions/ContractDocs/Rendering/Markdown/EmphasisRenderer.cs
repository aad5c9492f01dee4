using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ContractDocs.Rendering.Markdown;

/// <summary><c>*italic*</c> and <c>**bold**</c> as run properties of the text inside.</summary>
internal sealed class EmphasisRenderer : MarkdownObjectRenderer<WordRenderer, EmphasisInline>
{
    protected override void Write(WordRenderer renderer, EmphasisInline obj)
    {
        var bold = obj.DelimiterCount >= 2;
        if (bold)
        {
            renderer.Bold++;
        }
        else
        {
            renderer.Italic++;
        }

        renderer.WriteChildren(obj);
        if (bold)
        {
            renderer.Bold--;
        }
        else
        {
            renderer.Italic--;
        }
    }
}
