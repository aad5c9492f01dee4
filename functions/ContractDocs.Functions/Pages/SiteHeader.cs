using System.Security.Claims;
using System.Text;
using ContractDocs.Functions.Auth;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>The header every page carries (the NHS.UK header with a service name, an account area and navigation):
/// ContractDocs, who is signed in, and a link to each page their roles open, the current one marked. Written when the
/// page is sent (<see cref="PageResult"/>), so a handler never passes the caller to the layout.</summary>
public static class SiteHeader
{
    /// <summary>Where <see cref="Html.Page"/> leaves the header for <see cref="PageResult"/> to fill in.</summary>
    public const string Placeholder = "<!--contractdocs:header-->";

    /// <summary>The pages a person's roles open, with what each is for (the start page's cards say the same).</summary>
    public static IReadOnlyList<(string Title, string Href, string Text)> Destinations(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var links = new List<(string, string, string)>();
        if (user.IsInRole(Roles.Commissioner) || user.IsInRole(Roles.Legal))
        {
            links.Add(("Your contracts", "/contracts", "Start a new contract: choose the release, the contract model and what the contract covers, fill in its details and generate the Word document. Your contracts are listed here."));
        }

        if (user.IsInRole(Roles.Legal))
        {
            links.Add(("Clause library", "/library", "Browse the releases, the contracting model and every clause version, and compare versions and releases."));
        }

        if (user.IsInRole(Roles.Procurement))
        {
            links.Add(("File a signed contract", "/procurement", "Find a contract and upload the copy every party signed; it is checked before it is filed."));
        }

        return links;
    }

    public static string Render(ClaimsPrincipal? user, string path)
    {
        var html = new StringBuilder("<header class=\"nhsuk-header\" data-module=\"nhsuk-header\" role=\"banner\"><div class=\"nhsuk-header__container nhsuk-width-container\">");
        html.Append("<div class=\"nhsuk-header__service\"><a class=\"nhsuk-header__service-logo\" href=\"/\" aria-label=\"ContractDocs homepage\"><span class=\"nhsuk-header__service-name\">ContractDocs</span></a></div>");
        var signedIn = user?.Identity?.IsAuthenticated == true;
        html.Append("<nav class=\"nhsuk-header__account\" aria-label=\"Account\"><ul class=\"nhsuk-header__account-list\">");
        html.Append(signedIn
            ? $"<li class=\"nhsuk-header__account-item\" id=\"signed-in-as\"><span class=\"nhsuk-u-visually-hidden\">Signed in as </span>{E(user!.Identity!.Name)}</li>"
            : "<li class=\"nhsuk-header__account-item\"><a class=\"nhsuk-header__account-link\" href=\"/signin\">Sign in</a></li>");
        html.Append("</ul></nav></div>");
        var links = user is null ? [] : Destinations(user);
        if (links.Count > 0)
        {
            html.Append("<nav class=\"nhsuk-header__navigation\" aria-label=\"Menu\"><div class=\"nhsuk-header__navigation-container nhsuk-width-container\"><ul class=\"nhsuk-header__navigation-list\">");
            html.Append(Item("Home", "/", path == "/"));
            foreach (var (title, href, _) in links)
            {
                html.Append(Item(title, href, path.StartsWith(href, StringComparison.OrdinalIgnoreCase)));
            }

            html.Append("</ul></div></nav>");
        }

        return html.Append("</header>").ToString();
    }

    private static string Item(string title, string href, bool current) => current
        ? $"<li class=\"nhsuk-header__navigation-item nhsuk-header__navigation-item--current\"><a class=\"nhsuk-header__navigation-link\" href=\"{E(href)}\" aria-current=\"page\">{E(title)}</a></li>"
        : $"<li class=\"nhsuk-header__navigation-item\"><a class=\"nhsuk-header__navigation-link\" href=\"{E(href)}\">{E(title)}</a></li>";
}
