using System.Globalization;
using ContractDocs.Templating;

namespace ContractDocs.Rendering.Markdown;

/// <summary>Writes inline text as runs in the current formatting, turning <c>ref</c> markers into the layout's words
/// around REF fields whose cached results are already the right numbers, <c>term</c> markers into the term's text, and
/// dropping <c>anchor</c> markers (the paragraph they name carries the bookmark).</summary>
internal static class Runs
{
    public static void Write(WordRenderer renderer, ReadOnlySpan<char> text)
    {
        var bold = renderer.Bold > 0;
        var italic = renderer.Italic > 0;
        var style = renderer.HyperlinkDepth > 0 ? Styles.Hyperlink : null;
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAnyInRange(Markers.RefStart, Markers.AnchorEnd);
            if (next < 0)
            {
                renderer.AppendText(text, bold, italic, style);
                return;
            }

            if (next > 0)
            {
                renderer.AppendText(text[..next], bold, italic, style);
            }

            var marker = text[next];
            var end = text[(next + 1)..].IndexOf(marker switch { Markers.RefStart => Markers.RefEnd, Markers.TermStart => Markers.TermEnd, _ => Markers.AnchorEnd });
            if (marker is not (Markers.RefStart or Markers.TermStart or Markers.AnchorStart) || end < 0)
            {
                text = text[(next + 1)..];
                continue;
            }

            var inner = text.Slice(next + 1, end);
            if (marker == Markers.RefStart)
            {
                Reference(renderer, inner.ToString(), bold, italic);
            }
            else if (marker == Markers.AnchorStart)
            {
                // The bookmark is on the paragraph (ParagraphRenderer); the marker itself prints nothing.
            }
            else
            {
                renderer.State.TermsUsed.Add(inner.ToString());
                renderer.AppendText(inner, bold, italic, style);
            }

            text = text[(next + end + 2)..];
        }
    }

    /// <summary>The layout's words with a REF field for each number: "clause 7", "clause 7.3(b)", "Schedule 2",
    /// "paragraph 4 of Schedule 2". Each field's cached result is the number Word will compute (\n: no trailing period).</summary>
    /// <exception cref="TemplateValueException">The reference names nothing in this contract.</exception>
    public static void Reference(WordRenderer renderer, string reference, bool bold, bool italic)
    {
        var target = renderer.State.Target(reference)
            ?? throw new TemplateValueException($"{{{{ref \"{reference}\"}}}} names a clause, schedule or paragraph that is not in this contract.");
        var pattern = target.LabelKey is { } key ? renderer.State.Layout.Label(key) : "{number}";
        var rest = pattern.AsSpan();
        while (!rest.IsEmpty)
        {
            var open = rest.IndexOf('{');
            var close = open < 0 ? -1 : rest[open..].IndexOf('}');
            if (open < 0 || close < 0)
            {
                renderer.AppendText(rest, bold, italic, null);
                break;
            }

            renderer.AppendText(rest[..open], bold, italic, null);
            var pieces = rest.Slice(open + 1, close - 1) switch
            {
                "number" => target.Number,
                "schedule" => target.Schedule,
                _ => [],
            };
            foreach (var piece in pieces)
            {
                Field(renderer, piece, bold, italic);
            }

            rest = rest[(open + close + 1)..];
        }
    }

    private static void Field(WordRenderer renderer, RefPiece piece, bool bold, bool italic)
    {
        renderer.FlushText();
        var writer = renderer.Writer;
        writer.Start("w:r").Start("w:fldChar").Attr("w:fldCharType", "begin").End().End();
        writer.Start("w:r").Start("w:instrText").Attr("xml:space", "preserve").Text($" REF {piece.Bookmark} \\n \\h ").End().End();
        writer.Start("w:r").Start("w:fldChar").Attr("w:fldCharType", "separate").End().End();
        writer.Run(piece.Text, bold, italic);
        writer.Start("w:r").Start("w:fldChar").Attr("w:fldCharType", "end").End().End();
    }
}
