using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace ContractDocs.TemplateBuilder;

/// <summary>
/// docProps/core.xml: title and creator only. No created or modified dates, so rebuilding changes nothing; the
/// renderer writes each contract's own core properties.
/// </summary>
internal static class CoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static void Write(CoreFilePropertiesPart part, TemplateModel model)
    {
        var xml = new XDocument(
            new XDeclaration("1.0", "utf-8", "yes"),
            new XElement(
                Cp + "coreProperties",
                new XAttribute(XNamespace.Xmlns + "cp", Cp),
                new XAttribute(XNamespace.Xmlns + "dc", Dc),
                new XElement(Dc + "title", "ContractDocs template: " + model.DocumentTitle),
                new XElement(Dc + "creator", "ContractDocs")));
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        xml.Save(stream, SaveOptions.DisableFormatting);
    }
}
