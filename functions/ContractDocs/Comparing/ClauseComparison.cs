using System.Collections.Immutable;

namespace ContractDocs.Comparing;

/// <summary>One clause, schedule or the recitals, compared: <see cref="Outcome"/> is <see cref="Unchanged"/>,
/// <see cref="Changed"/> (with its <see cref="Changes"/>, word by word), <see cref="Added"/> (in the signed copy only) or
/// <see cref="Removed"/> (in the draft only). <see cref="Clauses"/> are the library clause versions ("id@version") the
/// draft's text came from, with <see cref="LibraryStatus"/> their status in the library; <see cref="MappedBy"/> says how the
/// signed copy's section was found: "bookmark", "heading", "similar text" (or empty when it was not).
/// <see cref="Deviation"/> is true where the signed copy departs from the approved library text: legal should look.</summary>
public sealed record ClauseComparison(
    string Kind,
    string Outcome,
    string Heading,
    string? SignedHeading,
    ImmutableArray<string> Clauses,
    string? LibraryStatus,
    string MappedBy,
    bool Deviation,
    ImmutableArray<WordChange> Changes)
{
    public const string Unchanged = "unchanged";
    public const string Changed = "changed";
    public const string Added = "added";
    public const string Removed = "removed";
}
