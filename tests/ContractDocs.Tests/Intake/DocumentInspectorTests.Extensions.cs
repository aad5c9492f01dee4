using ContractDocs.Intake;

namespace ContractDocs.Tests.Intake;

/// <summary>The kind is decided by content; a name's extension may only agree with it, or claim nothing.</summary>
public sealed partial class DocumentInspectorTests
{
    [Theory]
    [InlineData("contract.docx")]
    [InlineData("CONTRACT.DOCX")]
    [InlineData("contract.Docx")]
    [InlineData("contract.docx.")]
    [InlineData("contract.docx  ")]
    [InlineData("contract")]
    [InlineData("Contract v1.2")]
    [InlineData("contract.bin")]
    [InlineData("contract.DAT")]
    [InlineData("upload.tmp")]
    [InlineData("report.docx:hidden")]
    public void Inspect_DocxWhoseNameAgreesOrClaimsNothing_IsAccepted(string name)
    {
        var bytes = new DocxBuilder().Build();

        AssertAccepted(DocumentInspector.Inspect(bytes, name, Limits), DocumentKind.Docx, bytes);
    }

    [Theory]
    [InlineData("contract.pdf")]
    [InlineData("CONTRACT.PDF")]
    [InlineData("signed")]
    [InlineData("signed.bin")]
    [InlineData("C:\\Users\\paula\\Downloads\\signed.pdf")]
    public void Inspect_PdfWhoseNameAgreesOrClaimsNothing_IsAccepted(string name)
    {
        var bytes = PdfBuilder.Build();

        AssertAccepted(DocumentInspector.Inspect(bytes, name, Limits), DocumentKind.Pdf, bytes);
    }

    [Theory]
    [InlineData("contract.doc", "doc")]
    [InlineData("contract.docm", "docm")]
    [InlineData("contract.dotx", "dotx")]
    [InlineData("contract.zip", "zip")]
    [InlineData("contract.docx.exe", "exe")]
    [InlineData("contract.pdf", "pdf")]
    [InlineData("contract\u202Excod.pdf", "pdf")]
    [InlineData("contract.txt", "txt")]
    public void Inspect_DocxWhoseNameClaimsAnotherKind_IsExtensionMismatch(string name, string claimed)
    {
        var result = DocumentInspector.Inspect(new DocxBuilder().Build(), name, Limits);

        AssertRefused(result, IntakeCodes.ExtensionMismatch);
        Assert.Equal(DocumentKind.Docx, result.Kind);
        Assert.Contains($"named as a .{claimed} file", result.Reason, StringComparison.Ordinal);
        Assert.Contains("rename it to end in .docx", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contract.docx")]
    [InlineData("contract.pdf.exe")]
    [InlineData("contract.html")]
    public void Inspect_PdfWhoseNameClaimsAnotherKind_IsExtensionMismatch(string name)
    {
        var result = DocumentInspector.Inspect(PdfBuilder.Build(), name, Limits);

        AssertRefused(result, IntakeCodes.ExtensionMismatch);
        Assert.Equal(DocumentKind.Pdf, result.Kind);
        Assert.Contains("rename it to end in .pdf", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_HostilePdfNamedDocx_IsRefusedForItsContentFirst()
    {
        var bytes = PdfBuilder.Build("/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>");

        AssertRefused(DocumentInspector.Inspect(bytes, "contract.docx", Limits), IntakeCodes.PdfActiveContent);
    }

    [Fact]
    public void Inspect_ZipThatIsNotAWordDocumentNamedDocx_IsUnsupportedTypeNotAMismatch()
    {
        var bytes = new DocxBuilder { MainContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" }.Build();

        AssertRefused(DocumentInspector.Inspect(bytes, "budget.xlsx", Limits), IntakeCodes.UnsupportedType);
    }
}
