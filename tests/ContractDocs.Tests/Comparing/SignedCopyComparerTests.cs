using ContractDocs.Comparing;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Comparing;

public sealed class SignedCopyComparerTests
{
    private static readonly Lazy<byte[]> Draft = new(() => RealLibrary.Generate(RealLibrary.Example("frailty-alliance")));

    private static SignedCopyComparison Compare(byte[] signed, bool isPdf = false) =>
        new SignedCopyComparer(RealLibrary.Library).Compare("c-00000000000000000000", "d-1", "x-1", Draft.Value, signed, isPdf, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Compare_ThreeEditedClausesAndOneDeleted_ReportsExactlyThoseFour()
    {
        var signed = new SignedCopies()
            .Edit("Alliance Charter", "The Alliance Charter is replaced by the side letter")
            .Edit("Decision Rule", "Decisions are made by the Lead Commissioner alone")
            .Edit("Conflicts Register", "No register is kept")
            .Delete("Alliance Leadership Team")
            .Apply(Draft.Value);

        var comparison = Compare(signed);

        Assert.Equal(SignedCopyComparison.Compared, comparison.Result);
        var deviations = comparison.Deviations.Select(s => (s.Heading, s.Outcome)).Order().ToList();
        Assert.Equal(
            [("Alliance Charter", "changed"), ("Alliance Leadership Team", "removed"), ("Conflicts Register", "changed"), ("Decision Rule", "changed")],
            deviations);
        var charter = comparison.Sections.Single(s => s.Heading == "Alliance Charter");
        Assert.Equal("bookmark", charter.MappedBy);
        Assert.Contains(charter.Changes, c => c.Added.Contains("side letter", StringComparison.Ordinal) && c.Removed.Length > 0);
        Assert.StartsWith("alliance-charter@", Assert.Single(charter.Clauses), StringComparison.Ordinal);
        Assert.Equal("approved", charter.LibraryStatus);
        Assert.Equal(SignedCopyComparison.Compared, comparison.Result);
        Assert.All(comparison.Sections.Where(s => !s.Deviation), s => Assert.Equal(ClauseComparison.Unchanged, s.Outcome));
    }

    [Fact]
    public void Compare_EditedAndDeletedSchedules_ReportsExactlyThose()
    {
        var layout = RealLibrary.Layout(RealLibrary.Plan(RealLibrary.Example("frailty-alliance")));
        var first = layout.Schedules[0].Planned.Clause;
        var last = layout.Schedules[^1].Planned.Clause;
        var signed = new SignedCopies().Edit(first.Title, "Mobilisation is waived").Delete(last.Title).Apply(Draft.Value);

        var comparison = Compare(signed);

        var deviations = comparison.Deviations.ToList();
        Assert.Equal(2, deviations.Count);
        Assert.All(deviations, d => Assert.Equal(DocumentSection.Schedule, d.Kind));
        Assert.Equal(ClauseComparison.Changed, deviations.Single(d => d.Clauses.Contains(first.Key)).Outcome);
        Assert.Equal(ClauseComparison.Removed, deviations.Single(d => d.Clauses.Contains(last.Key)).Outcome);
    }

    [Fact]
    public void Compare_BookmarksGone_MapsByHeading()
    {
        var signed = new SignedCopies().StripBookmarks().Delete("Decision Rule").Apply(Draft.Value);
        var comparison = Compare(signed);

        Assert.Equal(ClauseComparison.Removed, comparison.Sections.Single(s => s.Heading == "Decision Rule").Outcome);
        Assert.Single(comparison.Deviations);
        Assert.All(comparison.Sections.Where(s => !s.Deviation), s => Assert.Equal("heading", s.MappedBy));
    }

    [Fact]
    public void Compare_DocumentWithNothingToMap_SaysItWasNotMapped()
    {
        var comparison = Compare(new SignedCopies().Scramble().Apply(Draft.Value));

        Assert.Equal(SignedCopyComparison.NotMapped, comparison.Result);
        Assert.Equal(ComparisonWording.NotMapped, comparison.Message);
        Assert.Empty(comparison.Sections);
    }

    [Fact]
    public void Compare_TheDraftsOwnBytes_IsFlaggedAsIdentical()
    {
        var comparison = Compare(Draft.Value.ToArray());

        Assert.Equal(SignedCopyComparison.Identical, comparison.Result);
        Assert.Contains("not a signed copy?", comparison.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_UneditedCopyResavedByLibreOffice_IsUnchangedThroughout()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-signed-").FullName;
        var source = Path.Combine(folder, "draft.docx");
        File.WriteAllBytes(source, new SignedCopies().Edit("Decision Rule", "Decisions are made by the Lead Commissioner alone").Apply(Draft.Value));
        var resaved = LibreOffice.Resave(source, "docx:MS Word 2007 XML", Path.Combine(folder, "out"));

        var comparison = Compare(File.ReadAllBytes(resaved));

        Assert.Equal(SignedCopyComparison.Compared, comparison.Result);
        Assert.Equal(["Decision Rule"], comparison.Deviations.Select(d => d.Heading));
    }

    [Fact]
    public void Compare_PdfOfTheDraft_IsComparedByHeadingText()
    {
        var folder = Directory.CreateTempSubdirectory("contractdocs-signed-pdf-").FullName;
        var source = Path.Combine(folder, "signed.docx");
        File.WriteAllBytes(source, new SignedCopies().Edit("Alliance Charter", "The Alliance Charter is replaced by the side letter").Apply(Draft.Value));
        var pdf = LibreOffice.Resave(source, "pdf", folder);

        var comparison = Compare(File.ReadAllBytes(pdf), isPdf: true);

        Assert.Equal(SignedCopyComparison.Compared, comparison.Result);
        Assert.Equal("pdf", comparison.Method);
        Assert.Equal(["Alliance Charter"], comparison.Deviations.Select(d => d.Heading));
    }

    [Fact]
    public void Compare_PdfWithNoText_SaysPlainlyItWasNotCompared()
    {
        var pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"u8.ToArray();

        var comparison = Compare(pdf, isPdf: true);

        Assert.Equal(SignedCopyComparison.NotCompared, comparison.Result);
        Assert.Equal(ComparisonWording.PdfNotCompared, comparison.Message);
    }
}
