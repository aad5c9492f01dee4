using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>word/header1.xml: DRAFT and the draft's date, then the contract title on the left and its reference on the
/// right (Header style's right tab stop).</summary>
internal static class PageHeader
{
    public static Header Build() =>
        new(
            new Paragraph(
                new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.DraftMark } },
                Blocks.TextRun("DRAFT {{date draft.generatedOn}}")),
            new Paragraph(
                new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Header } },
                Blocks.TextRun("{{contractTitle}}"),
                new Run(new TabChar()),
                Blocks.TextRun("{{contractReference}}")));
}
