using System.Globalization;
using System.Text;
using ContractDocs.Comparing;
using ContractDocs.Storage;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>A signed copy against its draft, on procurement's contract page: the summary in words, then every
/// clause or schedule that departs from the approved library text, marked for legal, with the words that went
/// (struck through) and came; the unchanged ones counted. The sentences are <see cref="ComparisonWording"/>'s.</summary>
internal static class ComparisonPanel
{
    /// <param name="missing">When there is no comparison: the document it needs that storage does not hold, if any.</param>
    public static string Html(ContractDocumentEntry signed, SignedCopyComparison? comparison, ContractDocumentEntry? missing = null)
    {
        var html = new StringBuilder($"<section class=\"contractdocs-comparison\" id=\"comparison-{E(signed.Id)}\" aria-labelledby=\"comparison-{E(signed.Id)}-title\">")
            .Append($"<h2 id=\"comparison-{E(signed.Id)}-title\">").Append(E($"{signed.OriginalName ?? signed.Name} against the draft")).Append("</h2>");
        if (comparison is null && missing is not null)
        {
            return html.Append("<div class=\"nhsuk-warning-callout\"><h3 class=\"nhsuk-warning-callout__label\"><span role=\"text\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>Not compared</span></h3><p>")
                .Append(E(ComparisonWording.Missing(missing.Id, missing.Kind == ContractDocumentEntry.Draft))).Append("</p></div></section>").ToString();
        }

        if (comparison is null)
        {
            return html.Append("<p class=\"nhsuk-body\">").Append(E(ComparisonWording.Pending)).Append("</p></section>").ToString();
        }

        var warning = comparison.Result is SignedCopyComparison.Identical or SignedCopyComparison.NotMapped or SignedCopyComparison.NotCompared || comparison.Deviations.Any();
        html.Append(warning ? "<div class=\"nhsuk-warning-callout\"><h3 class=\"nhsuk-warning-callout__label\"><span role=\"text\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>For legal</span></h3><p>" : "<div class=\"nhsuk-inset-text\"><p>")
            .Append(E(ComparisonWording.Summary(comparison))).Append("</p></div>");
        if (comparison.Result != SignedCopyComparison.Compared)
        {
            return html.Append("</section>").ToString();
        }

        html.Append("<p class=\"nhsuk-body-s\">").Append(E(comparison.Message)).Append(' ')
            .Append(Link("As JSON", $"/api/contracts/{comparison.ContractId}/documents/{comparison.ExecutedId}/comparison")).Append("</p>");
        var deviations = comparison.Deviations.ToList();
        if (deviations.Count > 0)
        {
            html.Append(Table("Departures from the approved library text", ["Clause or schedule", "Library text", "What happened", "Changed words"], deviations.Select(d => (IReadOnlyList<string>)
            [
                E(d.Heading),
                E(d.Clauses.IsEmpty ? "none (not in the draft)" : string.Join(", ", d.Clauses) + (d.LibraryStatus is null ? string.Empty : $" ({d.LibraryStatus})")),
                $"<strong class=\"nhsuk-tag nhsuk-tag--{(d.Outcome == ClauseComparison.Changed ? "orange" : "red")}\">{E(d.Outcome)}</strong>",
                Changes(d),
            ])));
        }

        return html.Append("<p class=\"nhsuk-body\">").Append(E(string.Create(CultureInfo.InvariantCulture, $"{comparison.Count(ClauseComparison.Unchanged)} clauses and schedules are unchanged."))).Append("</p></section>").ToString();
    }

    private static string Changes(ClauseComparison section)
    {
        if (section.Changes.IsEmpty)
        {
            return string.Empty;
        }

        var html = new StringBuilder("<div class=\"contractdocs-changes\">");
        foreach (var change in section.Changes.Take(20))
        {
            html.Append("<p class=\"nhsuk-body-s\">…").Append(E(change.Before)).Append(' ');
            if (change.Removed.Length > 0)
            {
                html.Append("<del>").Append(E(change.Removed)).Append("</del> ");
            }

            if (change.Added.Length > 0)
            {
                html.Append("<ins>").Append(E(change.Added)).Append("</ins>");
            }

            html.Append("…</p>");
        }

        if (section.Changes.Length > 20)
        {
            html.Append("<p class=\"nhsuk-body-s\">").Append(E(string.Create(CultureInfo.InvariantCulture, $"and {section.Changes.Length - 20} more changes."))).Append("</p>");
        }

        return html.Append("</div>").ToString();
    }
}
