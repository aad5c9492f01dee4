using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>What a person sees when a page cannot be shown: 404, 403, 500 and the rest as NHS.UK pages with the header,
/// a sentence on what happened and what to do, and a way back. The API keeps its problem details: a request gets a page
/// only when it is not under /api and its Accept header asks for HTML (a browser's navigation does; scripts, curl and
/// the tests' HTTP clients by default do not).</summary>
public static class ErrorPages
{
    public static bool WantsPage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && context.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
    }

    /// <param name="detail">The problem's own sentence, for faults a person can act on (storage down: try again).</param>
    public static PageResult Render(int status, string? detail = null)
    {
        var (title, text) = status switch
        {
            401 => ("Sign in to use ContractDocs", "This page is for people who are signed in."),
            403 => ("You do not have access to this page", "Your role does not open this page. Ask an administrator for the commissioner, legal or procurement role as fits your work."),
            404 => ("Page not found", "If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address. If a link brought you here, the contract or clause it named may not exist."),
            405 => ("Page not found", "This address cannot be used that way. Go back and use the page's own buttons."),
            503 => ("Sorry, there is a problem with the service", detail ?? "Try again in a few seconds."),
            >= 500 => ("Sorry, there is a problem with the service", detail ?? "Try again later. Nothing partial was saved."),
            _ => ("There is a problem with this request", detail ?? "Go back and try again."),
        };
        var body = $"<p class=\"nhsuk-body\">{E(text)}</p>"
            + (status == 401 ? "<a class=\"nhsuk-button\" href=\"/signin\">Sign in</a>" : string.Empty)
            + $"<p class=\"nhsuk-body\">{Link("Go to the ContractDocs start page", "/")}</p>";
        return Page(title, body).WithStatus(status);
    }
}
