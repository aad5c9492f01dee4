using System.Text.RegularExpressions;
using System.Xml.Linq;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Rendering;

/// <summary>Every example, under both releases, converted by LibreOffice in one batch (a class fixture).</summary>
public sealed class LibreOfficeFixture
{
    public LibreOfficeFixture()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-docx-").FullName;
        foreach (var name in RealLibrary.ExampleNames)
        {
            foreach (var release in new[] { "2026.1", "2026.2" })
            {
                var path = Path.Combine(folder, $"{name}.{release.Replace('.', '_')}.docx");
                var bytes = RealLibrary.Generate(RealLibrary.Example(name, release));
                File.WriteAllBytes(path, bytes);
                Documents[(name, release)] = (path, bytes);
            }
        }

        var text = LibreOffice.ConvertToPdfText([.. Documents.Values.Select(d => d.Path)]);
        foreach (var (key, (path, _)) in Documents)
        {
            PdfText[key] = text[path];
        }
    }

    public Dictionary<(string Example, string Release), (string Path, byte[] Bytes)> Documents { get; } = [];

    public Dictionary<(string Example, string Release), string> PdfText { get; } = [];
}

public sealed class LibreOfficeConversionTests : IClassFixture<LibreOfficeFixture>
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly LibreOfficeFixture _fixture;

    public LibreOfficeConversionTests(LibreOfficeFixture fixture) => _fixture = fixture;

    public static TheoryData<string, string> ExamplesAndReleases() => GeneratedDocumentTests.ExamplesAndReleases();

    [Theory]
    [MemberData(nameof(ExamplesAndReleases))]
    public void LibreOffice_ShowsNumberedClausesContentsAndSchedules(string example, string release)
    {
        var text = _fixture.PdfText[(example, release)];
        var plan = RealLibrary.Plan(RealLibrary.Example(example, release));

        Assert.Contains("Contents", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"(?m)^\s*1\.\s+Definitions\s*$"), text);
        Assert.Matches(new Regex(@"(?m)^\s*1\.1\s+\S"), text);
        Assert.Matches(new Regex($@"(?m)^\s*{plan.Clauses.Length}\.\s+{Regex.Escape(plan.Clauses[^1].Clause.Title)}\s*$"), text);
        Assert.Matches(new Regex(@"(?m)^\s*Schedule 1\s+The Parties\s*$"), text);
        Assert.Matches(new Regex(@"(?m)^\s*Part 1\s+Preliminary\s*$"), text);
        Assert.Contains("Provenance", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExamplesAndReleases))]
    public void LibreOffice_ShowsEveryCrossReferenceWithTheNumberOfTheClauseItPointsAt(string example, string release)
    {
        var (_, bytes) = _fixture.Documents[(example, release)];
        var text = Regex.Replace(_fixture.PdfText[(example, release)], @"\s+", " ");
        var body = XDocument.Parse(GeneratedDocumentTests.Parts(bytes)["word/document.xml"]);
        var headings = body.Descendants(W + "bookmarkStart")
            .ToDictionary(b => (string)b.Attribute(W + "name")!, b => string.Concat(b.Parent!.Descendants(W + "t").Select(t => t.Value)));
        var references = body.Descendants(W + "instrText").Select(i => i.Value.Trim()).Where(i => i.StartsWith("REF ", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(references);
        foreach (var reference in references.Distinct())
        {
            var bookmark = reference.Split(' ')[1];
            var number = int.Parse(bookmark["_RefClause".Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains($"clause {number}", text, StringComparison.Ordinal);
            Assert.Contains($"{number}. {headings[bookmark]}", text, StringComparison.Ordinal);
        }
    }
}
