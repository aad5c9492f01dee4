using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>The cover: title, what kind of contract it is, reference, library release and commencement date.</summary>
internal static class CoverPage
{
    public static IEnumerable<Paragraph> Build(TemplateModel model)
    {
        yield return Blocks.Styled(StyleIds.DraftMark, "DRAFT {{date draft.generatedOn}}: not for signature");
        yield return Blocks.Styled(StyleIds.Title, "{{contractTitle}}");
        yield return Blocks.Styled(StyleIds.Subtitle, model.DocumentTitle);
        yield return Blocks.Styled(null, model.Between);
        yield return Blocks.Styled(null, "Reference: {{contractReference}}");
        yield return Blocks.Styled(null, "Commencement Date: {{date commencementDate}}");
        yield return Blocks.Styled(null, "Draft prepared on {{date draft.generatedOn}} by {{draft.generatedBy}} from clause library release {{contract.release}}");
        yield return Blocks.PageBreak();
    }
}
