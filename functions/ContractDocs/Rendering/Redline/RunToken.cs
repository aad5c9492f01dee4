using System.Xml.Linq;

namespace ContractDocs.Rendering.Redline;

/// <summary>One word, space or other run content (a tab, a break, a field character) of a paragraph, with its
/// formatting, inside the hyperlink it came from (or none). <see cref="Key"/> compares content and formatting; a marker
/// (a bookmark) has no key and is not compared. A word is kept as its text and its run's properties
/// (<see cref="Text"/>, <see cref="RunProperties"/>) and made a run only when it is written; other content is a run
/// already (<see cref="Content"/>), as is a marker. <see cref="Format"/> stands for the hyperlink and the formatting:
/// two tokens with the same one may share a run. <see cref="FromA"/>: the token is the earlier document's, to be
/// fitted to the later package when written.</summary>
internal sealed record RunToken(string? Key, XElement? Content, XElement? Wrapper, string? Text = null, XElement? RunProperties = null, string? Format = null, bool FromA = false)
{
    public bool IsMarker => Key is null;

    /// <summary>The token's text: the word, or the text inside other content (an instruction's).</summary>
    public string Value => Text ?? Content?.Value ?? string.Empty;
}
