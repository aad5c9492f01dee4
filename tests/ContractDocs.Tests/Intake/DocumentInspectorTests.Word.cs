using ContractDocs.Intake;

namespace ContractDocs.Tests.Intake;

/// <summary>Word content that runs, embeds or fetches something.</summary>
public sealed partial class DocumentInspectorTests
{
    private const string Settings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:settings xmlns:w=\"" + DocxBuilder.W + "\"/>";

    [Fact]
    public void Inspect_MacroEnabledDocx_IsRefused()
    {
        var bytes = new DocxBuilder().Part("word/vbaProject.bin", [0xCC, 0x61, 0xFF, 0xFF, 0, 0]).Build();

        AssertRefused(Inspect(bytes), IntakeCodes.MacroEnabled);
    }

    [Fact]
    public void Inspect_VbaProjectRelationshipToARenamedPart_IsMacroEnabled()
    {
        var bytes = new DocxBuilder()
            .Relationship("rIdVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "media/image1.bin")
            .Part("word/media/image1.bin", [0xCC, 0x61, 0xFF, 0xFF])
            .Build();

        AssertRefused(Inspect(bytes), IntakeCodes.MacroEnabled);
    }

    [Fact]
    public void Inspect_DocmContentTypeInADocxName_IsMacroEnabled()
    {
        var bytes = new DocxBuilder { MainContentType = "application/vnd.ms-word.document.macroEnabled.main+xml" }.Build();

        var result = DocumentInspector.Inspect(bytes, "contract.docx", Limits);

        AssertRefused(result, IntakeCodes.MacroEnabled);
        Assert.Contains(".docm", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_ActiveXControl_IsMacroEnabled()
    {
        var bytes = new DocxBuilder { Body = "<w:p><w:r><w:object><w:control r:id=\"rIdX\" w:name=\"Button1\"/></w:object></w:r></w:p>" }
            .Relationship("rIdX", "control", "activeX/activeX1.xml")
            .Part("word/activeX/activeX1.xml", "<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\" ax:classid=\"{8BD21D40-EC42-11CE-9E0D-00AA006002F3}\"/>",
                "application/vnd.ms-office.activeX+xml")
            .Build();

        AssertRefused(Inspect(bytes), IntakeCodes.MacroEnabled);
    }

    [Fact]
    public void Inspect_OleObjectInTheBody_IsMacroEnabled()
    {
        var bytes = new DocxBuilder { Body = "<w:p><w:r><w:object><o:OLEObject Type=\"Embed\" ProgID=\"Package\" ShapeID=\"_x0000_i1025\" r:id=\"rIdOle\"/></w:object></w:r></w:p>" }.Build();

        AssertRefused(Inspect(bytes), IntakeCodes.MacroEnabled);
    }

    [Fact]
    public void Inspect_ExternalAttachedTemplate_IsRefused()
    {
        var bytes = new DocxBuilder()
            .Relationship("rIdS", "settings", "settings.xml")
            .Part("word/settings.xml", Settings, "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml")
            .Part("word/_rels/settings.xml.rels", DocxBuilder.RelationshipsXml(
                DocxBuilder.RelationshipXml("rId1", "attachedTemplate", "https://templates.example.com/contract.dotm", external: true)))
            .Build();

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.ExternalRelationship);
        Assert.Contains("template", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_RemoteImage_IsExternalRelationship()
    {
        var bytes = new DocxBuilder().Relationship("rIdImg", "image", "https://tracker.example.com/pixel.png", external: true).Build();

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.ExternalRelationship);
        Assert.Contains("tracker.example.com", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///C:/Windows/System32/calc.exe")]
    [InlineData("\\\\attacker.example\\share\\payload.docx")]
    [InlineData("http://example.com/contract")]
    [InlineData("javascript:alert(1)")]
    public void Inspect_HyperlinkToFileUncOrNonHttpsTarget_IsExternalRelationship(string target)
    {
        var bytes = new DocxBuilder().Relationship("rIdH", "hyperlink", target, external: true).Build();

        AssertRefused(Inspect(bytes), IntakeCodes.ExternalRelationship);
    }

    [Theory]
    [InlineData("https://www.england.nhs.uk/contracts/")]
    [InlineData("mailto:procurement@example.nhs.uk")]
    public void Inspect_HyperlinkToHttpsOrMailto_IsAccepted(string target)
    {
        var bytes = new DocxBuilder
        {
            Body = "<w:p><w:hyperlink r:id=\"rIdH\"><w:r><w:t>guidance</w:t></w:r></w:hyperlink></w:p>",
        }.Relationship("rIdH", "hyperlink", target, external: true).Build();

        AssertAccepted(Inspect(bytes), DocumentKind.Docx, bytes);
    }

    [Fact]
    public void Inspect_AltChunk_IsRefused()
    {
        var bytes = new DocxBuilder { Body = "<w:altChunk r:id=\"rIdAlt\"/><w:p/>" }
            .Relationship("rIdAlt", "aFChunk", "afchunk.htm")
            .Part("word/afchunk.htm", "<html><body><p>Imported</p></body></html>", "text/html")
            .Build();

        AssertRefused(Inspect(bytes), IntakeCodes.AltChunk);
    }

    [Theory]
    [InlineData("application/vnd.ms-word.template.macroEnabledTemplate.main+xml", IntakeCodes.MacroEnabled)]
    [InlineData("application/vnd.ms-word.document.macroEnabled.main+xml", IntakeCodes.MacroEnabled)]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", IntakeCodes.UnsupportedType)]
    [InlineData("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", IntakeCodes.UnsupportedType)]
    [InlineData("application/xml", IntakeCodes.UnsupportedType)]
    public void Inspect_MainPartTypedAsAnotherKindThanADocx_IsRefusedByItsContentType(string contentType, string code)
    {
        AssertRefused(Inspect(new DocxBuilder { MainContentType = contentType }.Build()), code);
    }

    [Fact]
    public void Inspect_EmbeddedOleObjectPart_IsMacroEnabled()
    {
        var bytes = new DocxBuilder()
            .Relationship("rIdOle", "oleObject", "embeddings/oleObject1.bin")
            .Part("word/embeddings/oleObject1.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "application/vnd.openxmlformats-officedocument.oleObject")
            .Build();

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.MacroEnabled);
        Assert.Contains("oleObject1.bin", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_LinkedOleObjectOutsideTheFile_IsMacroEnabled()
    {
        var bytes = new DocxBuilder { Body = "<w:p><w:r><w:object><o:OLEObject Type=\"Link\" ProgID=\"Excel.Sheet.12\" r:id=\"rIdL\" UpdateMode=\"Always\"/></w:object></w:r></w:p>" }
            .Relationship("rIdL", "oleObject", "file:///\\\\attacker.example\\share\\prices.xlsx", external: true)
            .Build();

        AssertRefused(Inspect(bytes), IntakeCodes.MacroEnabled);
    }

    [Theory]
    [InlineData("subDocument", "\\\\fileserver\\contracts\\schedule.docx")]
    [InlineData("frame", "https://attacker.example/frame.htm")]
    [InlineData("image", "file:///C:/Users/Public/logo.png")]
    public void Inspect_RelationshipToContentOutsideTheFile_IsExternalRelationship(string type, string target)
    {
        var bytes = new DocxBuilder().Relationship("rIdX", type, target, external: true).Build();

        AssertRefused(Inspect(bytes), IntakeCodes.ExternalRelationship);
    }

    [Fact]
    public void Inspect_PackageLevelRelationshipToARemoteThumbnail_IsExternalRelationship()
    {
        var bytes = new DocxBuilder()
            .PackageRelationship("rIdT", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail", "https://tracker.example.com/t.png", external: true)
            .Build();

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.ExternalRelationship);
        Assert.Contains("tracker.example.com", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_InternalRelationshipThatClimbsOutOfThePackage_IsExternalRelationship()
    {
        var bytes = new DocxBuilder().Relationship("rIdUp", "image", "../../../etc/passwd").Build();

        AssertRefused(Inspect(bytes), IntakeCodes.ExternalRelationship);
    }

    private static InspectionResult Inspect(byte[] bytes) => DocumentInspector.Inspect(bytes, "contract.docx", Limits);
}
