using System.Net;

namespace ContractDocs.Functions.Http;

/// <summary>
/// Refuses a request that changes something (any method but GET, HEAD, OPTIONS and TRACE) when a browser says it comes
/// from another site: Sec-Fetch-Site other than same-origin or none, or an Origin whose host is not this one. Browsers
/// send those headers on every cross-site post and scripts cannot forge them; programs (curl, the Functions host) send
/// neither and pass, so a signed-in person's browser cannot be made to file or draft by another site's page. The pages'
/// forms also carry antiforgery tokens; this is the check that also covers the API.
/// </summary>
public static class SameOriginWrites
{
    public static IApplicationBuilder UseSameOriginWrites(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!IsSafe(context.Request.Method) && CrossSite(context.Request) is { } reason)
            {
                await ApiProblems.Problem((int)HttpStatusCode.Forbidden, "cross-origin", ApiProblems.Title(403),
                    $"This request came from another site ({reason}), so it was refused and nothing was changed. Use ContractDocs' own pages.").ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static string? CrossSite(HttpRequest request)
    {
        // A browser that sends Sec-Fetch-Site has said where the request comes from, and a page cannot change it.
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none" ? null : $"Sec-Fetch-Site: {site}";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return null;
        }

        // The scheme is not compared: behind the platform's front end the app may see http for an https page.
        return Uri.TryCreate(origin, UriKind.Absolute, out var from) && string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Origin: {origin}";
    }
}
