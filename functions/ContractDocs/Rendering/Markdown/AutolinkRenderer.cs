using Markdig.Renderers;
using Markdig.Syntax.Inlines;
using ContractDocs.Library;

namespace ContractDocs.Rendering.Markdown;

internal sealed class AutolinkRenderer : MarkdownObjectRenderer<WordRenderer, AutolinkInline>
{
    protected override void Write(WordRenderer renderer, AutolinkInline obj)
    {
        var url = obj.IsEmail ? "mailto:" + obj.Url : obj.Url;
        if (!SafeLinks.IsAllowed(url))
        {
            Runs.Write(renderer, obj.Url.AsSpan());
            return;
        }

        Hyperlinks.Write(renderer, url, null, () => Runs.Write(renderer, obj.Url.AsSpan()));
    }
}
