using System.Collections.Immutable;

namespace ContractDocs.Comparing;

/// <summary>
/// A signed copy against the draft it came from, clause by clause and schedule by schedule. <see cref="Result"/> is
/// <see cref="Compared"/> (see <see cref="Sections"/>), <see cref="Identical"/> (the very bytes of the draft: probably
/// not a signed copy), <see cref="NotMapped"/> (a Word document whose clauses could not be matched to the draft's) or
/// <see cref="NotCompared"/> (a PDF without readable text or headings); <see cref="Message"/> says it in words
/// (<see cref="ComparisonWording"/>). <see cref="Method"/> is how the signed copy was read: "docx" or "pdf".
/// </summary>
public sealed record SignedCopyComparison(
    string ContractId,
    string DraftId,
    string ExecutedId,
    string Result,
    string Method,
    string Message,
    DateTimeOffset ComparedAt,
    ImmutableArray<ClauseComparison> Sections)
{
    public const string Compared = "compared";
    public const string Identical = "identical";
    public const string NotMapped = "not-mapped";
    public const string NotCompared = "not-compared";

    /// <summary>The sections that depart from the approved library text, for legal.</summary>
    public IEnumerable<ClauseComparison> Deviations => Sections.Where(s => s.Deviation);

    public int Count(string outcome) => Sections.Count(s => s.Outcome == outcome);
}
