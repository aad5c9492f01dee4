using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ContractDocs.Tests.Rendering.CommonMark;

/// <summary>
/// "Every word of the example's text", precisely: the example's expected HTML (the specification's, or for the
/// pipe-table cases the HTML a reader must see) with every tag removed (block-level tags and line breaks count as
/// spaces, inline tags as nothing), entities decoded; its words are the maximal runs of letters, combining marks and
/// digits (Unicode categories L, M, N). Words inside tags (link targets, titles, image sources, HTML attributes) are
/// not text. A document holds the example's words when each word occurs in it at least as many times as in the
/// expected text.
/// </summary>
public static partial class CorpusWords
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static Dictionary<string, int> OfHtml(string html)
    {
        var text = BlockTag().Replace(html, " ");
        text = AnyTag().Replace(text, string.Empty);
        return Count(WebUtility.HtmlDecode(text));
    }

    public static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(text))
        {
            counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
        }

        return counts;
    }

    /// <summary>The words of <paramref name="expected"/> that <paramref name="actual"/> holds fewer times, with how
    /// many are missing, e.g. "bar (1 of 2)".</summary>
    public static List<string> Missing(Dictionary<string, int> expected, Dictionary<string, int> actual) =>
        [.. expected
            .Where(e => actual.GetValueOrDefault(e.Key) < e.Value)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Key} ({e.Value - actual.GetValueOrDefault(e.Key)} of {e.Value})")];

    /// <summary>The text Word shows for body content: the <c>w:t</c> of each paragraph, with tabs and breaks as
    /// spaces and a line between paragraphs (numbering, which Word generates, is not text here).</summary>
    public static string TextOf(IEnumerable<XElement> bodyContent) =>
        string.Join("\n", bodyContent.SelectMany(e => e.DescendantsAndSelf(W + "p")).Select(p => string.Concat(p.Descendants()
            .Select(d => d.Name == W + "t" ? d.Value : d.Name == W + "tab" || d.Name == W + "br" || d.Name == W + "cr" ? " " : string.Empty))));

    [GeneratedRegex(@"</?(p|li|ul|ol|blockquote|pre|h[1-6]|hr|table|thead|tbody|tr|th|td|br|div)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();
}
