using Microsoft.AspNetCore.Antiforgery;

namespace ContractDocs.Functions.Pages;

/// <summary>The pages' form posts must carry the antiforgery token their page was sent with (plain form posts, so this
/// works without JavaScript). A post without a valid one is refused before it does anything.</summary>
public static class FormPosts
{
    public const string TokenField = "__RequestVerificationToken";

    public static RouteHandlerBuilder RequireAntiforgeryToken(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.Request.HasFormContentType)
            {
                // Read first: a form the framework cannot read is answered as such (400 unreadable-form), not as a bad token.
                await http.Request.ReadFormAsync(http.RequestAborted);
                try
                {
                    await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
                }
                catch (AntiforgeryValidationException)
                {
                    return Http.ApiProblems.Problem(400, "form-expired", "The form was not accepted",
                        "This form could not be checked as one ContractDocs sent you (it may be old, or have come from another site), so nothing was done. Go back, reload the page and send it again.");
                }
            }

            return await next(context);
        });
}
