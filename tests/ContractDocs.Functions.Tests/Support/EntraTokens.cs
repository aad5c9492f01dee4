using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ContractDocs.Functions.Tests.Support;

/// <summary>A stand-in Entra tenant for tests: its own RSA signing key, access tokens signed with it, and the
/// validators pointed at its keys directly (a static configuration: no metadata is fetched from anywhere).</summary>
public sealed class EntraTokens : IDisposable
{
    public const string Instance = "https://login.test.invalid/";
    public const string Tenant = "test-tenant";
    public const string ClientId = "test-client";
    public const string Issuer = Instance + Tenant + "/v2.0";
    public const string AuthorizeEndpoint = Instance + Tenant + "/oauth2/v2.0/authorize";

    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _stranger = RSA.Create(2048);

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["ContractDocs:Entra:Instance"] = Instance,
        ["ContractDocs:Entra:TenantId"] = Tenant,
        ["ContractDocs:Entra:ClientId"] = ClientId,
    };

    public SecurityKey SigningKey => new RsaSecurityKey(_key) { KeyId = "tenant-key" };

    /// <summary>Points JwtBearer and the pages' OpenID Connect handler at this tenant's keys and endpoints.</summary>
    public void Configure(IServiceCollection services)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Issuer, AuthorizationEndpoint = AuthorizeEndpoint };
        configuration.SigningKeys.Add(SigningKey);
        var manager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            o.Configuration = configuration;
            o.ConfigurationManager = manager;
        });
        services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
        {
            o.Configuration = configuration;
            o.ConfigurationManager = manager;
        });
    }

    /// <summary>An access token as Entra issues one for the app (v2.0), with the given app roles.</summary>
    public string Token(string? objectId, string name, string[] roles, string issuer = Issuer, string audience = "api://" + ClientId, TimeSpan? expiresIn = null, bool strangerSigns = false)
    {
        var claims = new Dictionary<string, object> { ["name"] = name, ["roles"] = roles, ["tid"] = Tenant, ["ver"] = "2.0" };
        if (objectId is not null)
        {
            claims["oid"] = objectId;
        }

        var now = DateTime.UtcNow;
        var lifetime = expiresIn ?? TimeSpan.FromHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now + (lifetime < TimeSpan.Zero ? lifetime * 2 : TimeSpan.Zero),
            NotBefore = now + (lifetime < TimeSpan.Zero ? lifetime * 2 : TimeSpan.Zero),
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(strangerSigns ? new RsaSecurityKey(_stranger) { KeyId = "tenant-key" } : SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose()
    {
        _key.Dispose();
        _stranger.Dispose();
    }
}
