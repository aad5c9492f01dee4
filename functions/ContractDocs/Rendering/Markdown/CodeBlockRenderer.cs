using Markdig.Renderers;
using Markdig.Syntax;

namespace ContractDocs.Rendering.Markdown;

/// <summary>An indented or fenced block (not used by the library) reads as plain body text, line by line.</summary>
internal sealed class CodeBlockRenderer : MarkdownObjectRenderer<WordRenderer, CodeBlock>
{
    protected override void Write(WordRenderer renderer, CodeBlock obj)
    {
        foreach (var line in obj.Lines.Lines.Take(obj.Lines.Count))
        {
            renderer.StartParagraph(Styles.BodyText);
            Runs.Write(renderer, line.Slice.AsSpan());
            renderer.EndParagraph();
        }
    }
}
