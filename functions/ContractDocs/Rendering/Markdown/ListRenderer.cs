using Markdig.Renderers;
using Markdig.Syntax;

namespace ContractDocs.Rendering.Markdown;

/// <summary>A bulleted or numbered list. Each list gets its own numbering instance, so every numbered list starts
/// at (a); nested lists go one level deeper in the same instance.</summary>
internal sealed class ListRenderer : MarkdownObjectRenderer<WordRenderer, ListBlock>
{
    protected override void Write(WordRenderer renderer, ListBlock obj)
    {
        var outer = renderer.List;
        var level = outer is { } parent ? Math.Min(parent.Level + 1, 8) : 0;
        renderer.List = (renderer.State.NewList(obj.IsOrdered, level), level);
        foreach (var item in obj)
        {
            renderer.WriteChildren((ListItemBlock)item);
        }

        renderer.List = outer;
    }
}
