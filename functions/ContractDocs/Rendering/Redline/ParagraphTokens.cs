using System.Text;
using System.Xml.Linq;
using ContractDocs.Library;

namespace ContractDocs.Rendering.Redline;

/// <summary>
/// What a paragraph says, for redlining: its words and other run content as tokens (bookmarks as markers), the key
/// that compares two paragraphs without making the tokens, and how alike two paragraphs' words are. Every key starts
/// with the context's short code for its run's hyperlink and formatting, so the same formatting in either document has
/// the same code.
/// </summary>
internal static class ParagraphTokens
{
    /// <summary>Words and other run content, in order, with bookmarks as markers.</summary>
    public static List<RunToken> Tokens(XElement paragraph, RedlineContext context)
    {
        var tokens = new List<RunToken>();
        foreach (var child in paragraph.Elements())
        {
            if (child.Name == W.PPr)
            {
                continue;
            }

            if (child.Name == W.Run)
            {
                AddRun(tokens, child, null, context);
            }
            else if (child.Name == W.Hyperlink)
            {
                foreach (var inner in child.Elements())
                {
                    if (inner.Name == W.Run)
                    {
                        AddRun(tokens, inner, child, context);
                    }
                    else
                    {
                        tokens.Add(new RunToken(null, inner, null));
                    }
                }
            }
            else
            {
                tokens.Add(new RunToken(null, child, null));
            }
        }

        return tokens;
    }

    private static void AddRun(List<RunToken> tokens, XElement run, XElement? wrapper, RedlineContext context)
    {
        var rPr = run.Element(W.RPr);
        var format = context.Format(Prefix(rPr, wrapper));
        foreach (var content in run.Elements().Where(e => e.Name != W.RPr))
        {
            if (content.Name == W.T)
            {
                foreach (var word in SequenceDiff.Words(content.Value))
                {
                    tokens.Add(new RunToken(format + "t:" + word, null, wrapper, word, rPr, format));
                }
            }
            else
            {
                tokens.Add(new RunToken(format + content.ToString(SaveOptions.DisableFormatting), new XElement(W.Run, rPr is null ? null : new XElement(rPr), new XElement(content)), wrapper, null, rPr, format));
            }
        }
    }

    /// <summary>What a paragraph says, for comparing paragraphs: its style and its tokens' keys (the keys
    /// <see cref="Tokens"/> gives, in order, markers left out), read without making the tokens.</summary>
    public static string Key(XElement paragraph, RedlineContext context)
    {
        var key = new StringBuilder("p:").Append((string?)paragraph.Element(W.PPr)?.Element(W.PStyle)?.Attribute(W.Val)).Append('\u0003');
        foreach (var child in paragraph.Elements())
        {
            if (child.Name == W.Run)
            {
                AppendKeys(key, child, null, context);
            }
            else if (child.Name == W.Hyperlink)
            {
                foreach (var inner in child.Elements(W.Run))
                {
                    AppendKeys(key, inner, child, context);
                }
            }
        }

        return key.ToString();
    }

    private static void AppendKeys(StringBuilder key, XElement run, XElement? wrapper, RedlineContext context)
    {
        var prefix = context.Format(Prefix(run.Element(W.RPr), wrapper));
        foreach (var content in run.Elements().Where(e => e.Name != W.RPr))
        {
            if (content.Name == W.T)
            {
                foreach (var word in SequenceDiff.Words(content.Value))
                {
                    key.Append(prefix).Append("t:").Append(word).Append('\u0003');
                }
            }
            else
            {
                key.Append(prefix).Append(content.ToString(SaveOptions.DisableFormatting)).Append('\u0003');
            }
        }
    }

    /// <summary>The start of each key of a run's tokens: the hyperlink it is in and its formatting.</summary>
    private static string Prefix(XElement? rPr, XElement? wrapper)
    {
        var link = wrapper is null ? string.Empty : (string?)wrapper.Attribute(W.Anchor) ?? (wrapper.Attribute(W.RelId) is null ? "link" : "external");
        return $"{link}\u0004{rPr?.ToString(SaveOptions.DisableFormatting)}\u0004";
    }

    /// <summary>How alike two paragraphs' words are (0 to 1, the Dice coefficient of their word multisets).</summary>
    public static double Similarity(List<RunToken> a, List<RunToken> b)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordsA = a.Where(t => !t.IsMarker && !string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Value).ToList();
        var wordsB = b.Where(t => !t.IsMarker && !string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Value).ToList();
        if (wordsA.Count + wordsB.Count == 0)
        {
            return 1;
        }

        foreach (var w in wordsA)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }

        var common = 0;
        foreach (var w in wordsB)
        {
            if (counts.GetValueOrDefault(w) > 0)
            {
                counts[w]--;
                common++;
            }
        }

        return 2.0 * common / (wordsA.Count + wordsB.Count);
    }
}
