using System.Collections.Immutable;

namespace ContractDocs.Comparing;

/// <summary>One clause, schedule or the recitals as read from a document: its kind (<see cref="Clause"/>,
/// <see cref="Schedule"/> or <see cref="Recitals"/>), the bookmark on its heading where it has one, its heading text,
/// and its text (paragraphs joined by new lines). In a draft, <see cref="Clauses"/> names the clause versions it was
/// rendered from ("id@version"); in a signed copy it is empty until mapped.</summary>
public sealed record DocumentSection(string Kind, string? Bookmark, string Heading, string Text, ImmutableArray<string> Clauses)
{
    public const string Clause = "clause";
    public const string Schedule = "schedule";
    public const string Recitals = "recitals";
}
