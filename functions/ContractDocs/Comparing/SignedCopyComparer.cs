using System.Collections.Immutable;
using ContractDocs.Library;

namespace ContractDocs.Comparing;

/// <summary>
/// Compares a signed copy with the draft it came from (<see cref="SignedCopyComparison"/>): the same bytes are flagged;
/// a Word document is read into sections (<see cref="DocxSections"/>) and paired with the draft's
/// (<see cref="SectionMatcher"/>); a PDF is cut at the draft's headings (<see cref="PdfSections"/>). A Word document of
/// which fewer than half the draft's sections can be paired is not mapped, and says so. Pure computation over the two
/// documents and the library; thread-safe.
/// </summary>
public sealed class SignedCopyComparer
{
    private readonly ClauseLibrary _library;

    public SignedCopyComparer(ClauseLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        _library = library;
    }

    /// <param name="isPdf">The signed copy is a PDF (as intake decided), else a Word document.</param>
    public SignedCopyComparison Compare(string contractId, string draftId, string executedId, byte[] draft, byte[] signed, bool isPdf, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(signed);
        var method = isPdf ? "pdf" : "docx";
        SignedCopyComparison Say(string result, string message, ImmutableArray<ClauseComparison> sections = default) =>
            new(contractId, draftId, executedId, result, method, message, now, sections.IsDefault ? [] : sections);

        if (draft.AsSpan().SequenceEqual(signed))
        {
            return Say(SignedCopyComparison.Identical, ComparisonWording.Identical);
        }

        var reading = DocxSections.Read(draft);
        var drafted = DraftSections.Name(reading.Sections, reading.Properties, _library);
        ImmutableArray<DocumentSection> copy;
        try
        {
            if (isPdf)
            {
                var found = PdfSections.Read(signed, drafted, reading.Dividers);
                if (found is not { IsEmpty: false } sections)
                {
                    return Say(SignedCopyComparison.NotCompared, ComparisonWording.PdfNotCompared);
                }

                copy = sections;
            }
            else
            {
                copy = DocxSections.Read(signed).Sections;
            }
        }
        catch (InvalidDataException)
        {
            return isPdf ? Say(SignedCopyComparison.NotCompared, ComparisonWording.PdfNotCompared) : Say(SignedCopyComparison.NotMapped, ComparisonWording.NotMapped);
        }

        var pairs = SectionMatcher.Match(drafted, copy);
        if (drafted.Length == 0 || pairs.Count * 2 < drafted.Length)
        {
            return isPdf ? Say(SignedCopyComparison.NotCompared, ComparisonWording.PdfNotCompared) : Say(SignedCopyComparison.NotMapped, ComparisonWording.NotMapped);
        }

        var results = ImmutableArray.CreateBuilder<ClauseComparison>();
        for (var d = 0; d < drafted.Length; d++)
        {
            var section = drafted[d];
            var status = Status(section.Clauses);
            if (!pairs.TryGetValue(d, out var pair))
            {
                results.Add(new ClauseComparison(section.Kind, ClauseComparison.Removed, section.Heading, null, section.Clauses, status, string.Empty, true, []));
                continue;
            }

            var other = copy[pair.Signed];
            // The heading is compared without its number (Word numbers it; a PDF shows the number as text).
            var changes = SectionMatcher.Heading(section.Heading) == SectionMatcher.Heading(other.Heading)
                ? WordDiff.Changes(section.Text, other.Text)
                : [.. WordDiff.Changes(section.Heading, other.Heading), .. WordDiff.Changes(section.Text, other.Text)];
            if (isPdf && !changes.IsEmpty && WordDiff.SameWords(section.Text, other.Text))
            {
                // A PDF gives a table's cells in the order it drew them: the same words in another order are no change.
                changes = [];
            }

            var outcome = changes.IsEmpty ? ClauseComparison.Unchanged : ClauseComparison.Changed;
            results.Add(new ClauseComparison(section.Kind, outcome, section.Heading, other.Heading, section.Clauses, status, pair.By, !changes.IsEmpty, changes));
        }

        var paired = pairs.Values.Select(p => p.Signed).ToHashSet();
        for (var s = 0; s < copy.Length; s++)
        {
            if (!paired.Contains(s))
            {
                results.Add(new ClauseComparison(copy[s].Kind, ClauseComparison.Added, copy[s].Heading, copy[s].Heading, [], null, string.Empty, true, []));
            }
        }

        var by = pairs.Values.GroupBy(p => p.By).ToDictionary(g => g.Key, g => g.Count());
        return Say(SignedCopyComparison.Compared, ComparisonWording.ComparedBy(method, by.GetValueOrDefault("bookmark"), by.GetValueOrDefault("heading"), by.GetValueOrDefault("similar text")), results.ToImmutable());
    }

    private string? Status(ImmutableArray<string> clauses) =>
        clauses.Select(k => DraftSections.Find(_library, k)?.Status.ToString().ToLowerInvariant()).FirstOrDefault(s => s is not null);
}
