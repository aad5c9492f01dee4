using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Hosting;
using ContractDocs.Functions.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace ContractDocs.Functions.Endpoints;

/// <summary>The pages' sign-in with Entra ID (OpenID Connect, an ID token posted back to /signin-oidc). The callback is
/// answered by the sign-in handler before any endpoint runs; it is a function so that the Functions host forwards it.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/signin", SignIn).AsFunction(nameof(SignIn), AuthorizationLevel.Anonymous);
        group.MapPost("/signin-oidc", SignInCallback).DisableAntiforgery().AsFunction(nameof(SignInCallback), AuthorizationLevel.Anonymous);
        return routes;
    }

    /// <summary>GET /signin: to Entra to sign in, then back to the start page. Without Entra configured there is
    /// nothing to sign in with (404).</summary>
    public static IResult SignIn(IOptions<EntraOptions> entra)
    {
        ArgumentNullException.ThrowIfNull(entra);
        return entra.Value.Enabled
            ? TypedResults.Challenge(new AuthenticationProperties { RedirectUri = "/" }, [OpenIdConnectDefaults.AuthenticationScheme])
            : ApiProblems.Problem(404, "no-sign-in", ApiProblems.Title(404), "This ContractDocs has no Entra sign-in configured (ContractDocs:Entra).");
    }

    /// <summary>Reached only when the sign-in handler did not take the post: Entra is not configured here.</summary>
    public static ProblemResult SignInCallback() =>
        ApiProblems.Problem(404, "no-sign-in", ApiProblems.Title(404), "This ContractDocs has no Entra sign-in configured (ContractDocs:Entra).");
}
