using Microsoft.AspNetCore.Antiforgery;

namespace ContractDocs.Functions.Pages;

/// <summary>The pages' form posts must carry the antiforgery token their page was sent with (plain form posts, so this
/// works without JavaScript). A post to an endpoint marked <see cref="RequireAntiforgeryToken"/> without a valid one is
/// refused before its handler runs. Metadata and middleware rather than an endpoint filter, so that the Functions app,
/// which runs the handlers itself, checks exactly as the local host does.</summary>
public static class FormPosts
{
    public const string TokenField = "__RequestVerificationToken";

    public static RouteHandlerBuilder RequireAntiforgeryToken(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(FormTokenRequired.Instance);

    public static IApplicationBuilder UseFormTokens(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            if (http.GetEndpoint()?.Metadata.GetMetadata<FormTokenRequired>() is not null && http.Request.HasFormContentType)
            {
                // Read first: a form the framework cannot read is answered as such (400 unreadable-form), not as a bad token.
                await http.Request.ReadFormAsync(http.RequestAborted);
                try
                {
                    await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
                }
                catch (AntiforgeryValidationException)
                {
                    await Http.ApiProblems.Problem(400, "form-expired", "The form was not accepted",
                        "This form could not be checked as one ContractDocs sent you (it may be old, or have come from another site), so nothing was done. Go back, reload the page and send it again.").ExecuteAsync(http);
                    return;
                }
            }

            await next(http);
        });

    /// <summary>Endpoint metadata: a form post to this endpoint needs its page's token.</summary>
    public sealed class FormTokenRequired
    {
        public static readonly FormTokenRequired Instance = new();

        private FormTokenRequired()
        {
        }
    }
}
