using System.Text;
using ContractDocs.Intake;

namespace ContractDocs.Tests.Intake;

/// <summary>PDF headers and active content.</summary>
public sealed partial class DocumentInspectorTests
{
    [Theory]
    [InlineData("/OpenAction 5 0 R", "<< /S /URI /URI (https://tracker.example.com/opened) >>", "OpenAction /URI")]
    [InlineData("/OpenAction 3 0 R", "<< >>", "OpenAction")]
    [InlineData("/Extra 5 0 R", "<< /S /GoToR /F (\\\\attacker.example\\share\\x.pdf) /D [0 /Fit] >>", "GoToR")]
    [InlineData("/Extra 5 0 R", "<< /S /SubmitForm /F << /FS /URL /F (https://attacker.example/) >> >>", "SubmitForm")]
    [InlineData("/Extra 5 0 R", "<< /S /ImportData /F (C:\\data.fdf) >>", "ImportData")]
    [InlineData("/OpenAction << /S /SetOCGState /State [/OFF 5 0 R] >>", "<< /Type /OCG /Name (Clause 12) >>", "SetOCGState")]
    [InlineData("/OpenAction << /S /Hide /T (Clause 12) >>", "<< >>", "Hide")]
    [InlineData("/OpenAction << /S /ResetForm >>", "<< >>", "ResetForm")]
    [InlineData("/Names << /JavaScript 5 0 R >>", "<< /Names [] >>", "JavaScript")]
    [InlineData("/Extra << /JS (app.alert\\(1\\)) >>", "<< >>", "JS")]
    [InlineData("/Extra 5 0 R", "<< /S /Launch /F (cmd.exe) >>", "Launch")]
    [InlineData("/Extra 5 0 R", "<< /Type /EmbeddedFile /Length 0 >>\nstream\n\nendstream", "EmbeddedFile")]
    [InlineData("/Names << /EmbeddedFiles 5 0 R >>", "<< /Names [] >>", "EmbeddedFiles")]
    [InlineData("/AcroForm << /Fields [] /XFA 5 0 R >>", "<< >>", "XFA")]
    [InlineData("/Extra 5 0 R", "<< /Subtype /RichMedia >>", "RichMedia")]
    [InlineData("/AA << /O 5 0 R >>", "<< /S /GoTo /D [3 0 R /Fit] >>", "AA")]
    public void Inspect_PdfWithActiveContent_IsRefused(string catalogExtra, string extraObject, string name)
    {
        var bytes = PdfBuilder.Build(catalogExtra, extraObject);

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfActiveContent);
        Assert.Equal(DocumentKind.Pdf, result.Kind);
        Assert.Contains($"(/{name})", result.Reason, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("/Length 40 /Filter /DCTDecode", "")]
    [InlineData("/Length 6 0 R /Filter /DCTDecode", "40")]
    public void Inspect_ShortActiveNamesByChanceInsideBinaryStreamData_AreAccepted(string dictionary, string lengthObject)
    {
        var binary = "\u00ff\u00d8\u00ff\u00e0/JS \u0001/AA\u0000/EF(\u0093\u00aa\u00bb\u00cc\u00dd\u00ee\u00ff\u0011\u0022\u0033\u0044\u0055)\u0066\u0077\u0088\u0099\u00ab\u00ac\u00ad\u00ae\u00af\u00b0";
        Assert.Equal(40, binary.Length);
        var bytes = PdfBuilder.Build("", $"<< {dictionary} >>\nstream\n{binary}\nendstream", lengthObject.Length > 0 ? lengthObject : "null");

        AssertAccepted(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), DocumentKind.Pdf, bytes);
    }

    [Fact]
    public void Inspect_ShortActiveNameAfterAStreamWhoseLengthDoesNotFit_IsRefused()
    {
        var bytes = PdfBuilder.Build("", "<< /Length 10 >>\nstream\n0123456789 >> /AA << /O 3 0 R >> \nendstream");

        AssertRefused(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), IntakeCodes.PdfActiveContent);
    }

    [Fact]
    public void Inspect_BytesBeforePdfHeader_IsPdfBadHeader()
    {
        var bytes = Encoding.ASCII.GetBytes("<html>polyglot</html>\n").Concat(PdfBuilder.Build()).ToArray();

        AssertRefused(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), IntakeCodes.PdfBadHeader);
    }

    [Theory]
    [InlineData("\u00ef\u00bb\u00bf")]
    [InlineData("\n")]
    [InlineData("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000")]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000")]
    public void Inspect_AnyBytesBeforeThePdfHeader_IsPdfBadHeader(string prefix)
    {
        var bytes = Encoding.Latin1.GetBytes(prefix).Concat(PdfBuilder.Build()).ToArray();

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfBadHeader);
        Assert.Contains($"{prefix.Length} bytes before its PDF header", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Names << /J#61va#53cript 7 0 R >>", "JavaScript")]
    [InlineData("/#41A << /O 3 0 R >>", "AA")]
    [InlineData("/Names << /#45mbeddedFiles 7 0 R >>", "EmbeddedFiles")]
    public void Inspect_HexEscapedActiveNameInsideACompressedObjectStream_IsRefused(string catalogExtra, string name)
    {
        var bytes = PdfBuilder.WithCompressedCatalog(catalogExtra);

        var result = DocumentInspector.Inspect(bytes, "contract.pdf", Limits);

        AssertRefused(result, IntakeCodes.PdfActiveContent);
        Assert.Contains($"(/{name} inside a compressed object stream)", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PdfWithUnknownVersion_IsPdfBadHeader()
    {
        var bytes = PdfBuilder.Build();
        bytes[5] = (byte)'9';

        AssertRefused(DocumentInspector.Inspect(bytes, "contract.pdf", Limits), IntakeCodes.PdfBadHeader);
    }
}
