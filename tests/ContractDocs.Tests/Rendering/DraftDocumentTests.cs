using System.Globalization;
using System.Xml.Linq;
using ContractDocs.Rendering;
using ContractDocs.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

namespace ContractDocs.Tests.Rendering;

/// <summary>Release 2026.3's drafts as a legal team receives them: a structure per model, a draft that says it is one,
/// lettered lists that can be cited, contents that are right on opening, and provenance kept out of the terms.</summary>
public sealed class DraftDocumentTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly string[] Models = ["accountable-care", "alliance", "lead-provider", "outcomes-based"];

    private static readonly Lazy<Dictionary<string, (string Example, byte[] Bytes)>> ByModel = new(() =>
        RealLibrary.LegacyExampleNames.ToDictionary(
            n => (string)RealLibrary.Example(n)["model"]!,
            n => (n, RealLibrary.Generate(RealLibrary.Example(n))),
            StringComparer.Ordinal));

    [Fact]
    public void Generate_FourModels_DifferInTheirPartsRecitalsCoverAndClosingClauses()
    {
        var documents = Models.ToDictionary(m => m, m => Paragraphs(ByModel.Value[m].Bytes), StringComparer.Ordinal);
        string[] Styled(string model, string style) => [.. documents[model].Where(p => p.Style == style).Select(p => p.Text)];

        foreach (var model in Models)
        {
            var layout = RealLibrary.Layout(RealLibrary.Plan(RealLibrary.Example(ByModel.Value[model].Example)));
            Assert.Equal(layout.Parts.Select(p => p.Title), Styled(model, "PartHeading"));
        }

        foreach (var (a, b) in Models.SelectMany((a, i) => Models.Skip(i + 1).Select(b => (a, b))))
        {
            Assert.NotEqual(Styled(a, "PartHeading"), Styled(b, "PartHeading"));
            Assert.NotEqual(Styled(a, "RecitalText"), Styled(b, "RecitalText"));
            Assert.NotEqual(Styled(a, "Subtitle").Take(2), Styled(b, "Subtitle").Take(2));
            Assert.NotEqual(Styled(a, "Heading1"), Styled(b, "Heading1"));
        }

        Assert.Contains("The Alliance", Styled("alliance", "PartHeading"));
        Assert.Contains("The Lead Provider and its Supply Chain", Styled("lead-provider", "PartHeading"));
        Assert.Contains("The Population, the Whole-Population Budget and the Term", Styled("accountable-care", "PartHeading"));
        Assert.Contains("Outcomes and the Outcome Payment Mechanism", Styled("outcomes-based", "PartHeading"));
        Assert.DoesNotContain(Models.SelectMany(m => Styled(m, "PartHeading")), t => t == "Legal");
    }

    [Fact]
    public void Generate_LeadProviderContract_NamesTheLeadProviderOnTheCoverInTheRecitalsAndInItsClause()
    {
        var paragraphs = Paragraphs(ByModel.Value["lead-provider"].Bytes);
        const string lead = "Northshire Community Health NHS Trust";

        Assert.Contains(paragraphs, p => p.Text.Contains($"and {lead} as Lead Provider", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Style == "RecitalText" && p.Text.Contains($"have chosen {lead} to act as Lead Provider", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text.StartsWith($"The Commissioners appoint {lead} as the Lead Provider", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("in a lead provider contract", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Generate_Alliance_LeaksNoLeadProviderWording()
    {
        var text = string.Join("\n", Paragraphs(ByModel.Value["alliance"].Bytes).Select(p => p.Text));

        Assert.DoesNotContain("Lead Provider", text, StringComparison.Ordinal);
        Assert.DoesNotContain("lead provider contract", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Alliance Participant", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accountable-care")]
    [InlineData("alliance")]
    [InlineData("lead-provider")]
    [InlineData("outcomes-based")]
    public void Generate_EveryListInTheClauses_IsLetteredAndRestarts(string model)
    {
        var parts = GeneratedDocumentTests.Parts(ByModel.Value[model].Bytes);
        var numbering = XDocument.Parse(parts["word/numbering.xml"]);
        var body = XDocument.Parse(parts["word/document.xml"]);
        var abstractOf = numbering.Descendants(W + "num").ToDictionary(n => (string)n.Attribute(W + "numId")!, n => (string)n.Element(W + "abstractNumId")!.Attribute(W + "val")!);
        var abstracts = numbering.Descendants(W + "abstractNum").ToDictionary(a => (string)a.Attribute(W + "abstractNumId")!);
        var listParagraphs = body.Descendants(W + "p").Where(p => p.Element(W + "pPr")?.Element(W + "numPr") is not null).ToList();

        Assert.True(listParagraphs.Count > 50, $"only {listParagraphs.Count} list paragraphs");
        foreach (var paragraph in listParagraphs)
        {
            var numPr = paragraph.Element(W + "pPr")!.Element(W + "numPr")!;
            var level = (string?)numPr.Element(W + "ilvl")?.Attribute(W + "val") ?? "0";
            var definition = abstracts[abstractOf[(string)numPr.Element(W + "numId")!.Attribute(W + "val")!]]
                .Elements(W + "lvl").Single(l => (string)l.Attribute(W + "ilvl")! == level);
            var format = (string)definition.Element(W + "numFmt")!.Attribute(W + "val")!;
            Assert.True(format is "lowerLetter" or "lowerRoman", $"a list paragraph at level {level} is numbered {format}: {string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value))}");
            Assert.Equal(format == "lowerLetter" ? "(%1)" : $"(%{int.Parse(level, CultureInfo.InvariantCulture) + 1})", (string)definition.Element(W + "lvlText")!.Attribute(W + "val")!);
        }
    }

    [Fact]
    public void Generate_Contents_LinksEveryEntryToItsHeadingWithNoPageNumbersAndNoPromptOnOpening()
    {
        var parts = GeneratedDocumentTests.Parts(ByModel.Value["alliance"].Bytes);
        var body = XDocument.Parse(parts["word/document.xml"]);
        var bookmarks = body.Descendants(W + "bookmarkStart").Select(b => (string)b.Attribute(W + "name")!).ToHashSet(StringComparer.Ordinal);
        var entries = body.Descendants(W + "p").Where(p => (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") is "TOC1" or "TOC2").ToList();
        var layout = RealLibrary.Layout(RealLibrary.Plan(RealLibrary.Example("frailty-alliance")));

        Assert.Equal(layout.Parts.Length + layout.Clauses.Count() + layout.Schedules.Length, entries.Count);
        var links = entries.SelectMany(e => e.Elements(W + "hyperlink")).Select(h => (string)h.Attribute(W + "anchor")!).ToList();
        Assert.Equal(layout.Clauses.Count() + layout.Schedules.Length, links.Count);
        Assert.All(links, l => Assert.Contains(l, bookmarks));
        Assert.DoesNotContain(body.Descendants(W + "instrText"), i => i.Value.Contains("PAGEREF", StringComparison.Ordinal));
        Assert.DoesNotContain("updateFields", parts["word/settings.xml"], StringComparison.Ordinal);
        Assert.Equal("Schedule 1\tCommencement and Mobilisation", Text(entries[layout.Parts.Length + layout.Clauses.Count()]));
    }

    [Fact]
    public void Generate_Draft_CarriesTheDraftMarkDateReferenceAndWhoAndWhenInItsProperties()
    {
        var generatedAt = new DateTimeOffset(2026, 11, 30, 16, 45, 0, TimeSpan.Zero);
        var plan = RealLibrary.Plan(RealLibrary.Example("capitated-place"));
        var bytes = Render(plan, new RenderOptions(generatedAt, "Priya Commissioner"));

        var header = string.Concat(XDocument.Parse(GeneratedDocumentTests.Parts(bytes)["word/header1.xml"]).Descendants(W + "t").Select(t => t.Value));
        Assert.Contains("DRAFT 30 November 2026", header, StringComparison.Ordinal);
        Assert.Contains("SDICB-2027-003", header, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var properties = document.PackageProperties;
        Assert.Equal("Southdale Place Integrated Care Provider Contract", properties.Title);
        Assert.Equal("Accountable care: SDICB-2027-003", properties.Subject);
        Assert.Equal("Priya Commissioner", properties.Creator);
        Assert.Equal(generatedAt.UtcDateTime, properties.Created!.Value.ToUniversalTime());
        Assert.Equal(generatedAt.UtcDateTime, properties.Modified!.Value.ToUniversalTime());
        Assert.Contains(Paragraphs(bytes), p => p.Text == "Draft prepared on 30 November 2026 by Priya Commissioner from clause library release 2026.3");

        // The time is an input: the same one gives the same bytes, another gives other bytes.
        Assert.Equal(bytes, Render(plan, new RenderOptions(generatedAt, "Priya Commissioner")));
        Assert.NotEqual(bytes, Render(plan, new RenderOptions(generatedAt.AddDays(1), "Priya Commissioner")));
    }

    [Fact]
    public void Generate_Note_FollowsTheSignaturesOutsideTheAgreementAndListsEachScheduleWithTheClausesThatCiteIt()
    {
        var plan = RealLibrary.Plan(RealLibrary.Example("frailty-alliance"));
        var layout = RealLibrary.Layout(plan);
        var bytes = RealLibrary.Generate(RealLibrary.Example("frailty-alliance"));
        var body = XDocument.Parse(GeneratedDocumentTests.Parts(bytes)["word/document.xml"]).Root!.Element(W + "body")!;
        var blocks = body.Elements().ToList();
        var note = blocks.FindIndex(b => (string?)b.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") == "NoteHeading");
        var lastSignature = blocks.FindLastIndex(b => Text(b).StartsWith("Signed for and on behalf of", StringComparison.Ordinal));

        Assert.True(note > lastSignature && lastSignature > 0, "the note follows the signature blocks");
        Assert.Equal("About this document (not part of the Agreement)", Text(blocks[note]));
        var table = blocks.Skip(note).First(b => b.Name == W + "tbl");
        var rows = table.Elements(W + "tr").Skip(1).ToList();
        Assert.Equal(layout.Schedules.Length, rows.Count);
        var citedBy = CitersBySchedule(blocks.Take(lastSignature + 1));
        foreach (var (row, schedule) in rows.Zip(layout.Schedules))
        {
            var cells = row.Elements(W + "tc").ToList();
            Assert.Equal($"Schedule {schedule.Number}", Text(cells[0]));
            Assert.Equal(schedule.Planned.Clause.Title, Text(cells[1]));
            var citing = cells[2].Descendants(W + "instrText").Select(i => i.Value.Trim().Split(' ')[1]).ToList();
            Assert.NotEmpty(citing);
            Assert.Equal(citedBy[schedule.Bookmark], citing);
        }

        // The hashes are in the custom properties, not in the Agreement.
        Assert.DoesNotContain(blocks.Take(lastSignature), b => Text(b).Contains(plan.Clauses[0].Clause.Sha256, StringComparison.Ordinal));
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var custom = document.CustomFilePropertiesPart!.Properties.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>().Select(p => p.InnerText).ToList();
        Assert.All(plan.Clauses, c => Assert.Contains($"{c.Clause.Key} {c.Clause.Sha256}", custom));
        Assert.Contains(plan.Clauses, c => c.Clause.Kind == ContractDocs.Library.ClauseKind.Schedule);
    }

    /// <summary>Read from the document itself: for each schedule (by its heading's bookmark), the clauses and other
    /// schedules (by theirs) whose text holds a cross-reference to the schedule or to any paragraph in it, in order.</summary>
    private static Dictionary<string, List<string>> CitersBySchedule(IEnumerable<XElement> blocks)
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        var references = new List<(string Container, string Target)>();
        string? container = null, schedule = null;
        foreach (var block in blocks)
        {
            var style = (string?)block.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");
            var bookmark = (string?)block.Element(W + "bookmarkStart")?.Attribute(W + "name");
            if (style is "Heading1" or "ScheduleHeading" && bookmark is not null)
            {
                container = bookmark;
                schedule = style == "ScheduleHeading" ? bookmark : null;
            }

            foreach (var name in block.Descendants(W + "bookmarkStart").Select(b => (string)b.Attribute(W + "name")!).Where(_ => schedule is not null))
            {
                owner[name] = schedule!;
            }

            if (container is not null)
            {
                references.AddRange(block.Descendants(W + "instrText").Select(i => i.Value.Trim()).Where(i => i.StartsWith("REF ", StringComparison.Ordinal)).Select(i => (container, i.Split(' ')[1])));
            }
        }

        return references.Where(r => owner.ContainsKey(r.Target) && owner[r.Target] != r.Container)
            .GroupBy(r => owner[r.Target], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Container).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    private static byte[] Render(ContractDocs.Selection.AssemblyPlan plan, RenderOptions options)
    {
        using var output = new MemoryStream();
        RealLibrary.Renderer.Render(plan, output, options);
        return output.ToArray();
    }

    private static string Text(XElement element) =>
        string.Concat(element.Descendants().Where(e => e.Name == W + "t" || e.Name == W + "tab").Select(e => e.Name == W + "tab" ? "\t" : e.Value));

    private static List<(string Style, string Text)> Paragraphs(byte[] docx) =>
        [.. XDocument.Parse(GeneratedDocumentTests.Parts(docx)["word/document.xml"]).Descendants(W + "p").Select(p => (
            (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") ?? string.Empty,
            string.Concat(p.Descendants(W + "t").Select(t => t.Value))))];
}
