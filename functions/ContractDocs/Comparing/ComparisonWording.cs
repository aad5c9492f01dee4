using System.Globalization;

namespace ContractDocs.Comparing;

/// <summary>Every sentence a comparison of a signed copy says to people, in one place (pages and the API show these;
/// none of it is contract wording).</summary>
public static class ComparisonWording
{
    public const string Identical = "Identical to the draft — not a signed copy? These are the very bytes ContractDocs generated; check that the executed copy was uploaded.";

    public const string NotMapped = "The clauses of this document could not be matched to the draft's (no ContractDocs bookmarks, headings or recognisable clause text), so it was not compared clause by clause. Check it by hand.";

    public const string PdfNotCompared = "This PDF was not compared: its text or the draft's clause headings could not be read from it. Check it by hand, or file the signed Word document.";

    public const string Pending = "The comparison with the draft is being made; it appears here shortly.";

    public const string NoDraft = "There is no draft to compare with.";

    /// <summary>Why a signed copy cannot be compared: a document the comparison reads is not in storage.</summary>
    public static string Missing(string documentId, bool isDraft) => isDraft
        ? $"This signed copy cannot be compared: the draft it is compared with ({documentId}) is not in storage. Restore that draft from the blob's earlier versions, then ask again."
        : $"This signed copy cannot be compared: its own file ({documentId}) is not in storage. Restore it from the blob's earlier versions, or file the signed copy again.";

    public static string Summary(SignedCopyComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (comparison.Result != SignedCopyComparison.Compared)
        {
            return comparison.Message;
        }

        var deviations = comparison.Deviations.Count();
        return deviations == 0
            ? "Every clause and schedule matches the draft."
            : string.Create(CultureInfo.InvariantCulture, $"{comparison.Count(ClauseComparison.Changed)} changed, {comparison.Count(ClauseComparison.Added)} added, {comparison.Count(ClauseComparison.Removed)} removed: {deviations} {(deviations == 1 ? "departure" : "departures")} from the approved library text for legal to review.");
    }

    public static string ComparedBy(string method, int bookmarks, int headings, int similar) =>
        string.Create(CultureInfo.InvariantCulture, $"Compared as {(method == "pdf" ? "PDF text, by clause heading" : "a Word document")}: {bookmarks} sections found by bookmark, {headings} by heading, {similar} by similar text.");
}
