using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace ContractDocs.Tests.Selection;

/// <summary>A cheap check that a rendered contract is a Word document: the Open XML SDK opens the package, and every
/// part the renderer writes values into (the main document, headers, footers, numbering, core and custom
/// properties) reads to its end as well-formed XML, which is where an unescaped value or an XML-illegal character
/// would show. The template's untouched parts (styles, theme, fonts) are not read again.</summary>
internal static class DocumentCheck
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static void Opens(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart;
        Assert.NotNull(main);
        OpenXmlPart?[] parts =
        [
            main, main.NumberingDefinitionsPart, document.CoreFilePropertiesPart, document.CustomFilePropertiesPart,
            .. main.HeaderParts, .. main.FooterParts,
        ];
        foreach (var part in parts)
        {
            Assert.NotNull(part);
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            using var reader = XmlReader.Create(stream, Settings);
            while (reader.Read())
            {
            }
        }
    }
}
