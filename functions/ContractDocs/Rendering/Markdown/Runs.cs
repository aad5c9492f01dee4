using System.Globalization;
using ContractDocs.Templating;

namespace ContractDocs.Rendering.Markdown;

/// <summary>Writes inline text as runs in the current formatting, turning <c>ref</c> markers into REF fields whose
/// cached result is already the right clause number, and <c>term</c> markers into the term's text.</summary>
internal static class Runs
{
    public static void Write(WordRenderer renderer, ReadOnlySpan<char> text)
    {
        var bold = renderer.Bold > 0;
        var italic = renderer.Italic > 0;
        var style = renderer.HyperlinkDepth > 0 ? Styles.Hyperlink : null;
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAnyInRange(Markers.RefStart, Markers.TermEnd);
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
            var end = text[(next + 1)..].IndexOf(marker == Markers.RefStart ? Markers.RefEnd : Markers.TermEnd);
            if (marker is not (Markers.RefStart or Markers.TermStart) || end < 0)
            {
                text = text[(next + 1)..];
                continue;
            }

            var inner = text.Slice(next + 1, end);
            if (marker == Markers.RefStart)
            {
                Reference(renderer, inner.ToString(), bold, italic);
            }
            else
            {
                renderer.State.TermsUsed.Add(inner.ToString());
                renderer.AppendText(inner, bold, italic, style);
            }

            text = text[(next + end + 2)..];
        }
    }

    /// <summary>"clause 7" where 7 is a REF field to the bookmark on clause 7's heading.</summary>
    public static void Reference(WordRenderer renderer, string clauseId, bool bold, bool italic)
    {
        var target = renderer.State.Clause(clauseId)
            ?? throw new TemplateValueException($"{{{{ref \"{clauseId}\"}}}} names a clause that is not in this contract.");
        renderer.AppendText("clause ", bold, italic, null);
        renderer.FlushText();
        var writer = renderer.Writer;
        writer.Start("w:r").Start("w:fldChar").Attr("w:fldCharType", "begin").End().End();
        writer.Start("w:r").Start("w:instrText").Attr("xml:space", "preserve").Text($" REF {target.Bookmark} \\r \\h ").End().End();
        writer.Start("w:r").Start("w:fldChar").Attr("w:fldCharType", "separate").End().End();
        writer.Run(target.Number.ToString(CultureInfo.InvariantCulture), bold, italic);
        writer.Start("w:r").Start("w:fldChar").Attr("w:fldCharType", "end").End().End();
    }
}
