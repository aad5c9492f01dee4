using System.Globalization;
using System.Xml.Linq;

namespace ContractDocs.Rendering.Redline;

/// <summary>What merging one pair of documents shares: the revision marks, and how content kept from the earlier
/// document is made to fit the later one's package (its list instances renumbered above the later document's, its
/// external hyperlinks, whose relationships only the earlier package has, reduced to their text). Not thread-safe.</summary>
internal sealed class RedlineContext
{
    private readonly HashSet<string> _laterBookmarks;
    private readonly Dictionary<string, string> _bookmarkIds = new(StringComparer.Ordinal);
    private int _nextBookmarkId = 500_000;

    public RedlineContext(TrackedAuthor author, int numIdOffset, IEnumerable<string> laterBookmarks)
    {
        Marks = new RevisionMarks(author);
        NumIdOffset = numIdOffset;
        _laterBookmarks = [.. laterBookmarks];
    }

    /// <summary>A bookmark of deleted earlier content, kept (with a new id) when the later document has no bookmark of
    /// that name, so a retired clause's heading can still be found; null otherwise.</summary>
    public XElement? BookmarkFromA(XElement marker)
    {
        var id = (string?)marker.Attribute(W.Id) ?? string.Empty;
        if (marker.Name == W.BookmarkStart)
        {
            var name = (string?)marker.Attribute(W.Name) ?? string.Empty;
            if (_laterBookmarks.Contains(name) || name.Length == 0)
            {
                return null;
            }

            var fresh = (_nextBookmarkId++).ToString(CultureInfo.InvariantCulture);
            _bookmarkIds[id] = fresh;
            return new XElement(W.BookmarkStart, new XAttribute(W.Id, fresh), new XAttribute(W.Name, name));
        }

        return marker.Name == W.BookmarkEnd && _bookmarkIds.Remove(id, out var renamed) ? new XElement(W.BookmarkEnd, new XAttribute(W.Id, renamed)) : null;
    }

    public RevisionMarks Marks { get; }

    private readonly Dictionary<string, string> _formats = new(StringComparer.Ordinal);

    /// <summary>A short stand-in for a run's hyperlink and formatting (its properties' XML), the same for the same
    /// formatting in either document: it starts every key of the run's tokens, so keys stay short.</summary>
    public string Format(string prefix)
    {
        if (!_formats.TryGetValue(prefix, out var code))
        {
            code = string.Create(CultureInfo.InvariantCulture, $"\u0004{_formats.Count}\u0004");
            _formats[prefix] = code;
        }

        return code;
    }

    /// <summary>Added to every renderer-made list instance id (at or above <see cref="DocumentState.FirstListNumId"/>)
    /// of the earlier document.</summary>
    public int NumIdOffset { get; }

    private readonly Dictionary<XElement, XElement> _wrappers = new(ReferenceEqualityComparer.Instance);

    /// <summary>The earlier document's hyperlink, without its runs, fitted to the later package: one copy per
    /// hyperlink, so its words stay together.</summary>
    public XElement WrapperFromA(XElement hyperlink)
    {
        if (!_wrappers.TryGetValue(hyperlink, out var copy))
        {
            copy = FromA(new XElement(hyperlink.Name, hyperlink.Attributes()));
            _wrappers[hyperlink] = copy;
        }

        return copy;
    }

    /// <summary>A deep copy of an element of the earlier document, fitted to the later one's package.</summary>
    public XElement FromA(XElement element)
    {
        var copy = new XElement(element);
        foreach (var num in copy.DescendantsAndSelf(W.NumId))
        {
            if (int.TryParse((string?)num.Attribute(W.Val), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id >= DocumentState.FirstListNumId)
            {
                num.SetAttributeValue(W.Val, (id + NumIdOffset).ToString(CultureInfo.InvariantCulture));
            }
        }

        foreach (var link in copy.DescendantsAndSelf(W.Hyperlink))
        {
            link.Attribute(W.RelId)?.Remove();
        }

        copy.DescendantsAndSelf(W.SectPr).Remove();
        return copy;
    }
}
