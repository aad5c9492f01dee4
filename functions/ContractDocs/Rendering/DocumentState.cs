using System.Globalization;

namespace ContractDocs.Rendering;

/// <summary>
/// What one document accumulates while its body is written: bookmark ids, list numbering instances, hyperlink
/// relationships and the defined terms used; and what cross-references point at (<see cref="AnchorIndex"/>). Ids are
/// sequential, so the same plan always gives the same ids. Not thread-safe: one per document.
/// </summary>
public sealed class DocumentState
{
    /// <summary>The first <c>w:numId</c> the renderer allocates; the template owns the ids below it.</summary>
    public const int FirstListNumId = 100;

    private readonly Dictionary<string, ReferenceTarget> _targets;
    private readonly Dictionary<Markdig.Syntax.ParagraphBlock, string> _bookmarks;
    private int _nextBookmark;
    private int _nextNum = FirstListNumId;

    public DocumentState(Dictionary<string, ReferenceTarget> targets, Dictionary<Markdig.Syntax.ParagraphBlock, string> bookmarks, Library.LayoutDefinition layout)
    {
        _targets = targets;
        _bookmarks = bookmarks;
        Layout = layout;
    }

    /// <summary>The layout's words for what the renderer prints around numbers.</summary>
    public Library.LayoutDefinition Layout { get; }

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

    /// <summary>What a reference ("clause-id", "schedule-id", "id#anchor") points at in this document, or null.</summary>
    public ReferenceTarget? Target(string reference) => _targets.GetValueOrDefault(reference);

    /// <summary>The bookmark to put on a paragraph that a reference points at, or null.</summary>
    public string? BookmarkOf(Markdig.Syntax.ParagraphBlock paragraph) => _bookmarks.GetValueOrDefault(paragraph);
}
