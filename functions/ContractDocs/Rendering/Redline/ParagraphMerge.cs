using System.Text;
using System.Xml.Linq;
using ContractDocs.Library;

namespace ContractDocs.Rendering.Redline;

/// <summary>
/// Paragraphs as tracked changes: two versions of one paragraph merged word by word (the words only the earlier has
/// in <c>w:del</c> with <c>w:delText</c>, those only the later has in <c>w:ins</c>, the later one's paragraph
/// properties and bookmarks), and whole paragraphs deleted or inserted, their paragraph marks too. Accepting every
/// change gives the later paragraph's text; rejecting every change, the earlier one's.
/// </summary>
internal static class ParagraphMerge
{
    private enum Change
    {
        Same,
        Deleted,
        Inserted,
    }

    public static XElement Merge(XElement a, List<RunToken> tokensA, XElement b, List<RunToken> tokensB, RedlineContext context)
    {
        var keyedA = tokensA.Where(t => !t.IsMarker).ToList();
        var keyedB = new List<RunToken>();
        var markersBefore = new List<List<RunToken>>();
        var pending = new List<RunToken>();
        foreach (var token in tokensB)
        {
            if (token.IsMarker)
            {
                pending.Add(token);
            }
            else
            {
                keyedB.Add(token);
                markersBefore.Add(pending);
                pending = [];
            }
        }

        var items = new List<(Change Change, RunToken Token)>();
        foreach (var span in SequenceDiff.Align([.. keyedA.Select(t => t.Key!)], [.. keyedB.Select(t => t.Key!)]))
        {
            if (!span.Equal)
            {
                items.AddRange(keyedA.Skip(span.AStart).Take(span.ACount).Select(t => (Change.Deleted, FromA(t, context))));
            }

            for (var k = span.BStart; k < span.BStart + span.BCount; k++)
            {
                items.AddRange(markersBefore[k].Select(m => (Change.Same, m)));
                items.Add((span.Equal ? Change.Same : Change.Inserted, keyedB[k]));
            }
        }

        items.AddRange(pending.Select(m => (Change.Same, m)));
        return new XElement(W.P, CopyPPr(b), Content(items, context));
    }

    public static XElement Deleted(XElement a, RedlineContext context)
    {
        var pPr = context.FromA(a.Element(W.PPr) ?? new XElement(W.PPr));
        MarkParagraph(pPr, context.Marks.Del());
        var items = new List<(Change, RunToken)>();
        foreach (var token in ParagraphTokens.Tokens(a, context))
        {
            if (!token.IsMarker)
            {
                items.Add((Change.Deleted, FromA(token, context)));
            }
            else if (context.BookmarkFromA(token.Content!) is { } bookmark)
            {
                items.Add((Change.Same, new RunToken(null, bookmark, null)));
            }
        }

        return new XElement(W.P, pPr, Content(items, context));
    }

    public static XElement Inserted(XElement b, RedlineContext context)
    {
        var pPr = new XElement(b.Element(W.PPr) ?? new XElement(W.PPr));
        MarkParagraph(pPr, context.Marks.Ins());
        var items = ParagraphTokens.Tokens(b, context).Select(t => (t.IsMarker ? Change.Same : Change.Inserted, t)).ToList();
        return new XElement(W.P, pPr, Content(items, context));
    }

    private static XElement? CopyPPr(XElement paragraph) => paragraph.Element(W.PPr) is { } pPr ? new XElement(pPr) : null;

    private static RunToken FromA(RunToken token, RedlineContext context) => token with
    {
        Content = token.Content is null ? null : context.FromA(token.Content),
        Wrapper = token.Wrapper is null ? null : context.WrapperFromA(token.Wrapper),
        FromA = true,
    };

