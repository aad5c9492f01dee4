using System.Collections.Immutable;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Selection;
using ContractDocs.Templating;
using ContractDocs.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContractDocs.Tests.Rendering.CommonMark;

/// <summary>
/// Runs the whole corpus once for the tests that read it: lints the corpus library, generates each accepted
/// example as a contract of its own (crashes, well-formedness of every part, the example's words in the Word text,
/// the example's lists as Markdig parsed them), then every accepted example as the clauses of one contract, which the
/// Open XML validator checks and LibreOffice opens and saves as text in one run (the example's words in its section
/// of that text: LibreOffice's own reading of the document, with no font or layout in the way).
/// </summary>
public sealed partial class CommonMarkCorpusFixture : IDisposable
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly CorpusLibrary _library;
    private readonly string _folder = Directory.CreateTempSubdirectory("contractdocs-commonmark-docx-").FullName;

    public CommonMarkCorpusFixture()
    {
        _library = CorpusLibrary.Create(SpecExamples.All);
        var problems = LibraryLinter.Lint(_library.Loaded);
        var byFile = problems.ToLookup(p => p.File, StringComparer.Ordinal);
        var clauseFiles = SpecExamples.All.Select(CorpusLibrary.ClausePath).ToHashSet(StringComparer.Ordinal);
        OtherProblems = [.. problems.Where(p => !clauseFiles.Contains(p.File))];
        foreach (var example in SpecExamples.All)
        {
            Outcomes[example.ClauseId] = new CorpusOutcome(example, [.. byFile[CorpusLibrary.ClausePath(example)]]);
        }

        var plan = _library.PlanWithEveryClause();
        var templating = new ContractTemplating();
        var renderer = new ContractRenderer(_library.Loaded.Library, TemplateSet.Load(RepoPaths.Templates, templating), templating);
        var clauses = plan.Clauses.ToDictionary(c => c.Clause.Id, StringComparer.Ordinal);
        var batch = new List<(CorpusOutcome Outcome, PlannedClause Clause)>();
        foreach (var outcome in Outcomes.Values.Where(o => !o.Refused))
        {
            var clause = clauses[outcome.Example.ClauseId];
            if (GenerateAlone(renderer, plan with { Clauses = [clause] }, outcome))
            {
                batch.Add((outcome, clause));
            }
        }

        var batchPlan = plan with { Clauses = [.. batch.Select(b => b.Clause)] };
        using var output = new MemoryStream();
        renderer.Render(batchPlan, output);
        var batched = output.ToArray();
        Validate(batched, [.. batch.Select(b => b.Outcome)]);
        var path = Path.Combine(_folder, "commonmark-corpus.docx");
        File.WriteAllBytes(path, batched);
        var text = LibreOffice.Resave(path, "txt:Text (encoded):UTF8", _folder);
        Assert.True(File.Exists(text), "LibreOffice did not open and save the batched corpus contract.");
        CompareLibreOfficeText(File.ReadAllText(text), [.. batch.Select(b => b.Outcome)]);
    }

    public Dictionary<string, CorpusOutcome> Outcomes { get; } = new(StringComparer.Ordinal);

    /// <summary>Problems the linter found anywhere but in the example clauses (there should be none).</summary>
    public ImmutableArray<LibraryProblem> OtherProblems { get; }

    /// <summary>Validator errors outside any example's clause (in the template, contents or schedules).</summary>
    public List<string> BatchErrors { get; } = [];

    public void Dispose()
    {
        _library.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>True when the example's own contract generated, every part is well-formed and its words are there.</summary>
    private static bool GenerateAlone(ContractRenderer renderer, AssemblyPlan plan, CorpusOutcome outcome)
    {
        byte[] bytes;
        try
        {
            using var output = new MemoryStream();
            renderer.Render(plan, output);
            bytes = output.ToArray();
        }
#pragma warning disable CA1031 // Do not catch general exception types: a crash of any kind is the finding.
        catch (Exception e)
#pragma warning restore CA1031
        {
            outcome.Crash = $"{e.GetType().Name}: {e.Message}";
            return false;
        }

        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                parts[entry.FullName] = reader.ReadToEnd();
            }
        }

        foreach (var (name, xml) in parts)
        {
            try
            {
                using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
                while (reader.Read())
                {
                }
            }
            catch (XmlException e)
            {
                outcome.Unreadable = $"{name}: {e.Message}";
                return false;
            }
        }

        var body = XDocument.Parse(parts["word/document.xml"]).Root!.Element(W + "body")!.Elements().ToList();
        var heading = body.FindIndex(e => e.Descendants(W + "bookmarkStart").Any(b => (string?)b.Attribute(W + "name") == "_RefClause1"));
        var schedules = body.FindIndex(heading + 1, e => e.Descendants(W + "pStyle").Any(s => (string?)s.Attribute(W + "val") == ContractDocs.Rendering.Styles.ScheduleHeading));
        var text = CorpusWords.TextOf(body.Skip(heading + 1).Take((schedules < 0 ? body.Count : schedules) - heading - 1));
        outcome.MissingInDocument = CorpusWords.Missing(CorpusWords.OfHtml(outcome.Example.Html), CorpusWords.Count(text));
        outcome.ListStructure = CorpusLists.Compare(outcome.Example.Markdown, body.Skip(heading + 1), XDocument.Parse(parts["word/numbering.xml"]));
        return true;
    }

    /// <summary>Validates the batched contract and files each error under the example whose clause holds it.</summary>
    private void Validate(byte[] docx, IReadOnlyList<CorpusOutcome> batch)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        foreach (var error in new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document))
        {
            var number = ClauseNumberAt(error.Node);
            var description = $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}";
            if (number is { } n && n >= 1 && n <= batch.Count)
            {
                batch[n - 1].ValidatorErrors.Add(description);
            }
            else
            {
                BatchErrors.Add(description);
            }
        }
    }

    /// <summary>The number of the clause whose heading most closely precedes <paramref name="node"/> in the body.</summary>
    private static int? ClauseNumberAt(OpenXmlElement? node)
    {
        var top = node;
        while (top?.Parent is { } parent and not Body)
        {
            top = parent;
        }

        for (var sibling = top; sibling is not null; sibling = sibling.PreviousSibling())
        {
            if (sibling.Descendants<BookmarkStart>().FirstOrDefault(b => b.Name?.Value?.StartsWith("_RefClause", StringComparison.Ordinal) == true) is { } bookmark)
            {
                return int.Parse(bookmark.Name!.Value!["_RefClause".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>Cuts LibreOffice's text at each example's heading ("N. CommonMark example M"; the last occurrence, as
    /// the contents list them first) and compares the words of each section. The section also holds the numbers
    /// LibreOffice writes for numbered paragraphs and list items, which the Word text check above does not count.</summary>
    private static void CompareLibreOfficeText(string pdfText, IReadOnlyList<CorpusOutcome> batch)
    {
        var lines = pdfText.Split('\n');
        var headings = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            if (HeadingLine().Match(lines[i]) is { Success: true } match)
            {
                headings[match.Groups["title"].Value] = i;
            }
        }

        var starts = batch.Select(o => headings.TryGetValue(o.Example.Title, out var line) ? line : -1).ToList();
        for (var i = 0; i < batch.Count; i++)
        {
            if (starts[i] < 0)
            {
                batch[i].MissingInLibreOffice = ["(the clause heading is not in LibreOffice's text)"];
                continue;
            }

            var end = starts.Where(s => s > starts[i]).DefaultIfEmpty(lines.Length).Min();
            var section = string.Join("\n", lines[(starts[i] + 1)..end]);
            batch[i].MissingInLibreOffice = CorpusWords.Missing(CorpusWords.OfHtml(batch[i].Example.Html), CorpusWords.Count(section));
        }
    }

    [GeneratedRegex(@"^\s*\d+\.\s+(?<title>(CommonMark|Pipe table) example \d+)\s*$")]
    private static partial Regex HeadingLine();
}
