using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ContractDocs.Rendering.Markdown;

/// <summary>A hard break is a Word line break; a soft break (a new line in the source) is a space.</summary>
internal sealed class LineBreakRenderer : MarkdownObjectRenderer<WordRenderer, LineBreakInline>
{
    protected override void Write(WordRenderer renderer, LineBreakInline obj)
    {
        if (obj.IsHard)
        {
            renderer.FlushText();
            renderer.Writer.Start("w:r").Empty("w:br").End();
        }
        else
        {
            Runs.Write(renderer, " ");
        }
    }
}
