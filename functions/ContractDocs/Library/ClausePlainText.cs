namespace ContractDocs.Library;

/// <summary>A clause's Markdown as a reader sees its text: headings, lists and tables as plain text, through the same
/// Markdig pipeline as the contracts; Handlebars tags as written (a library text has no values). Thread-safe.</summary>
public static class ClausePlainText
{
    public static string Of(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Markdig.Markdown.ToPlainText(markdown, MarkdownPipelines.Clauses).Trim();
    }
}
