using System.Globalization;

namespace ContractDocs.Rendering;

/// <summary>
/// What one document accumulates while its body is written: bookmark ids, list numbering instances, hyperlink
/// relationships, clause numbers for cross-references and the defined terms used. Ids are sequential, so the same
/// plan always gives the same ids. Not thread-safe: one per document.
/// </summary>
public sealed class DocumentState
{
    /// <summary>The first <c>w:numId</c> the renderer allocates; the template owns the ids below it.</summary>
    public const int FirstListNumId = 100;

    private readonly Dictionary<string, ClauseTarget> _clauses;
    private int _nextBookmark;
    private int _nextNum = FirstListNumId;

    public DocumentState(IReadOnlyDictionary<string, ClauseTarget> clauses)
    {
        _clauses = new Dictionary<string, ClauseTarget>(clauses, StringComparer.Ordinal);
    }

    /// <summary>List instances: each numbered list restarts at 1 because it has its own <c>w:num</c>.</summary>
    public List<(int NumId, bool Ordered, int Level)> Lists { get; } = [];

    public List<(string RelationshipId, string Target)> Hyperlinks { get; } = [];

    public SortedSet<string> TermsUsed { get; } = new(StringComparer.Ordinal);

    public int NextBookmarkId() => _nextBookmark++;

    /// <summary>A new numbering instance for a list whose items sit at <paramref name="level"/>; it restarts there.</summary>
    public int NewList(bool ordered, int level)
    {
        var id = _nextNum++;
        Lists.Add((id, ordered, level));
        return id;
    }

    public string AddHyperlink(string target)
    {
        var id = "rIdLink" + (Hyperlinks.Count + 1).ToString(CultureInfo.InvariantCulture);
        Hyperlinks.Add((id, target));
        return id;
    }

    /// <summary>The bookmark and number of a clause in this document, or null if it is not in the plan.</summary>
    public ClauseTarget? Clause(string clauseId) => _clauses.GetValueOrDefault(clauseId);
}

/// <summary>Where a cross-reference lands: the bookmark on the clause heading and the number Word will show.</summary>
public sealed record ClauseTarget(string Bookmark, int Number);
