using ContractDocs.Templating;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ContractDocs.Rendering.Markdown;

internal sealed class LiteralRenderer : MarkdownObjectRenderer<WordRenderer, LiteralInline>
{
    /// <summary>The literal's text, each hole filled with its value (a literal with holes holds no markers).</summary>
    protected override void Write(WordRenderer renderer, LiteralInline obj)
    {
        var text = obj.Content.AsSpan();
        if (renderer.HasHoles)
        {
            for (var hole = text.IndexOf(Markers.Hole); hole >= 0; hole = text.IndexOf(Markers.Hole))
            {
                Runs.Write(renderer, text[..hole]);
                Runs.Write(renderer, renderer.NextHole());
                text = text[(hole + 1)..];
            }
        }

        Runs.Write(renderer, text);
    }
}
