using Markdig.Syntax;

namespace ContractDocs.Rendering.Markdown;

/// <summary>Writes a leaf block's source lines as body paragraphs, one per line, or one empty paragraph when it has
/// none (an empty fenced block has no line array at all).</summary>
internal static class BlockLines
{
    public static void Write(WordRenderer renderer, LeafBlock block)
    {
        var lines = block.Lines;
        if (lines.Count == 0 || lines.Lines is null)
        {
            renderer.StartParagraph(Styles.BodyText);
            renderer.EndParagraph();
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            renderer.StartParagraph(Styles.BodyText);
            Runs.Write(renderer, lines.Lines[i].Slice.AsSpan());
            renderer.EndParagraph();
        }
    }
}
