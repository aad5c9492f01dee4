using Microsoft.AspNetCore.Diagnostics;
using ContractDocs.Functions.Pages;

namespace ContractDocs.Functions.Http;

/// <summary>Bodiless 401/403/404/405 answers become problem details too, or, for a person's browser asking for a page
/// outside /api, an HTML error page (<see cref="ErrorPages"/>).</summary>
public static class StatusPages
{
    public static async Task WriteProblem(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.HttpContext.Response.StatusCode;
        if (ErrorPages.WantsPage(context.HttpContext))
        {
            await ErrorPages.Render(status).ExecuteAsync(context.HttpContext);
            return;
        }

        var (code, detail) = status switch
        {
            401 => ("unauthenticated", context.HttpContext.Items[Auth.Callers.FailureItem] as string ?? "Sign in first: this request carried no identity."),
            403 => ("forbidden", "Your role does not allow this. Ask an administrator for the commissioner, legal or procurement role as fits your work."),
            404 => ("not-found", "There is nothing at this address."),
            405 => ("method-not-allowed", "This address does not accept that method."),
            _ => ("http-" + status, "The request could not be handled."),
        };
        await new ProblemResult(status, code, ApiProblems.Title(status), detail, null, [], null).ExecuteAsync(context.HttpContext);
    }
}
