using System.Text;
using System.Text.RegularExpressions;
using ContractDocs.Intake;

namespace ContractDocs.Tests.Intake;

/// <summary>The PDF structure pass: signed files with incremental updates, files PdfPig cannot read, and the
/// bounds on what it decodes and visits.</summary>
public sealed partial class DocumentInspectorTests
{
    private const string SignatureField = "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /Rect [0 0 0 0] /F 132 /P 3 0 R >>";

    [Fact]
    public void Inspect_SignedPdfWithAnIncrementalUpdate_IsAccepted()
    {
        var bytes = SignedPdf();
        Assert.Equal(2, Regex.Count(Encoding.Latin1.GetString(bytes), "%%EOF"));

        AssertAccepted(DocumentInspector.Inspect(bytes, "contract-signed.pdf", Limits), DocumentKind.Pdf, bytes);
    }

    [Fact]
    public void Inspect_IncrementalUpdateThatAddsAnOpeningAction_IsRefused()
    {
        var bytes = PdfBuilder.AppendUpdate(SignedPdf(), 8,
            (1, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> /OpenAction 7 0 R >>"),
            (7, "<< /S /URI /URI (https://tracker.example.com/opened) >>"));
        Assert.Equal(3, Regex.Count(Encoding.Latin1.GetString(bytes), "%%EOF"));

        var result = DocumentInspector.Inspect(bytes, "contract-signed.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfActiveContent);
        Assert.Contains("(/OpenAction /URI)", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7\nthis is not a PDF at all\n%%EOF\n")]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Size 2 /Root 1 0 R >>\n%%EOF\n")]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")]
    [InlineData("%PDF-1.4\n")]
    public void Inspect_PdfThatPdfPigCannotOpen_IsPdfUnreadable(string pdf)
    {
        var result = DocumentInspector.Inspect(Encoding.Latin1.GetBytes(pdf), "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfUnreadable);
        Assert.Equal(DocumentKind.Pdf, result.Kind);
        Assert.Contains("cannot be read", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PdfNestedDeeperThanAReaderAllows_IsPdfUnreadableNotACrash()
    {
        var bytes = PdfBuilder.Build("/Deep " + new string('[', 200_000) + new string(']', 200_000));

        AssertRefused(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), IntakeCodes.PdfUnreadable);
    }

    [Fact]
    public void Inspect_PdfEncryptedWithAnUnknownPassword_IsPdfUnreadable()
    {
        var plain = Encoding.Latin1.GetString(PdfBuilder.Build("", "<< /Filter /Standard /V 1 /R 2 /P -44 /O <" + new string('a', 64) + "> /U <" + new string('b', 64) + "> >>"));
        var trailer = plain.LastIndexOf("/Root 1 0 R", StringComparison.Ordinal);
        var bytes = Encoding.Latin1.GetBytes(plain[..trailer] + "/Root 1 0 R /Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]" + plain[(trailer + "/Root 1 0 R".Length)..]);

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfUnreadable);
        Assert.Contains("password", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_CrossReferenceStreamThatInflatesPastTheLimit_IsStoppedWhileDecoding()
    {
        var bytes = PdfBuilder.WithCompressedCrossReference(padding: 8 * 1024 * 1024);
        Assert.True(bytes.Length < 64 * 1024, $"the bomb is {bytes.Length} bytes");

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits with { MaxInflatedBytes = 1024 * 1024 });

        AssertRefused(result, IntakeCodes.ZipBomb);
        AssertAccepted(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), DocumentKind.Pdf, bytes);
    }

    [Fact]
    public void Inspect_CrossReferenceStreamInAFilterThePassDoesNotRun_IsPdfUnreadable()
    {
        var bytes = PdfBuilder.WithCompressedCrossReference(padding: 0, runLength: true);

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfUnreadable);
        Assert.Contains("RunLength", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PdfWithMoreObjectsThanMaxPdfObjects_IsZipBomb()
    {
        var bytes = SignedPdf();

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits with { MaxPdfObjects = 5 });

        AssertRefused(result, IntakeCodes.ZipBomb);
        Assert.Contains("more than 5 objects", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_EveryTruncationOfASignedPdf_IsRefusedOrAcceptedNeverThrown()
    {
        var bytes = SignedPdf();

        for (var length = 1; length < bytes.Length; length += 11)
        {
            var result = DocumentInspector.Inspect(bytes.AsSpan(0, length), "contract.pdf", Limits);

            Assert.Equal(result.Accepted, result.Code is null);
            Assert.True(result.Accepted || Codes.Contains(result.Code), $"{length} bytes: {result.Code}");
        }
    }

    [Fact]
    public void Inspect_SignedPdfWithFlippedBytes_AlwaysGivesAResultWithAKnownCode()
    {
        var original = SignedPdf();
        var random = new Random(20261124);

        for (var round = 0; round < 400; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
            }

            var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

            Assert.Equal(result.Accepted, result.Code is null);
            Assert.True(result.Accepted || (Codes.Contains(result.Code) && !string.IsNullOrWhiteSpace(result.Reason)), $"round {round}: {result.Code}");
        }
    }

    /// <summary>A PDF as a signing service leaves it: a signature field in the AcroForm, then an incremental
    /// update that fills it with a signature dictionary (ByteRange, detached PKCS#7 Contents).</summary>
    private static byte[] SignedPdf()
    {
        var unsigned = PdfBuilder.WithPage("/Annots [5 0 R]", "/AcroForm << /Fields [5 0 R] /SigFlags 3 >>", SignatureField);
        return PdfBuilder.AppendUpdate(unsigned, 7,
            (5, SignatureField.Replace(" >>", " /V 6 0 R >>", StringComparison.Ordinal)),
            (6, "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /Name (Paula Procurement) /Reason (Signed for the ICB) /M (D:20261123114000Z) /ByteRange [0 1200 9392 800] /Contents <"
                + string.Concat(Enumerable.Repeat("3082", 512)) + "> >>"));
    }
}
