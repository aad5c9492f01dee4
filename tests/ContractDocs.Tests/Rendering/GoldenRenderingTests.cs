using System.Xml.Linq;
using ContractDocs.Rendering;
using ContractDocs.Rendering.Markdown;
using ContractDocs.Tests.Support;
using ContractDocs.Library;

namespace ContractDocs.Tests.Rendering;

/// <summary>Markdig's spec-file style: a folder per case with input.md and the expected document.xml fragment
/// (expected.xml), compared as normalised XML. Set CONTRACTDOCS_ACCEPT=1 to write a missing expected file.</summary>
public sealed class GoldenRenderingTests
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Rendering", "Golden");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(Folder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    /// <summary>Renders one clause body as the contract renderer does, into a fragment wrapped in a w:body.</summary>
    public static string RenderFragment(string markdown, DocumentState? state = null)
    {
        state ??= new DocumentState(
            new Dictionary<string, ReferenceTarget> { ["dispute-resolution"] = new("clause", [new RefPiece(null, "_RefClause12", "12")], []) },
            [],
            TestLayouts.Plain);
        var output = new StringWriter();
        output.Write($"<w:body {Namespaces}>");
        var renderer = new WordRenderer(new WordWriter(output), state);
        renderer.Render(Markdig.Markdown.Parse(markdown, MarkdownPipelines.Clauses));
        output.Write("</w:body>");
        return output.ToString();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_MarkdownCase_MatchesExpectedDocumentXml(string caseName)
    {
        var input = File.ReadAllText(Path.Combine(Folder, caseName, "input.md"));
        var actual = Normalise(RenderFragment(input));
        var expectedPath = Path.Combine(Folder, caseName, "expected.xml");
        if (!File.Exists(expectedPath) && Environment.GetEnvironmentVariable("CONTRACTDOCS_ACCEPT") == "1")
        {
            var source = Path.Combine(FindRepoTests(), "Rendering", "Golden", caseName, "expected.xml");
            File.WriteAllText(source, actual + "\n");
        }

        Assert.Equal(Normalise(File.ReadAllText(expectedPath)), actual);
    }

    private static string Normalise(string xml) => XElement.Parse(xml.Trim()).ToString(SaveOptions.None);

    private static string FindRepoTests()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContractDocs.Tests.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("tests/ContractDocs.Tests not found above the test output.");
    }
}
