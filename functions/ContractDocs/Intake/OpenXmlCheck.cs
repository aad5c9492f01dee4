using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace ContractDocs.Intake;

/// <summary>
/// The last step for a Word upload, after the zip pass: opens it read-only with the Open XML SDK, with
/// <see cref="IntakeLimits.MaxCharactersInPart"/>, and loads the main document, so that a package the SDK cannot
/// read is refused here rather than wherever it is opened next.
/// </summary>
internal static class OpenXmlCheck
{
    /// <exception cref="IntakeRefusedException">The SDK cannot open the document or its main part.</exception>
    public static void Open(byte[] bytes, IntakeLimits limits)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings
            {
                MaxCharactersInPart = limits.MaxCharactersInPart,
                AutoSave = false,
            });
            if (document.DocumentType != WordprocessingDocumentType.Document)
            {
                throw new IntakeRefusedException(IntakeCodes.MacroEnabled,
                    "The document is macro-enabled or a template, not a Word Document; save it as a Word Document (.docx) and upload that.");
            }

            if (document.MainDocumentPart?.Document?.Body is null)
            {
                throw Unreadable("it has no document body");
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or XmlException or InvalidDataException
            or IOException or ArgumentException or InvalidOperationException or NotSupportedException or UriFormatException)
        {
            throw Unreadable("the Word document reader cannot open it");
        }
    }

    private static IntakeRefusedException Unreadable(string why) => new(IntakeCodes.CorruptPackage,
        $"The document cannot be read ({why}); open it in Word, save it again and upload it.", DocumentKind.Docx);
}
