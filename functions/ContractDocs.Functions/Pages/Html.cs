using System.Text;
using System.Text.Encodings.Web;

namespace ContractDocs.Functions.Pages;

/// <summary>Server-rendered pages in the NHS.UK frontend's layout: header, skip link, breadcrumbs, one main
/// landmark. Every value goes through <see cref="E"/>; nothing a user or the library supplies is written raw.</summary>
public static class Html
{
    public const string ServiceName = "ContractDocs";

    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    /// <summary>Written right after a post form's opening tag; <see cref="PageResult"/> puts this request's antiforgery
    /// token there when the page is sent.</summary>
    public const string AntiforgeryField = "<!--contractdocs:antiforgery-->";

    public static PageResult Page(string title, string body, params (string Text, string Href)[] breadcrumbs)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        // "Page – Service", except on the service's own start page, whose title is the service name alone.
        html.Append("<title>").Append(E(title));
        if (!string.Equals(title, ServiceName, StringComparison.Ordinal))
        {
            html.Append(" – ").Append(ServiceName);
        }

        html.Append("</title>");
        html.Append("<link rel=\"stylesheet\" href=\"/nhsuk/nhsuk-frontend.min.css\"><link rel=\"stylesheet\" href=\"/site/contractdocs.css\"><link rel=\"icon\" href=\"/nhsuk/assets/images/favicon.svg\" type=\"image/svg+xml\"><link rel=\"icon\" href=\"/nhsuk/assets/images/favicon.ico\" sizes=\"48x48\"></head><body>");
        html.Append("<script src=\"/site/js-enabled.js\"></script>");
        html.Append("<a class=\"nhsuk-skip-link\" href=\"#maincontent\">Skip to main content</a>");
        html.Append(SiteHeader.Placeholder);
        html.Append("<div class=\"nhsuk-width-container\">");
        if (breadcrumbs.Length > 0)
        {
            html.Append("<nav class=\"nhsuk-breadcrumb\" aria-label=\"Breadcrumb\"><ol class=\"nhsuk-breadcrumb__list\">");
            foreach (var (text, href) in breadcrumbs)
            {
                html.Append("<li class=\"nhsuk-breadcrumb__list-item\"><a class=\"nhsuk-breadcrumb__link\" href=\"").Append(E(href)).Append("\">").Append(E(text)).Append("</a></li>");
            }

            html.Append("</ol></nav>");
        }

        html.Append("<main class=\"nhsuk-main-wrapper\" id=\"maincontent\" role=\"main\"><h1>").Append(E(title)).Append("</h1>");
        html.Append(body);
        html.Append("</main></div><footer role=\"contentinfo\"><div class=\"nhsuk-footer\"><div class=\"nhsuk-width-container\"><p class=\"nhsuk-body-s\">ContractDocs: contracts for integrated health and social care.</p></div></div></footer>");
        html.Append("<script src=\"/site/contractdocs.js\" type=\"module\"></script></body></html>");
        return new PageResult(html.ToString());
    }

    /// <summary>A table with a caption and column headers (scope="col").</summary>
    /// <param name="hideCaption">Keep the caption for screen readers only (when a heading already says it).</param>
    public static string Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rowsOfHtml, bool hideCaption = false)
    {
        var html = new StringBuilder("<table class=\"nhsuk-table\"><caption class=\"nhsuk-table__caption");
        html.Append(hideCaption ? " nhsuk-u-visually-hidden\">" : "\">");
        html.Append(E(caption)).Append("</caption><thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">");
        foreach (var header in headers)
        {
            html.Append("<th class=\"nhsuk-table__header\" scope=\"col\">").Append(E(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody class=\"nhsuk-table__body\">");
        foreach (var row in rowsOfHtml)
        {
            html.Append("<tr class=\"nhsuk-table__row\">");
            foreach (var cell in row)
            {
                html.Append("<td class=\"nhsuk-table__cell\">").Append(cell).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    public static string Link(string text, string href) => $"<a class=\"nhsuk-link\" href=\"{E(href)}\">{E(text)}</a>";
}
