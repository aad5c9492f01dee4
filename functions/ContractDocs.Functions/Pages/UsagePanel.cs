using System.Security.Claims;
using System.Text;
using ContractDocs.Functions.Auth;
using ContractDocs.Storage;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>Where a clause version is used, on legal's clause page: a page of the contracts whose drafts or signed
/// copies contain it, from the clause-usage index, with a link to the next page. Shown to those who read every
/// contract (legal, procurement).</summary>
internal static class UsagePanel
{
    public const int PageSize = 50;

    public static async Task<string> HtmlAsync(string clauseKey, string pagePath, string? continuation, ClaimsPrincipal user, ContractArchive archive, CancellationToken cancellationToken)
    {
        if (!user.SeesAllContracts())
        {
            return string.Empty;
        }

        var page = await archive.ClauseUsageAsync(clauseKey, continuation, PageSize, cancellationToken);
        var html = new StringBuilder("<h2 id=\"usage\">Where this version is used</h2>");
        if (page.Items.IsEmpty && continuation is null)
        {
            return html.Append("<p class=\"nhsuk-body\">No stored draft or signed copy contains this version.</p>").ToString();
        }

        html.Append(Table("Contracts containing this version", ["Contract", "Release", "In"], page.Items.Select(u => (IReadOnlyList<string>)
            [Link(u.Title.Length > 0 ? u.Title : u.ContractId, $"/api/contracts/{u.ContractId}"), E(u.Release),
             E(string.Join(", ", u.Documents.Select(d => (d.Kind == ContractDocumentEntry.Executed ? $"signed copy {d.Id}" : $"draft {d.Id}") + (d.Release.Length > 0 ? $" ({d.Release})" : string.Empty))))]), hideCaption: true));
        if (page.Continuation is not null)
        {
            html.Append("<p class=\"nhsuk-body\">").Append(Link("More contracts", $"{pagePath}?continuation={Uri.EscapeDataString(page.Continuation)}#usage")).Append("</p>");
        }

        return html.ToString();
    }
}
