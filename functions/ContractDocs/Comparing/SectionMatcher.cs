using System.Text.RegularExpressions;

namespace ContractDocs.Comparing;

/// <summary>
/// Pairs the signed copy's sections with the draft's: first by the bookmark the renderer put on each heading, then by
/// heading text (numbers and case aside) among sections of the same kind, then by similar text (at least
/// <see cref="MinimumSimilarity"/> of words in common). What is left of the draft was removed; what is left of the
/// signed copy was added.
/// </summary>
public static partial class SectionMatcher
{
    public const double MinimumSimilarity = 0.6;

    /// <summary>Draft index to (signed index, how it was found).</summary>
    public static Dictionary<int, (int Signed, string By)> Match(IReadOnlyList<DocumentSection> draft, IReadOnlyList<DocumentSection> signed)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(signed);
        var pairs = new Dictionary<int, (int, string)>();
        var taken = new HashSet<int>();
        void Pass(string by, Func<DocumentSection, DocumentSection, bool> same)
        {
            for (var d = 0; d < draft.Count; d++)
            {
                if (pairs.ContainsKey(d))
                {
                    continue;
                }

                for (var s = 0; s < signed.Count; s++)
                {
                    if (!taken.Contains(s) && signed[s].Kind == draft[d].Kind && same(draft[d], signed[s]))
                    {
                        pairs[d] = (s, by);
                        taken.Add(s);
                        break;
                    }
                }
            }
        }

        Pass("bookmark", (d, s) => d.Bookmark is not null && d.Bookmark == s.Bookmark);
        Pass("heading", (d, s) => Heading(d.Heading).Length > 0 && Heading(d.Heading) == Heading(s.Heading));
        Pass("similar text", (d, s) => WordDiff.Similarity(d.Text, s.Text) >= MinimumSimilarity);
        return pairs;
    }

    /// <summary>A heading without leading numbering ("12.", "Schedule 3", "Part 2"), white space or case.</summary>
    public static string Heading(string heading) =>
        Spaces().Replace(Numbering().Replace(heading ?? string.Empty, string.Empty), " ").Trim().ToUpperInvariant();

    [GeneratedRegex(@"^\s*(?:(?:schedule|part|clause)\s+[0-9]+[.:]?\s*|[0-9]+(?:\.[0-9]+)*[.):]?\s+|\([A-Za-z0-9]{1,4}\)\s+|[A-Z][.)]\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
