using System.Text;
using ContractDocs.Intake;

namespace ContractDocs.Tests.Intake;

/// <summary>Zip entry names that are not valid OPC part names (ECMA-376 Part 2 §6.2.2), checked as stored.</summary>
public sealed partial class DocumentInspectorTests
{
    [Theory]
    [InlineData("../evil.sh", "\"..\" segment")]
    [InlineData("word/../../evil.xml", "\"..\" segment")]
    [InlineData("/word/absolute.xml", "starts with a slash")]
    [InlineData("C:/Windows/evil.xml", "drive letter")]
    [InlineData("word\\evil.xml", "backslash")]
    [InlineData("word//evil.xml", "empty segment")]
    [InlineData("word/./evil.xml", "\".\" segment")]
    [InlineData("word/evil.xml.", "ends with a dot")]
    [InlineData("word/evil./part.xml", "ends with a dot")]
    [InlineData("word/.../part.xml", "ends with a dot")]
    [InlineData("word/media/", "ends with a slash")]
    [InlineData("word/%2e%2e/%2E%2E/evil.xml", "plain character '.'")]
    [InlineData("word/a%2Fb.xml", "hides a slash")]
    [InlineData("word/a%5cb.xml", "hides a backslash")]
    [InlineData("word/%64ocument.xml", "plain character 'd'")]
    [InlineData("word/a%7E.xml", "plain character '~'")]
    [InlineData("word/a%zz.xml", "two hexadecimal digits")]
    [InlineData("word/a%4", "two hexadecimal digits")]
    [InlineData("word/evil name.xml", "a space")]
    [InlineData("word/evil\u0001.xml", "control character U+0001")]
    [InlineData("word/a\u202Egpj.xml", "invisible character U+202E")]
    [InlineData("word/document.xml/[0].piece", "the character '['")]
    public void Inspect_EntryNameThatIsNotAValidPartName_IsInvalidPartName(string entryName, string why)
    {
        var bytes = new DocxBuilder().Part(entryName, [1, 2, 3]).Build();

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.InvalidPartName);
        Assert.Equal(DocumentKind.Docx, result.Kind);
        Assert.Contains(why, result.Reason, StringComparison.Ordinal);
        Assert.Contains("not a valid part name", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_FolderEntryThatClimbsOutOfThePackage_IsInvalidPartName()
    {
        var bytes = new DocxBuilder().Part("../", []).Build();

        AssertRefused(Inspect(bytes), IntakeCodes.InvalidPartName);
    }

    [Fact]
    public void Inspect_PartNamesDifferingOnlyByCase_IsInvalidPartName()
    {
        var bytes = ZipBytes.Of(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<a/>"), ("WORD/document.xml", "<b/>"));

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.InvalidPartName);
        Assert.Contains("differ only in upper and lower case", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_MainPartShadowedByACaseVariant_IsInvalidPartName()
    {
        var bytes = new DocxBuilder().Part("Word/Document.xml", $"<w:document xmlns:w=\"{DocxBuilder.W}\"><w:body/></w:document>").Build();

        AssertRefused(Inspect(bytes), IntakeCodes.InvalidPartName);
    }

    [Fact]
    public void Inspect_SamePartNameTwice_IsCorruptPackage()
    {
        var bytes = ZipBytes.Of(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<a/>"), ("word/document.xml", "<b/>"));

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.CorruptPackage);
        Assert.Contains("twice", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PartBelowAnotherPart_IsInvalidPartName()
    {
        var bytes = new DocxBuilder().Part("word/document.xml/evil.xml", "<x/>").Build();

        var result = Inspect(bytes);

        AssertRefused(result, IntakeCodes.InvalidPartName);
        Assert.Contains("below it", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_NonAsciiNameWithoutTheUtf8Flag_IsInvalidPartName()
    {
        var honest = new DocxBuilder().Part("word/media/cafX.png", [1, 2, 3]).Build();
        var latin1 = ZipBytes.WithRawName(honest, "word/media/cafX.png", Encoding.Latin1.GetBytes("word/media/caf\u00e9.png"), utf8Flag: false);

        var result = Inspect(latin1);

        AssertRefused(result, IntakeCodes.InvalidPartName);
        Assert.Contains("unmarked encoding", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_NameFlaggedUtf8ThatIsNotUtf8_IsInvalidPartName()
    {
        var honest = new DocxBuilder().Part("word/media/cafX.png", [1, 2, 3]).Build();
        var broken = ZipBytes.WithRawName(honest, "word/media/cafX.png", [.. "word/media/caf"u8, 0xFF, .. ".png"u8], utf8Flag: true);

        AssertRefused(Inspect(broken), IntakeCodes.InvalidPartName);
    }

    [Theory]
    [InlineData("word/media/%D1%86.png")]
    [InlineData("word/media/\u0446.png")]
    [InlineData("word/media/image(1)~copy_2-final@x;y=z,+$&'!*.png")]
    [InlineData("customXml/item1.xml")]
    public void Inspect_ValidPartNames_AreAccepted(string entryName)
    {
        var bytes = new DocxBuilder().Part(entryName, entryName.EndsWith(".xml", StringComparison.Ordinal) ? "<item/>" : "png").Build();

        AssertAccepted(Inspect(bytes), DocumentKind.Docx, bytes);
    }

    [Fact]
    public void Inspect_FolderEntriesAsZipToolsWriteThem_AreAccepted()
    {
        var bytes = new DocxBuilder().Part("word/", []).Part("word/media/", []).Build();

        AssertAccepted(Inspect(bytes), DocumentKind.Docx, bytes);
    }
}
