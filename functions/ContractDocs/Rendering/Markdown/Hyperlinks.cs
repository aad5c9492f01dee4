namespace ContractDocs.Rendering.Markdown;

/// <summary>Writes a <c>w:hyperlink</c> to an external target with the Hyperlink character style; a link's title
/// becomes the hyperlink's tooltip, so Word shows it on hover as a browser does.</summary>
internal static class Hyperlinks
{
    public static void Write(WordRenderer renderer, string url, string? title, Action content)
    {
        renderer.FlushText();
        var id = renderer.State.AddHyperlink(url);
        renderer.Writer.Start("w:hyperlink").Attr("r:id", id);
        if (!string.IsNullOrEmpty(title))
        {
            renderer.Writer.Attr("w:tooltip", title);
        }

        renderer.Writer.Attr("w:history", "1");
        renderer.HyperlinkDepth++;
        content();
        renderer.FlushText();
        renderer.HyperlinkDepth--;
        renderer.Writer.End();
    }
}
