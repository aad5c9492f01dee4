using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>
/// word/document.xml: cover, particulars, the <c>{{@toc}}</c> and <c>{{@clauses}}</c> placeholder paragraphs the
/// renderer replaces, the signature page and the section properties, in that order.
/// </summary>
internal static class DocumentBody
{
    public static Document Build(TemplateModel model)
    {
        var body = new Body();
        body.Append(CoverPage.Build(model));
        body.Append(ParticularsSection.Build());
        body.Append(Blocks.Styled(null, "{{@toc}}"));
        body.Append(Blocks.Styled(null, "{{@clauses}}"));
        body.Append(SignaturePage.Build());
        body.Append(PageSetup.Build());
        return new Document(body);
    }
}
