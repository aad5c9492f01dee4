namespace ContractDocs.Functions.Http;

/// <summary>
/// The headers every answer carries: a Content-Security-Policy that allows no inline script, nothing from elsewhere
/// but the NHS's web fonts, and no framing; the older frame and sniffing headers for older browsers; no referrer sent
/// to another site; and, but for the static assets, no caching (pages and answers hold contract and NHS data).
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' https://assets.nhs.uk; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" on its own form posts.
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (!IsStaticAsset(context.Request.Path))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });

    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/nhsuk", StringComparison.Ordinal) || path.StartsWithSegments("/site", StringComparison.Ordinal);
}
