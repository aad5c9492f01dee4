using Markdig.Renderers;
using Markdig.Syntax;

namespace ContractDocs.Rendering.Markdown;

/// <summary>An indented or fenced block (not used by the library) reads as plain body text, line by line; an empty
/// one as one empty paragraph.</summary>
internal sealed class CodeBlockRenderer : MarkdownObjectRenderer<WordRenderer, CodeBlock>
{
    protected override void Write(WordRenderer renderer, CodeBlock obj) => BlockLines.Write(renderer, obj);
}
