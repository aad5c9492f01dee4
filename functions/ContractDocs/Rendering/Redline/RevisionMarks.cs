using System.Globalization;
using System.Xml.Linq;

namespace ContractDocs.Rendering.Redline;

/// <summary>Makes the <c>w:ins</c> and <c>w:del</c> marks of one redline, each with its own id, all by one author on
/// one date. Ids start far above the renderer's bookmark ids. Not thread-safe: one per document.</summary>
internal sealed class RevisionMarks
{
    private readonly TrackedAuthor _author;
    private readonly string _date;
    private int _next = 1_000_000;

    public RevisionMarks(TrackedAuthor author)
    {
        _author = author;
        _date = author.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>How many marks were made: zero means the two documents read the same.</summary>
    public int Count => _next - 1_000_000;

    public XElement Ins(params object[] content) => Mark(W.Ins, content);

    public XElement Del(params object[] content) => Mark(W.Del, content);

    private XElement Mark(XName name, object[] content) =>
        new(name, new XAttribute(W.Id, (_next++).ToString(CultureInfo.InvariantCulture)), new XAttribute(W.Author, _author.Name), new XAttribute(W.Date, _date), content);
}
