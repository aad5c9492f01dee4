using System.Security.Cryptography;
using ContractDocs.Intake;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Intake;

/// <summary>What procurement may upload: accepted documents, kinds and names. The refusals are in the partial
/// files by concern (Word content, packages and bombs, PDFs, names).</summary>
public sealed partial class DocumentInspectorTests
{
    private static readonly IntakeLimits Limits = new();

    [Fact]
    public void Inspect_MinimalDocx_IsAcceptedAsDocx()
    {
        var bytes = new DocxBuilder().Build();

        var result = DocumentInspector.Inspect(bytes, "contract.docx", Limits);

        AssertAccepted(result, DocumentKind.Docx, bytes);
        Assert.Equal("contract.docx", result.CleanOriginalName);
    }

    [Fact]
    public void Inspect_DocxWrittenByTheOpenXmlSdk_IsAccepted()
    {
        var bytes = SdkDocx.Create("Signed by both parties.");

        AssertAccepted(DocumentInspector.Inspect(bytes, "contract.docx", Limits), DocumentKind.Docx, bytes);
    }

    [Fact]
    public void Inspect_ContractGeneratedByTheEngine_IsAccepted()
    {
        var bytes = RealLibrary.Generate(RealLibrary.Example(RealLibrary.ExampleNames.First()));

        AssertAccepted(DocumentInspector.Inspect(bytes, "generated.docx", Limits), DocumentKind.Docx, bytes);
    }

    [Fact]
    public void Inspect_MinimalPdf_IsAcceptedAsPdf()
    {
        var bytes = PdfBuilder.Build();

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertAccepted(result, DocumentKind.Pdf, bytes);
        Assert.Equal("contract.pdf", result.CleanOriginalName);
    }

    [Fact]
    public void Inspect_DocxNamedPdf_IsExtensionMismatchAndKnownAsDocxByContent()
    {
        var bytes = new DocxBuilder().Build();

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.ExtensionMismatch);
        Assert.Equal(DocumentKind.Docx, result.Kind);
        Assert.Contains("named as a .pdf file but its content is a Word document", result.Reason, StringComparison.Ordinal);
        Assert.EndsWith(".docx", result.StoredName, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PdfNamedDocx_IsExtensionMismatchAndKnownAsPdfByContent()
    {
        var bytes = PdfBuilder.Build();

        var result = DocumentInspector.Inspect(bytes, "contract.docx", Limits);

        AssertRefused(result, IntakeCodes.ExtensionMismatch);
        Assert.Equal(DocumentKind.Pdf, result.Kind);
        Assert.Contains("named as a .docx file but its content is a PDF", result.Reason, StringComparison.Ordinal);
        Assert.EndsWith(".pdf", result.StoredName, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PngRenamedDocx_IsUnsupportedType()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

        var result = DocumentInspector.Inspect(png, "contract.docx", Limits);

        AssertRefused(result, IntakeCodes.UnsupportedType);
        Assert.Null(result.Kind);
        Assert.EndsWith(".bin", result.StoredName, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_EmptyFile_IsRefused()
    {
        AssertRefused(DocumentInspector.Inspect([], "contract.docx", Limits), IntakeCodes.EmptyFile);
    }

    [Fact]
    public void Inspect_FileOverMaxBytes_IsTooLarge()
    {
        var bytes = new DocxBuilder().Build();

        var result = DocumentInspector.Inspect(bytes, "contract.docx", Limits with { MaxBytes = bytes.Length - 1 });

        AssertRefused(result, IntakeCodes.TooLarge);
        Assert.Equal(bytes.Length, result.Length);
    }

    [Fact]
    public void Inspect_NonPositiveLimit_IsAProgrammingErrorNotARefusal()
    {
        var bytes = new DocxBuilder().Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentInspector.Inspect(bytes, null, Limits with { MaxEntries = 0 }));
    }

    internal static void AssertAccepted(InspectionResult result, DocumentKind kind, byte[] bytes)
    {
        Assert.True(result.Accepted, $"{result.Code}: {result.Reason}");
        Assert.Null(result.Code);
        Assert.Null(result.Reason);
        Assert.Equal(kind, result.Kind);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(sha, result.Sha256);
        Assert.Equal($"{sha[..16]}.{(kind == DocumentKind.Docx ? "docx" : "pdf")}", result.StoredName);
        Assert.Equal(bytes.Length, result.Length);
    }

    /// <summary>Refused with <paramref name="code"/> and a reason that is a sentence a person can act on.</summary>
    internal static void AssertRefused(InspectionResult result, string code)
    {
        Assert.False(result.Accepted);
        Assert.True(code == result.Code, $"expected {code}, got {result.Code}: {result.Reason}");
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        Assert.True(char.IsUpper(result.Reason![0]) && result.Reason.EndsWith('.') && result.Reason.Contains(' ', StringComparison.Ordinal),
            $"not a sentence: {result.Reason}");
        Assert.Matches("^[0-9a-f]{64}$", result.Sha256);
        Assert.StartsWith(result.Sha256[..16] + ".", result.StoredName, StringComparison.Ordinal);
    }
}
