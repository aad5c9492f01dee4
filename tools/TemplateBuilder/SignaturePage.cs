using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>
/// The signature page: one signature block per party. The paragraphs holding only <c>{{#each parties}}</c> and
/// <c>{{/each}}</c> become the loop; each block is kept together on one page.
/// </summary>
internal static class SignaturePage
{
    private const string Line = "____________________";

    public static IEnumerable<Paragraph> Build(TemplateModel model)
    {
        yield return Blocks.PageBreak();
        yield return Blocks.Styled(StyleIds.Subtitle, model.SignedBy);
        yield return Blocks.Styled(null, "{{#each parties}}");
        yield return Blocks.BoldKeptWithNext("Signed for and on behalf of {{name}}");
        yield return Blocks.KeptWithNext("Signature: " + Line);
        yield return Blocks.KeptWithNext("Name: " + Line);
        yield return Blocks.KeptWithNext("Position: " + Line);
        yield return Blocks.Styled(null, "Date: " + Line);
        yield return Blocks.Styled(null, string.Empty);
        yield return Blocks.Styled(null, "{{/each}}");
    }
}
