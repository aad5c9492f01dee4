using System.Text;
using ContractDocs.Intake;

namespace ContractDocs.Tests.Intake;

/// <summary>PDF headers and active content.</summary>
public sealed partial class DocumentInspectorTests
{
    [Theory]
    [InlineData("/OpenAction 5 0 R", "<< /S /JavaScript /JS (app.alert\\(1\\)) >>")]
    [InlineData("/Names << /JavaScript 5 0 R >>", "<< /Names [(a) 6 0 R] >>")]
    [InlineData("/OpenAction 5 0 R", "<< /S /Launch /F (cmd.exe) >>")]
    [InlineData("/OpenAction [3 0 R /Fit]", "<< >>")]
    [InlineData("/Names << /EmbeddedFiles 5 0 R >>", "<< /Type /EmbeddedFile /Length 0 >>\nstream\n\nendstream")]
    [InlineData("/AcroForm << /XFA 5 0 R >>", "<< >>")]
    [InlineData("/AA << /O 5 0 R >>", "<< /S /RichMedia >>")]
    public void Inspect_PdfWithActiveContent_IsRefused(string catalogExtra, string extraObject)
    {
        var bytes = PdfBuilder.Build(catalogExtra, extraObject);

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfActiveContent);
        Assert.Equal(DocumentKind.Pdf, result.Kind);
    }

    [Fact]
    public void Inspect_PdfWithJavaScript_NamesItInTheReason()
    {
        var result = DocumentInspector.Inspect(PdfBuilder.Build("/Names << /JavaScript 5 0 R >>", "<< >>"), "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfActiveContent);
        Assert.Contains("JavaScript", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/OpenAction << /S /J#61vaScript /#4A#53 (app.alert\\(1\\)) >>")]
    [InlineData("/#4Fpen#41ction 3 0 R")]
    [InlineData("/Names << /Embedded#46iles 5 0 R >>")]
    public void Inspect_PdfWithHexEscapedActiveNames_IsRefused(string catalogExtra)
    {
        var bytes = PdfBuilder.Build(catalogExtra, "<< >>");

        AssertRefused(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), IntakeCodes.PdfActiveContent);
    }

    [Fact]
    public void Inspect_PdfWithOpenActionInsideACompressedObjectStream_IsRefused()
    {
        var bytes = PdfBuilder.WithCompressedCatalog("/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>");
        Assert.DoesNotContain("OpenAction", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfActiveContent);
        Assert.Contains("compressed", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PdfWithAPlainCompressedObjectStream_IsAccepted()
    {
        var bytes = PdfBuilder.WithCompressedCatalog("/PageMode /UseNone");

        AssertAccepted(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), DocumentKind.Pdf, bytes);
    }

    [Fact]
    public void Inspect_PdfWhoseNamesMerelyContainActiveWords_IsAccepted()
    {
        var bytes = PdfBuilder.Build("/PageLayout /OneColumn /JSON 5 0 R /AAB 5 0 R", "<< /Launcher true >>");

        AssertAccepted(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), DocumentKind.Pdf, bytes);
    }

    [Fact]
    public void Inspect_BytesBeforePdfHeader_IsPdfBadHeader()
    {
        var bytes = Encoding.ASCII.GetBytes("<html>polyglot</html>\n").Concat(PdfBuilder.Build()).ToArray();

        AssertRefused(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), IntakeCodes.PdfBadHeader);
    }

    [Fact]
    public void Inspect_PdfWithUnknownVersion_IsPdfBadHeader()
    {
        var bytes = PdfBuilder.Build();
        bytes[5] = (byte)'9';

        AssertRefused(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), IntakeCodes.PdfBadHeader);
    }
}
