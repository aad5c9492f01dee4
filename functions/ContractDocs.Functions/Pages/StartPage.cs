using System.Security.Claims;
using System.Text;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>GET /: what ContractDocs is, and a link to each page the signed-in person's roles open, and to the API
/// description. Anyone may see it; it names no contract.</summary>
public static class StartPage
{
    /// <summary>The root, as a route both the Functions host and ASP.NET Core accept (an empty optional segment).</summary>
    public const string Route = "{ignored:maxlength(0)?}";

    public static IEndpointRouteBuilder MapStartPage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/" + Route, Start).AllowAnonymous().ExcludeFromDescription().AsFunction(nameof(Start), AuthorizationLevel.Anonymous);
        return routes;
    }

    public static PageResult Start(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var html = new StringBuilder("<p class=\"nhsuk-body-l\">ContractDocs turns a commissioner's choice of contracting criteria and specifications into an editable Word contract for integrated health and social care, built from a versioned clause library, and keeps each contract until procurement files the signed copy.</p>");
        var signedIn = user.Identity?.IsAuthenticated == true;
        var links = SiteHeader.Destinations(user);
        if (!signedIn)
        {
            html.Append("<p class=\"nhsuk-body\">Sign in with your work account to use it.</p><a class=\"nhsuk-button\" href=\"/signin\">Sign in</a>");
        }
        else if (links.Count == 0)
        {
            html.Append("<p class=\"nhsuk-body\">").Append(E($"You are signed in as {user.Identity!.Name}, but no ContractDocs role is assigned to you. Ask an administrator for the commissioner, legal or procurement role as fits your work.")).Append("</p>");
        }
        else
        {
            html.Append("<ul class=\"nhsuk-grid-row nhsuk-card-group\">");
            foreach (var (title, href, text) in links)
            {
                html.Append("<li class=\"nhsuk-grid-column-one-third nhsuk-card-group__item\"><div class=\"nhsuk-card nhsuk-card--clickable\"><div class=\"nhsuk-card__content\"><h2 class=\"nhsuk-card__heading nhsuk-heading-m\">")
                    .Append(Link(title, href).Replace("nhsuk-link", "nhsuk-card__link", StringComparison.Ordinal)).Append("</h2><p class=\"nhsuk-card__description\">").Append(E(text)).Append("</p></div></div></li>");
            }

            html.Append("</ul>");
        }

        html.Append("<h2 class=\"nhsuk-heading-m\">For developers</h2><p class=\"nhsuk-body\">The API is described in ").Append(Link("the OpenAPI document", "/api/openapi.json")).Append(".</p>");
        return Page(ServiceName, html.ToString());
    }
}
