using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ContractDocs.Functions.Auth;

/// <summary>Identity for both hosts: the <see cref="CallerAuthenticationHandler"/> as the one default scheme, behind it
/// JwtBearer for the API's Entra access tokens and Microsoft.Identity.Web's OpenID Connect sign-in (ID token only, so
/// no client secret) with a cookie session for the pages, all configured from <see cref="EntraOptions"/>; and the role
/// policies.</summary>
public static class ContractDocsIdentity
{
    /// <param name="configuration">Read here for <see cref="EntraOptions"/>: whether tokens and sign-in are offered at all
    /// is decided once, at start-up.</param>
    public static IServiceCollection AddContractDocsIdentity(this IServiceCollection services, IConfiguration configuration, IdentityHost host)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(host);
        var entra = configuration.GetSection(EntraOptions.Section).Get<EntraOptions>() ?? new EntraOptions();
        services.AddSingleton(host);
        services.AddSingleton(Options.Create(entra));
        services.AddOptions<ContractDocsOptions>().Validate(
            o => string.IsNullOrWhiteSpace(o.DevelopmentIdentity) || (host.AcceptsDevelopmentIdentity && !DevelopmentIdentity.InAzure),
            "ContractDocs:DevelopmentIdentity is for a developer's machine only: remove it. Under the Functions host and in Azure, callers prove who they are with Entra ID.");

        var authentication = services.AddAuthentication(CallerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CallerAuthenticationHandler>(CallerAuthenticationHandler.SchemeName, null);
        if (!entra.Enabled)
        {
            services.AddAuthorizationPolicies();
            return services;
        }

        authentication.AddJwtBearer(o =>
        {
            o.Authority = entra.Authority;
            o.MapInboundClaims = false;
            o.TokenValidationParameters.ValidIssuer = entra.Authority;
            o.TokenValidationParameters.ValidAudiences = entra.Audiences;
            o.TokenValidationParameters.NameClaimType = "name";
            o.TokenValidationParameters.RoleClaimType = "roles";
        });

        // The pages' sign-in: an ID token posted back to /signin-oidc (no client secret), kept in a cookie session.
        authentication.AddMicrosoftIdentityWebApp(
            o =>
            {
                o.Instance = entra.Instance;
                o.TenantId = entra.TenantId;
                o.ClientId = entra.ClientId;
                o.ResponseType = OpenIdConnectResponseType.IdToken;
                o.CallbackPath = "/signin-oidc";
            },
            cookie =>
            {
                cookie.Cookie.Name = "ContractDocs.Session";
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            },
            OpenIdConnectDefaults.AuthenticationScheme,
            CookieAuthenticationDefaults.AuthenticationScheme);
        services.AddAuthorizationPolicies();
        return services;
    }

    private static void AddAuthorizationPolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Drafting, p => p.RequireRole(Roles.Commissioner, Roles.Legal))
            .AddPolicy(Roles.Reading, p => p.RequireRole(Roles.Commissioner, Roles.Legal, Roles.Procurement))
            .AddPolicy(Roles.Filing, p => p.RequireRole(Roles.Procurement))
            .AddPolicy(Roles.Publishing, p => p.RequireRole(Roles.Legal));
}
