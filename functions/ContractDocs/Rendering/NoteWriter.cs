using ContractDocs.Library;
using ContractDocs.Rendering.Markdown;

namespace ContractDocs.Rendering;

/// <summary>The note after the signatures, not part of the agreement: where the document came from (release, selection
/// fingerprint; every clause version and its hash are in the document's properties). Its words are the layout's.</summary>
internal static class NoteWriter
{
    public static void Write(WordRenderer renderer, LayoutDefinition layout, Func<string, string> markdown)
    {
        if (layout.NoteTitle is null || layout.NoteBody is null)
        {
            return;
        }

        Paragraphs.Styled(renderer.Writer, Styles.NoteHeading, layout.NoteTitle);
        renderer.BodyStyle = Styles.NoteText;
        renderer.Render(Markdig.Markdown.Parse(markdown(layout.NoteBody), MarkdownPipelines.Clauses));
        renderer.BodyStyle = Styles.ClauseText;
    }
}
