using Markdig.Renderers;
using Markdig.Syntax;

namespace ContractDocs.Rendering.Markdown;

/// <summary>A list, numbered or bulleted in the Markdown alike: in a contract every list is lettered (a), (b) … and
/// nested (i), (ii) …, so that each item can be cited. Each list gets its own numbering instance, so every list starts
/// at (a); nested lists go one level deeper. Every item is exactly one numbered paragraph: the first paragraph the
/// item writes (its text, a code line, a heading, a quote's first paragraph) carries the number, and everything after
/// it in the item is an unnumbered paragraph indented to the item's text. An item that is empty, or whose first
/// content is a nested list or a table, gets an empty numbered paragraph of its own, so no item vanishes and none is
/// renumbered.</summary>
internal sealed class ListRenderer : MarkdownObjectRenderer<WordRenderer, ListBlock>
{
    protected override void Write(WordRenderer renderer, ListBlock obj)
    {
        renderer.WritePendingItemNumber();
        var outer = renderer.List;
        var level = outer is { } parent ? Math.Min(parent.Level + 1, 8) : 0;
        var list = (renderer.State.NewList(ordered: true, level), level);
        foreach (var item in obj.OfType<ListItemBlock>())
        {
            renderer.List = list;
            renderer.ItemNumberPending = true;
            renderer.WriteChildren(item);
            renderer.List = list;
            renderer.WritePendingItemNumber();
        }

        renderer.List = outer;
    }
}
