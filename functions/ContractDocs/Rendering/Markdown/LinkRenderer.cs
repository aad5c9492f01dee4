using Markdig.Renderers;
using Markdig.Syntax.Inlines;
using ContractDocs.Library;

namespace ContractDocs.Rendering.Markdown;

/// <summary>A link to an https or mailto address becomes a Word hyperlink; any other target, and every image, is
/// written as its text only, so no document ever points at a file, a share or a remote image (the linter refuses
/// both, so a library clause never relies on this). A title becomes the hyperlink's tooltip.</summary>
internal sealed class LinkRenderer : MarkdownObjectRenderer<WordRenderer, LinkInline>
{
    protected override void Write(WordRenderer renderer, LinkInline obj)
    {
        if (obj.IsImage || !SafeLinks.IsAllowed(obj.Url))
        {
            renderer.WriteChildren(obj);
            return;
        }

        Hyperlinks.Write(renderer, obj.Url!, obj.Title, () => renderer.WriteChildren(obj));
    }
}
