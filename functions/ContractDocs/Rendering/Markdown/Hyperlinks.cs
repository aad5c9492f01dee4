namespace ContractDocs.Rendering.Markdown;

/// <summary>Writes a <c>w:hyperlink</c> to an external target with the Hyperlink character style.</summary>
internal static class Hyperlinks
{
    public static void Write(WordRenderer renderer, string url, Action content)
    {
        renderer.FlushText();
        var id = renderer.State.AddHyperlink(url);
        renderer.Writer.Start("w:hyperlink").Attr("r:id", id).Attr("w:history", "1");
        renderer.HyperlinkDepth++;
        content();
        renderer.FlushText();
        renderer.HyperlinkDepth--;
        renderer.Writer.End();
    }
}
