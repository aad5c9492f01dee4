using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace ContractDocs.Functions.Auth;

/// <summary>
/// Who the caller is, decided in one place for both hosts. In order: an <c>Authorization: Bearer</c> access token,
/// validated by the JwtBearer scheme against the Entra app registration (issuer, audience, signature, lifetime); the
/// <c>X-MS-CLIENT-PRINCIPAL</c> header, only when <see cref="ContractDocsOptions.TrustPrincipalHeader"/> says so; the
/// development identity, only on the local host; the pages' sign-in cookie. Whichever it is, the caller leaves here in
/// the one shape <see cref="AccountClaims"/> makes, and the same role policies decide: no identity 401 (a page, with
/// Entra configured: sent to sign in), the wrong role 403.
/// </summary>
public sealed class CallerAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    public const string SchemeName = "ContractDocs";

    private readonly IOptions<ContractDocsOptions> _settings;
    private readonly IOptions<EntraOptions> _entra;
    private readonly IdentityHost _host;

    public CallerAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
        IOptions<ContractDocsOptions> settings, IOptions<EntraOptions> entra, IdentityHost host)
        : base(options, logger, encoder)
    {
        _settings = settings;
        _entra = entra;
        _host = host;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var settings = _settings.Value;
        if (Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            if (!_entra.Value.Enabled)
            {
                return Refuse("This ContractDocs accepts no access tokens: no Entra app registration is configured (ContractDocs:Entra).");
            }

            var token = await Context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            return token.Succeeded ? From(token.Principal!, "aad")
                : Refuse("The access token was not accepted (its signature, issuer, audience or lifetime is not what ContractDocs trusts). Get a new token for ContractDocs and send it again.");
        }

        if (settings.TrustPrincipalHeader && Request.Headers.TryGetValue(PrincipalHeader.Name, out var header))
        {
            var (user, refusal) = header.Count == 1 ? PrincipalHeader.Read(header[0]!) : (null, "Send one X-MS-CLIENT-PRINCIPAL header.");
            return user is null ? Refuse(refusal!) : Success(user);
        }

        if (_host.AcceptsDevelopmentIdentity && DevelopmentIdentity.Parse(settings.DevelopmentIdentity) is { } development)
        {
            return Success(development);
        }

        if (_entra.Value.Enabled && Request.Cookies.Count > 0)
        {
            var session = await Context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            if (session.Succeeded)
            {
                return From(session.Principal!, "aad");
            }
        }

        return AuthenticateResult.NoResult();
    }

    /// <summary>A page asked for without a sign-in goes to Entra to sign in (when configured); anything else is 401,
    /// which the status-code map turns into problem details.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var page = (HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method)) && !Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        if (_entra.Value.Enabled && page && !Context.Items.ContainsKey(Callers.FailureItem))
        {
            await Context.ChallengeAsync(OpenIdConnectDefaults.AuthenticationScheme, new AuthenticationProperties { RedirectUri = Request.PathBase + Request.Path + Request.QueryString });
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        if (_entra.Value.Enabled)
        {
            Response.Headers.WWWAuthenticate = "Bearer";
        }
    }

    private AuthenticateResult From(System.Security.Claims.ClaimsPrincipal user, string authenticationType) =>
        AccountClaims.Principal(user, authenticationType) is { } caller ? Success(caller) : Refuse(AccountClaims.NoAccountId);

    private static AuthenticateResult Success(System.Security.Claims.ClaimsPrincipal user) => AuthenticateResult.Success(new AuthenticationTicket(user, SchemeName));

    private AuthenticateResult Refuse(string reason)
    {
        Context.Items[Callers.FailureItem] = reason;
        return AuthenticateResult.Fail(reason);
    }
}
