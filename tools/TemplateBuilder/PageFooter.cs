using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>word/footer1.xml: "Page N of M" with live PAGE and NUMPAGES fields, centred by the Footer style.</summary>
internal static class PageFooter
{
    public static Footer Build() =>
        new(new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Footer } },
            Blocks.TextRun("Page "),
            Field("PAGE"),
            Blocks.TextRun(" of "),
            Field("NUMPAGES")));

    /// <summary>A simple field with a cached result of "1"; Word recalculates it on layout.</summary>
    private static SimpleField Field(string name) =>
        new(new Run(new RunProperties(new NoProof()), new Text("1"))) { Instruction = $" {name} \\* MERGEFORMAT " };
}
