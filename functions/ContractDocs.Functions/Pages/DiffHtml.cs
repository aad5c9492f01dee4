using System.Text;
using ContractDocs.Library;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>Differences for legal's compare pages, from DiffPlex through <see cref="SequenceDiff"/>: the rendered text
/// (Markdown as a reader sees it) word by word, and the Handlebars source line by line.</summary>
internal static class DiffHtml
{
    /// <summary>The text a clause's Markdown renders to (headings, lists and tables as plain text; Handlebars tags as
    /// written).</summary>
    public static string Rendered(string markdown) => ClausePlainText.Of(markdown);

    /// <summary>The later text, with the words only the earlier has in <c>del</c> and those only the later has in <c>ins</c>.</summary>
    public static string Words(string before, string after)
    {
        var a = SequenceDiff.Words(before);
        var b = SequenceDiff.Words(after);
        var html = new StringBuilder("<div class=\"nhsuk-body contractdocs-diff\">");
        foreach (var span in SequenceDiff.Align(a, b))
        {
            if (span.Equal)
            {
                html.Append(E(string.Concat(b.Skip(span.BStart).Take(span.BCount))));
                continue;
            }

            if (span.ACount > 0)
            {
                html.Append("<del>").Append(E(string.Concat(a.Skip(span.AStart).Take(span.ACount)))).Append("</del>");
            }

            if (span.BCount > 0)
            {
                html.Append("<ins>").Append(E(string.Concat(b.Skip(span.BStart).Take(span.BCount)))).Append("</ins>");
            }
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>The two sources side by side, line by line, inside a details element: one click away.</summary>
    public static string Source(string before, string after, string beforeLabel, string afterLabel)
    {
        var rows = SequenceDiff.Lines(before, after).Select(line => (IReadOnlyList<string>)(line.Kind switch
        {
            DiffKind.Removed => [$"<del>{E(line.Line)}</del>", string.Empty],
            DiffKind.Added => [string.Empty, $"<ins>{E(line.Line)}</ins>"],
            _ => [E(line.Line), E(line.Line)],
        }));
        return "<details class=\"nhsuk-details\"><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">The Handlebars source, line by line</span></summary><div class=\"nhsuk-details__text\">"
            + Table("The Handlebars source, line by line", [beforeLabel, afterLabel], rows, hideCaption: true) + "</div></details>";
    }
}
