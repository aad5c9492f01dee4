using DocumentFormat.OpenXml.Packaging;

namespace ContractDocs.TemplateBuilder;

/// <summary>Assembles one template package from the shared house-style parts and the model's body. Stateless.</summary>
internal static class TemplatePackage
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <returns>The .docx bytes, with fixed zip timestamps: the same model always gives the same bytes.</returns>
    public static byte[] Build(TemplateModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddNewPart<MainDocumentPart>(MainContentType, RelationshipIds.Document);
            main.AddNewPart<StyleDefinitionsPart>(RelationshipIds.Styles).Styles = StyleSheet.Build();
            main.AddNewPart<NumberingDefinitionsPart>(RelationshipIds.Numbering).Numbering = NumberingDefinitions.Build();
            main.AddNewPart<DocumentSettingsPart>(RelationshipIds.Settings).Settings = DocumentSettings.Build();
            main.AddNewPart<HeaderPart>(RelationshipIds.Header).Header = PageHeader.Build();
            main.AddNewPart<FooterPart>(RelationshipIds.Footer).Footer = PageFooter.Build();
            main.Document = DocumentBody.Build(model);
            CoreProperties.Write(document.AddNewPart<CoreFilePropertiesPart>(RelationshipIds.CoreProperties), model);
        }

        return ZipNormaliser.Normalise(buffer.ToArray());
    }
}
