using System.Text.RegularExpressions;
using System.Xml.Linq;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Rendering;

/// <summary>Every example at its own release, and the legacy examples under release 2026.1, converted by LibreOffice
/// to PDF in one batch (a class fixture) and read back as text: what a reader sees when the file is opened.</summary>
public sealed class LibreOfficeFixture
{
    public LibreOfficeFixture()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-docx-").FullName;
        foreach (var (name, release) in LibreOfficeConversionTests.Converted())
        {
            var path = Path.Combine(folder, $"{name}.{release.Replace('.', '_')}.docx");
            var bytes = RealLibrary.Generate(RealLibrary.Example(name, GeneratedDocumentTests.ReleaseArgument(release)));
            File.WriteAllBytes(path, bytes);
            Documents[(name, release)] = (path, bytes);
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

    public static IEnumerable<(string Example, string Release)> Converted() =>
        RealLibrary.ExampleNames.Select(n => (n, GeneratedDocumentTests.Own)).Concat(RealLibrary.LegacyExampleNames.Select(n => (n, "2026.1")));

    public static TheoryData<string, string> ConvertedDocuments()
    {
        var data = new TheoryData<string, string>();
        foreach (var (example, release) in Converted())
        {
            data.Add(example, release);
        }

        return data;
    }

    public static TheoryData<string> OwnRelease() => [.. RealLibrary.ExampleNames];

    [Theory]
    [MemberData(nameof(ConvertedDocuments))]
    public void LibreOffice_ShowsTheContentsEveryPartEveryClauseAndEverySchedule_NumberedAsTheLayoutNumbersThem(string example, string release)
    {
        var text = _fixture.PdfText[(example, release)];
        var layout = RealLibrary.Layout(RealLibrary.Plan(RealLibrary.Example(example, GeneratedDocumentTests.ReleaseArgument(release))));

        Assert.Contains("Contents", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"(?m)^\s*1\.\s+Definitions\s*$"), text);
        Assert.Matches(new Regex(@"(?m)^\s*1\.1\s+\S"), text);
        var part = 0;
        foreach (var p in layout.Parts)
        {
            part++;
            // Once in the contents, once as the heading.
            Twice(text, $@"Part {part}\s+{Words(p.Title)}");
        }

        var last = layout.Clauses.Last();
        Twice(text, $@"{last.Number}\.\s+{Words(last.Planned.Clause.Title)}");
        foreach (var schedule in layout.Schedules)
        {
            Twice(text, $@"Schedule {schedule.Number}\s+{Words(schedule.Planned.Clause.Title)}");
        }

        Assert.DoesNotContain("Provenance", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Schedule 1 The Parties", Regex.Replace(text, @"\s+", " "), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OwnRelease))]
    public void LibreOffice_ShowsTheDraftMarkTheLetteredRecitalsAndTheNoteAfterTheSignatures(string example)
    {
        var text = _fixture.PdfText[(example, GeneratedDocumentTests.Own)];
        var plan = RealLibrary.Plan(RealLibrary.Example(example));
        var layout = RealLibrary.Layout(plan);

        Assert.Matches(new Regex(@"(?m)^\s*DRAFT\b"), text);
        Assert.Matches(new Regex(@"(?m)^\s*Background\s*$"), text);
        Assert.Matches(new Regex(@"(?m)^\s*\(A\)\s+\S"), text);
        Assert.Matches(new Regex(@"(?m)^\s*\(B\)\s+\S"), text);
        var note = text.IndexOf(layout.Definition.NoteTitle!, StringComparison.Ordinal);
        var signatures = text.LastIndexOf("Signature:", StringComparison.Ordinal);
        Assert.True(note > signatures && signatures > 0, "the note on provenance follows the last signature block");
        Assert.Contains(plan.SelectionSha256, text[note..], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ConvertedDocuments))]
    public void LibreOffice_ShowsEveryCrossReferenceWithTheNumberThatTheParagraphItPointsAtCarries(string example, string release)
    {
        var (_, bytes) = _fixture.Documents[(example, release)];
        var text = Regex.Replace(_fixture.PdfText[(example, release)], @"\s+", " ");
        var body = XDocument.Parse(GeneratedDocumentTests.Parts(bytes)["word/document.xml"]);
        var targets = body.Descendants(W + "bookmarkStart").ToDictionary(b => (string)b.Attribute(W + "name")!, b => b.Parent!);
        var references = References(body).ToList();

        Assert.NotEmpty(references);
        foreach (var (bookmark, shown) in references.Distinct())
        {
            Assert.True(targets.TryGetValue(bookmark, out var paragraph), $"REF {bookmark} points at no bookmark");
            var style = (string?)paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");
            var words = Regex.Replace(string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value)), @"\s+", " ").Trim();
            var start = words[..Math.Min(words.Length, 40)].TrimEnd();

            // A heading and a schedule paragraph show "7." and "3." before their text (a REF with \n drops the period), a
            // schedule "Schedule 3" before its title, a sub-clause "7.3", a list item "(b)".
            Assert.True(text.Contains($"{shown} {start}", StringComparison.Ordinal) || text.Contains($"{shown}. {start}", StringComparison.Ordinal),
                $"REF {bookmark} shows '{shown}', but the document does not show '{shown} {start}' (in a {style} paragraph)");
        }
    }

    [Fact]
    public void LibreOffice_ShowsTheSubClausesListItemsAndSchedulesThatTheNewReleaseCites()
    {
        var (_, bytes) = _fixture.Documents[("frailty-alliance", GeneratedDocumentTests.Own)];
        var references = References(XDocument.Parse(GeneratedDocumentTests.Parts(bytes)["word/document.xml"])).Select(r => r.Bookmark).ToList();

        Assert.Contains(references, r => r.StartsWith("_RefClause", StringComparison.Ordinal));
        Assert.Contains(references, r => r.StartsWith("_RefSchedule", StringComparison.Ordinal));
        Assert.Contains(references, r => r.StartsWith("_RefP", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Bookmark, string Shown)> References(XDocument body)
    {
        foreach (var paragraph in body.Descendants(W + "p"))
        {
            string? bookmark = null;
            var shown = new System.Text.StringBuilder();
            var inResult = false;
            foreach (var run in paragraph.Elements(W + "r"))
            {
                var field = (string?)run.Element(W + "fldChar")?.Attribute(W + "fldCharType");
                if (run.Element(W + "instrText") is { } instruction && instruction.Value.Trim().StartsWith("REF ", StringComparison.Ordinal))
                {
                    bookmark = instruction.Value.Trim().Split(' ')[1];
                }
                else if (field == "separate" && bookmark is not null)
                {
                    inResult = true;
                }
                else if (field == "end" && bookmark is not null)
                {
                    yield return (bookmark, shown.ToString());
                    (bookmark, inResult) = (null, false);
                    shown.Clear();
                }
                else if (inResult)
                {
                    shown.Append(string.Concat(run.Elements(W + "t").Select(t => t.Value)));
                }
            }
        }
    }

    /// <summary>A title as a pattern that lets a long heading wrap between its words.</summary>
    private static string Words(string title) => string.Join(@"\s+", title.Split(' ').Select(Regex.Escape));

    /// <summary>The line appears twice: in the contents and as the heading (the note's table has a third column).</summary>
    private static void Twice(string text, string line)
    {
        var count = Regex.Count(text, $@"(?m)^[ \t]*{line}[ \t]*$");
        Assert.True(count == 2, $"'{line}' is shown {count} times, not twice (contents and heading)");
    }
}
