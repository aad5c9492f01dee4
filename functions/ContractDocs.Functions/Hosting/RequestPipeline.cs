using ContractDocs.Functions.Http;
using ContractDocs.Functions.Pages;

namespace ContractDocs.Functions.Hosting;

/// <summary>What every request goes through before its handler, in this order, on both hosts: the security headers,
/// the one exception map (problem details), bodiless 401/403/404/405 as problem details, who the caller is, whether
/// their role allows the route, the cross-site write check and the pages' form tokens. The local host puts these in
/// front of its endpoints; the Functions app runs the same pipeline around each function's handler
/// (<see cref="Functions.FunctionAnswers"/>).</summary>
public static class RequestPipeline
{
    public static IApplicationBuilder UseContractDocs(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusPages.WriteProblem);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseSameOriginWrites();
        app.UseFormTokens();
        return app;
    }
}
