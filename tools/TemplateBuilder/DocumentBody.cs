using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.TemplateBuilder;

/// <summary>
/// word/document.xml: cover, particulars, the <c>{{@toc}}</c> and <c>{{@clauses}}</c> placeholder paragraphs the
/// renderer replaces, the signature page, the <c>{{@note}}</c> placeholder (the note on provenance, not part of the
/// agreement) and the section properties, in that order.
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
        body.Append(SignaturePage.Build(model));
        body.Append(Blocks.Styled(null, "{{@note}}"));
        body.Append(PageSetup.Build());
        return new Document(body);
    }
}
