using System.Text;
using System.Text.RegularExpressions;
using ContractDocs.Intake;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Intake;

/// <summary>Real exports: PDFs that LibreOffice on this machine writes must be accepted, with the
/// <c>/OpenAction</c> destination it always writes and the links it makes from hyperlinks.</summary>
public sealed partial class DocumentInspectorTests
{
    [Fact]
    public void Inspect_ContractGeneratedByTheEngineAndExportedToPdfByLibreOffice_IsAccepted()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-intake-lo-").FullName;
        try
        {
            var docx = Path.Combine(folder, "contract.docx");
            File.WriteAllBytes(docx, RealLibrary.Generate(RealLibrary.Example(RealLibrary.ExampleNames.First())));

            var pdf = File.ReadAllBytes(LibreOffice.Resave(docx, "pdf", folder));

            var text = Encoding.Latin1.GetString(pdf);
            Assert.Matches(new Regex(@"/OpenAction\s*\["), text);
            Assert.Contains("/Subtype/Link", text, StringComparison.Ordinal);
            Assert.Contains("/Outlines", text, StringComparison.Ordinal);
            AssertAccepted(DocumentInspector.Inspect(pdf, "contract.pdf", Limits), DocumentKind.Pdf, pdf);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Inspect_DocxWithAWebLinkWrittenByLibreOfficeAndItsPdfExport_AreBothAccepted()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-intake-lo-").FullName;
        try
        {
            var html = Path.Combine(folder, "signed.html");
            File.WriteAllText(html, "<html><body><h1>Reablement contract</h1><p>Signed by both parties.</p><p>See the <a href=\"https://www.england.nhs.uk/\">NHS England guidance</a>.</p></body></html>");

            var docx = LibreOffice.Resave(html, "docx:MS Word 2007 XML", folder);
            var docxBytes = File.ReadAllBytes(docx);
            var pdfBytes = File.ReadAllBytes(LibreOffice.Resave(docx, "pdf", folder));

            var pdfText = Encoding.Latin1.GetString(pdfBytes);
            Assert.Contains("/Subtype/Link", pdfText, StringComparison.Ordinal);
            Assert.Contains("/URI(https://www.england.nhs.uk/)", pdfText, StringComparison.Ordinal);
            Assert.Matches(new Regex(@"/OpenAction\s*\["), pdfText);
            AssertAccepted(DocumentInspector.Inspect(docxBytes, "signed.docx", Limits), DocumentKind.Docx, docxBytes);
            AssertAccepted(DocumentInspector.Inspect(pdfBytes, "signed.pdf", Limits), DocumentKind.Pdf, pdfBytes);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
