using System.Xml.Linq;
using ContractDocs.Rendering;
using ContractDocs.Templating;
using ContractDocs.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ContractDocs.Tests.Rendering;

/// <summary>A template opened and saved again by LibreOffice (which renames styles and drops unused numbering)
/// still renders the same contract.</summary>
public sealed class TemplateRoundTripTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void Render_FromTemplateResavedByLibreOffice_GivesTheSameContractText()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-resaved-").FullName;
        var template = LibreOffice.Resave(Path.Combine(RepoPaths.Templates, "alliance.docx"), "docx:MS Word 2007 XML", folder);

        Assert.DoesNotContain("w:styleId=\"TOC1\"", ReadPart(template, "word/styles.xml"), StringComparison.Ordinal);
        var templating = new ContractTemplating();
        var resaved = new ContractRenderer(RealLibrary.Library, TemplateSet.Load(folder, templating), templating);
        var plan = RealLibrary.Plan(RealLibrary.Example("frailty-alliance"));
        using var output = new MemoryStream();
        resaved.Render(plan, output);

        using (var document = WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        }

        var original = Paragraphs(RealLibrary.Generate(RealLibrary.Example("frailty-alliance")));
        var fromResaved = Paragraphs(output.ToArray());
        var expected = Between(original, "Contents", "Signed for and on behalf of each Alliance Participant");
        var actual = Between(fromResaved, "Contents", "Signed for and on behalf of each Alliance Participant");
        Assert.Equal(expected.Select(p => p.Text), actual.Select(p => p.Text));

        // Every paragraph the renderer wrote keeps its style; the last one is the template's own page break.
        Assert.Equal(expected[..^1], actual[..^1]);
        Assert.Contains(("Title", "Northshire Frailty Alliance Agreement"), fromResaved);
        Assert.Equal(6, fromResaved.Count(p => p.Text.StartsWith("Signed for and on behalf of Northshire", StringComparison.Ordinal) || p.Text.StartsWith("Signed for and on behalf of NHS", StringComparison.Ordinal)));
        Assert.Contains(fromResaved, p => p.Style == "TOC1");
        Assert.Contains(fromResaved, p => p.Style == "ListParagraph");
    }

    private static List<(string Style, string Text)> Paragraphs(byte[] docx) =>
        [.. XDocument.Parse(GeneratedDocumentTests.Parts(docx)["word/document.xml"]).Descendants(W + "p").Select(p => (
            (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") ?? string.Empty,
            string.Concat(p.Descendants(W + "t").Select(t => t.Value))))];

    private static List<(string Style, string Text)> Between(List<(string Style, string Text)> paragraphs, string from, string to)
    {
        var start = paragraphs.FindIndex(p => p.Text == from);
        var end = paragraphs.FindIndex(start, p => p.Text == to);
        Assert.True(start >= 0 && end > start, $"'{from}' … '{to}' not found");
        return paragraphs[start..end];
    }

    private static string ReadPart(string docx, string part) => GeneratedDocumentTests.Parts(File.ReadAllBytes(docx))[part];
}
