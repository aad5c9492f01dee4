using ContractDocs.Intake;

namespace ContractDocs.Tests.Intake;

/// <summary>Zip bombs: inflated size counted while inflating, entry count, characters in a part.</summary>
public sealed partial class DocumentInspectorTests
{
    [Fact]
    public void Inspect_ZipBombWithALyingDeclaredSize_IsStoppedWhileInflating()
    {
        var honest = new DocxBuilder().Part("word/media/padding.bin", new byte[8 * 1024 * 1024]).Build();
        var lying = ZipBytes.WithDeclaredSize(honest, "word/media/padding.bin", 100);

        var result = DocumentInspector.Inspect(lying, "contract.docx", Limits with { MaxInflatedBytes = 1024 * 1024 });

        AssertRefused(result, IntakeCodes.ZipBomb);
        Assert.True(lying.Length < 64 * 1024, $"the bomb is {lying.Length} bytes compressed");
    }

    [Fact]
    public void Inspect_EntryDeclaringMoreThanTheCap_IsZipBomb()
    {
        var bytes = new DocxBuilder().Part("word/media/padding.bin", new byte[3 * 1024 * 1024]).Build();

        AssertRefused(DocumentInspector.Inspect(bytes, "contract.docx", Limits with { MaxInflatedBytes = 1024 * 1024 }), IntakeCodes.ZipBomb);
    }

    [Fact]
    public void Inspect_MoreEntriesThanTheLimit_IsZipBomb()
    {
        var builder = new DocxBuilder();
        for (var i = 0; i < Limits.MaxEntries; i++)
        {
            builder.Part($"customXml/item{i}.bin", [1]);
        }

        AssertRefused(DocumentInspector.Inspect(builder.Build(), "contract.docx", Limits), IntakeCodes.ZipBomb);
    }

    [Fact]
    public void Inspect_PartOtherThanTheMainOneOverMaxCharactersInPart_IsZipBombNamingIt()
    {
        var bytes = new DocxBuilder().Part("word/styles.xml", $"<w:styles xmlns:w=\"{DocxBuilder.W}\"><!-- {new string('x', 20_000)} --></w:styles>").Build();

        var result = DocumentInspector.Inspect(bytes, "contract.docx", Limits with { MaxCharactersInPart = 10_000 });

        AssertRefused(result, IntakeCodes.ZipBomb);
        Assert.Contains("word/styles.xml", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_PartOverMaxCharactersInPart_IsZipBomb()
    {
        var bytes = new DocxBuilder { Body = $"<w:p><w:r><w:t>{new string('x', 20_000)}</w:t></w:r></w:p>" }.Build();

        var result = DocumentInspector.Inspect(bytes, "contract.docx", Limits with { MaxCharactersInPart = 10_000 });

        AssertRefused(result, IntakeCodes.ZipBomb);
        Assert.Contains("word/document.xml", result.Reason, StringComparison.Ordinal);
    }
}