    /// <summary>The paragraph mark's run properties carry its own insertion or deletion.</summary>
    private static void MarkParagraph(XElement pPr, XElement mark)
    {
        var rPr = pPr.Element(W.RPr);
        if (rPr is null)
        {
            rPr = new XElement(W.RPr);
            if ((pPr.Element(W.SectPr) ?? pPr.Element(W.PPrChange)) is { } after)
            {
                after.AddBeforeSelf(rPr);
            }
            else
            {
                pPr.Add(rPr);
            }
        }

        rPr.AddFirst(mark);
    }

    /// <summary>Groups the tokens by hyperlink, then by change, joining neighbouring runs of the same formatting.</summary>
    private static List<XElement> Content(List<(Change Change, RunToken Token)> items, RedlineContext context)
    {
        var output = new List<XElement>();
        var i = 0;
        while (i < items.Count)
        {
            var wrapper = items[i].Token.Wrapper;
            var j = i;
            while (j < items.Count && ReferenceEquals(items[j].Token.Wrapper, wrapper))
            {
                j++;
            }

            var inner = new List<XElement>();
            var k = i;
            while (k < j)
            {
                var change = items[k].Change;
                var runs = new List<XElement>();
                while (k < j && items[k].Change == change)
                {
                    var token = items[k].Token;
                    k++;
                    if (token.Text is null)
                    {
                        Append(runs, token.Content!, change == Change.Deleted);
                        continue;
                    }

                    // A word, and the words after it of the same formatting: one run.
                    var text = new StringBuilder(token.Text);
                    while (k < j && items[k].Change == change && items[k].Token is { Text: { } next } following && following.Format == token.Format)
                    {
                        text.Append(next);
                        k++;
                    }

                    // The run before is not plain text of this formatting (it would have been joined above).
                    runs.Add(WordRun(token, text.ToString(), change == Change.Deleted, context));
                }

                inner.AddRange(change switch
                {
                    Change.Deleted => [context.Marks.Del(runs)],
                    Change.Inserted => [context.Marks.Ins(runs)],
                    _ => runs,
                });
            }

            output.AddRange(wrapper is null ? inner : [new XElement(wrapper.Name, wrapper.Attributes(), inner)]);
            i = j;
        }

        return output;
    }

    /// <summary>The run of a word (or of words of one formatting): as deleted text where it is deleted; fitted to the
    /// later package when it is the earlier document's.</summary>
    private static XElement WordRun(RunToken token, string text, bool deleted, RedlineContext context)
    {
        var run = new XElement(W.Run, token.RunProperties is null ? null : new XElement(token.RunProperties), new XElement(deleted ? W.DelText : W.T, new XAttribute(W.Space, "preserve"), text));
        return token.FromA ? context.FromA(run) : run;
    }

    /// <summary>Adds a run (or a marker), as deleted text where it is deleted, joined to the run before it when both
    /// are plain text of the same formatting.</summary>
    private static void Append(List<XElement> runs, XElement content, bool deleted)
    {
        if (content.Name != W.Run)
        {
            runs.Add(new XElement(content));
            return;
        }

        var run = new XElement(content);
        if (deleted)
        {
            foreach (var text in run.Elements(W.T).ToList())
            {
                text.ReplaceWith(new XElement(W.DelText, new XAttribute(W.Space, "preserve"), text.Value));
            }

            foreach (var instruction in run.Elements(W.InstrText).ToList())
            {
                instruction.ReplaceWith(new XElement(W.DelInstrText, new XAttribute(W.Space, "preserve"), instruction.Value));
            }
        }

        var textName = deleted ? W.DelText : W.T;
        if (runs.Count > 0 && runs[^1] is { } last && last.Name == W.Run && IsText(last, textName) && IsText(run, textName)
            && (string?)last.Element(W.RPr)?.ToString(SaveOptions.DisableFormatting) == (string?)run.Element(W.RPr)?.ToString(SaveOptions.DisableFormatting))
        {
            last.Element(textName)!.Value += run.Element(textName)!.Value;
            return;
        }

        runs.Add(run);
    }

    private static bool IsText(XElement run, XName textName) => run.Elements().Count(e => e.Name != W.RPr) == 1 && run.Element(textName) is not null;
}
