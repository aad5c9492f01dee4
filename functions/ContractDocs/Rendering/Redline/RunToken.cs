using System.Xml.Linq;

namespace ContractDocs.Rendering.Redline;

/// <summary>One word, space or other run content (a tab, a break, a field character) of a paragraph, as a run of its
/// own with its formatting, inside the hyperlink it came from (or none). <see cref="Key"/> compares content and
/// formatting; a marker (a bookmark) has no key and is not compared.</summary>
internal sealed record RunToken(string? Key, XElement Content, XElement? Wrapper)
{
    public bool IsMarker => Key is null;
}
