using ContractDocs.Intake;

namespace ContractDocs.Tests.Intake;

/// <summary>Hostile upload names: stored under a generated name, kept only cleaned.</summary>
public sealed partial class DocumentInspectorTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\windows\\win.docx", "win.docx")]
    [InlineData("C:\\x\\y.docx", "y.docx")]
    [InlineData("\\\\server\\share\\signed.docx", "signed.docx")]
    [InlineData("con.docx", "document")]
    [InlineData("LPT1", "document")]
    [InlineData("NUL.docx", "document")]
    [InlineData("COM1.docx", "document")]
    [InlineData("aux .docx", "document")]
    [InlineData("PRN", "document")]
    [InlineData("CONIN$.docx", "document")]
    [InlineData("\u0001\u0002\u202E\u200B", "document.docx")]
    [InlineData("%2e%2e%2fetc%2fpasswd", "%2e%2e%2fetc%2fpasswd")]
    [InlineData("../..\\../signed\u0000.docx", "signed.docx")]
    [InlineData("Com9.signed.docx", "document")]
    [InlineData("a\u202Egpj.docx", "agpj.docx")]
    [InlineData("x\u2066y\u2069z.docx", "xyz.docx")]
    [InlineData("con\u0000tract\r\n\u0007\u0085.docx", "contract.docx")]
    [InlineData("report.docx:hidden", "report.docx_hidden")]
    [InlineData("Contract – Lewisham ICB (signed).docx", "Contract – Lewisham ICB (signed).docx")]
    [InlineData("../", "document.docx")]
    [InlineData("", "document.docx")]
    [InlineData(null, "document.docx")]
    public void Inspect_HostileFileName_IsStoredUnderTheGeneratedNameAndCleaned(string? name, string expected)
    {
        var bytes = new DocxBuilder().Build();

        var result = DocumentInspector.Inspect(bytes, name, Limits);

        AssertAccepted(result, DocumentKind.Docx, bytes);
        Assert.Equal(expected, result.CleanOriginalName);
    }

    [Theory]
    [InlineData("..\\..\\windows\\win.ini", "win.ini")]
    [InlineData("Com9.tar.gz", "document")]
    [InlineData("../../evil\u202Efdp.docx", "evilfdp.docx")]
    public void Inspect_HostileFileNameClaimingAnotherKind_IsRefusedAndStillCleaned(string name, string expected)
    {
        var result = DocumentInspector.Inspect(PdfBuilder.Build(), name, Limits);

        AssertRefused(result, IntakeCodes.ExtensionMismatch);
        Assert.Equal(expected, result.CleanOriginalName);
        Assert.Equal(result.Sha256[..16] + ".pdf", result.StoredName);
    }

    [Fact]
    public void Inspect_500CharacterName_IsCutTo120KeepingTheExtension()
    {
        var bytes = new DocxBuilder().Build();

        var result = DocumentInspector.Inspect(bytes, new string('a', 495) + ".docx", Limits);

        AssertAccepted(result, DocumentKind.Docx, bytes);
        Assert.Equal(120, result.CleanOriginalName.Length);
        Assert.Equal(new string('a', 115) + ".docx", result.CleanOriginalName);
    }

    [Fact]
    public void Inspect_VeryLongNameWithoutAnExtension_IsCutTo120()
    {
        var bytes = new DocxBuilder().Build();

        var result = DocumentInspector.Inspect(bytes, new string('b', 5_000), Limits);

        AssertAccepted(result, DocumentKind.Docx, bytes);
        Assert.Equal(new string('b', 120), result.CleanOriginalName);
    }

    [Fact]
    public void Inspect_LongNameOfEmoji_IsNotCutInsideASurrogatePair()
    {
        var bytes = PdfBuilder.Build();

        var result = DocumentInspector.Inspect(bytes, string.Concat(Enumerable.Repeat("\U0001F4C4", 100)), Limits);

        Assert.True(result.CleanOriginalName.Length <= 120);
        Assert.False(char.IsHighSurrogate(result.CleanOriginalName[^1]));
        Assert.EndsWith(".pdf", result.StoredName, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_RefusedUploadWithHostileName_StillGetsAGeneratedNameAndACleanName()
    {
        var result = DocumentInspector.Inspect("MZ\u0090\0"u8, "..\\..\\evil\u202Efdp.exe", Limits);

        AssertRefused(result, IntakeCodes.UnsupportedType);
        Assert.Equal("evilfdp.exe", result.CleanOriginalName);
        Assert.Equal(result.Sha256[..16] + ".bin", result.StoredName);
    }
}
