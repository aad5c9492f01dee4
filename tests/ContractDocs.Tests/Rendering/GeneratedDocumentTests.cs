using System.IO.Compression;
using System.Xml.Linq;
using ContractDocs.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ContractDocs.Tests.Rendering;

/// <summary>Every example under both releases through the whole pipeline, checked as a Word document.</summary>
public sealed partial class GeneratedDocumentTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Every example at its own release (given as "own"), and the legacy examples under the older releases.</summary>
    public static TheoryData<string, string> ExamplesAndReleases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, release) in RealLibrary.ExamplesAndReleases)
        {
            data.Add(name, release ?? Own);
        }

        return data;
    }

    /// <summary>The release argument that means "the example's own release".</summary>
    public const string Own = "own";

    internal static string? ReleaseArgument(string release) => release == Own ? null : release;

    [Theory]
    [MemberData(nameof(ExamplesAndReleases))]
    public void Generate_Example_PassesTheOpenXmlValidatorWithNoErrors(string example, string release)
    {
        var bytes = RealLibrary.Generate(RealLibrary.Example(example, ReleaseArgument(release)));

        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Theory]
    [MemberData(nameof(ExamplesAndReleases))]
    public void Generate_Example_LeavesNoTemplateTagsAndUniqueBookmarkIds(string example, string release)
    {
        var parts = Parts(RealLibrary.Generate(RealLibrary.Example(example, ReleaseArgument(release))));

        foreach (var (name, xml) in parts.Where(p => p.Key.EndsWith(".xml", StringComparison.Ordinal)))
        {
            Assert.False(xml.Contains("{{", StringComparison.Ordinal), $"{name} still holds a template tag");
            Assert.False(xml.Contains('\uE000') || xml.Contains('\uE002') || xml.Contains('\uE00F'), $"{name} holds a marker character");
        }

        var body = XDocument.Parse(parts["word/document.xml"]);
        var ids = body.Descendants(W + "bookmarkStart").Select(b => (string)b.Attribute(W + "id")!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var names = body.Descendants(W + "bookmarkStart").Select(b => (string)b.Attribute(W + "name")!).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.True(n.Length <= 40, n));
    }

    internal static Dictionary<string, string> Parts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }
}
