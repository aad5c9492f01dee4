using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>
/// Paragraphs and runs for the template body. A paragraph's text goes in one run, so every Handlebars tag is typed
/// whole inside one <c>w:t</c>.
/// </summary>
internal static class Blocks
{
    /// <param name="style">A style id, or null for Normal.</param>
    public static Paragraph Styled(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.ParagraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        }

        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text));
        }

        return paragraph;
    }

    /// <summary>A Normal paragraph in bold, kept on the page with the next one.</summary>
    public static Paragraph BoldKeptWithNext(string text) =>
        new(
            new ParagraphProperties { KeepNext = new KeepNext() },
            new Run(new RunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() }, Text(text)));

    /// <summary>A Normal paragraph kept on the page with the next one (lines of a signature block).</summary>
    public static Paragraph KeptWithNext(string text) =>
        new(new ParagraphProperties { KeepNext = new KeepNext() }, TextRun(text));

    /// <summary>An otherwise empty paragraph holding a page break.</summary>
    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    public static Run TextRun(string text) => new(Text(text));

    private static Text Text(string text)
    {
        var element = new Text(text);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            element.Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
        }

        return element;
    }
}
