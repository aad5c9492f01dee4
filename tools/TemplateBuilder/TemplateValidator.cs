using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ContractDocs.TemplateBuilder;

/// <summary>Schema and semantic validation of a built template against the Microsoft 365 file format.</summary>
internal static class TemplateValidator
{
    /// <returns>One line per error (part, XPath, description); empty when the document is valid.</returns>
    public static IReadOnlyList<string> Validate(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
        return [.. validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }
}
