using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>The cover: title, what kind of contract it is, reference, library release and commencement date.</summary>
internal static class CoverPage
{
    public static IEnumerable<Paragraph> Build(TemplateModel model)
    {
        yield return Blocks.Styled(StyleIds.Title, "{{contractTitle}}");
        yield return Blocks.Styled(StyleIds.Subtitle, "{{contract.modelTitle}} " + model.DocumentNoun);
        yield return Blocks.Styled(null, "Reference: {{contractReference}}");
        yield return Blocks.Styled(null, "Built from clause library release {{contract.release}}");
        yield return Blocks.Styled(null, "Commencement Date: {{date commencementDate}}");
        yield return Blocks.PageBreak();
    }
}
