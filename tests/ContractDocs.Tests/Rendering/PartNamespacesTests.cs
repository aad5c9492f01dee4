using System.Xml;
using ContractDocs.Rendering;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Rendering;

public sealed class PartNamespacesTests
{
    private const string R = PartNamespaces.Relationships;

    [Fact]
    public void DeclareOnRoot_RootWithoutThePrefix_GetsTheDeclaration()
    {
        var xml = "<?xml version=\"1.0\"?><!-- made by a tool --><w:document xmlns:w=\"urn:w\"><w:body><w:hyperlink r:id=\"x\"/></w:body></w:document>";

        var declared = PartNamespaces.DeclareOnRoot(xml, "r", R);

        Assert.StartsWith($"<?xml version=\"1.0\"?><!-- made by a tool --><w:document xmlns:r=\"{R}\" xmlns:w=\"urn:w\">", declared, StringComparison.Ordinal);
        var document = new XmlDocument();
        document.LoadXml(declared);
        Assert.Equal(R, document.DocumentElement!.FirstChild!.FirstChild!.Attributes![0].NamespaceURI);
    }

    [Theory]
    [InlineData("<w:document xmlns:w=\"urn:w\" xmlns:r=\"urn:r\"><w:body/></w:document>")]
    [InlineData("<w:document\n  xmlns:r = 'urn:r' xmlns:w=\"urn:w\"><w:body/></w:document>")]
    public void DeclareOnRoot_RootDeclaringThePrefix_IsUnchanged(string xml)
    {
        Assert.Same(xml, PartNamespaces.DeclareOnRoot(xml, "r", R));
    }

    [Fact]
    public void DeclareOnRoot_ALongerPrefixOrAnAttributeValue_DoesNotCount()
    {
        var xml = "<w:document xmlns:rel=\"urn:rel\" w:note=\" xmlns:r=\" xmlns:w=\"urn:w\"><w:body/></w:document>";

        Assert.Contains($"<w:document xmlns:r=\"{R}\" xmlns:rel=", PartNamespaces.DeclareOnRoot(xml, "r", R), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frailty-alliance")]
    [InlineData("capitated-place")]
    public void GeneratedContract_MainDocumentRootDeclaresTheRelationshipPrefix(string example)
    {
        var xml = GeneratedDocumentTests.Parts(RealLibrary.Generate(RealLibrary.Example(example)))["word/document.xml"];

        var root = System.Xml.Linq.XDocument.Parse(xml).Root!;
        Assert.Equal(R, (string?)root.Attribute(System.Xml.Linq.XNamespace.Xmlns + "r"));
    }
}
