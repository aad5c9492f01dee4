using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ContractDocs.Functions.Auth;

/// <summary>
/// Reads the caller from App Service Authentication's <c>X-MS-CLIENT-PRINCIPAL</c> header (base64 JSON of claims;
/// roles from the role claim type it names) when that header is trusted, or from the development identity option
/// when running locally. Either way the same role policies decide. No identity: 401; wrong role: 403.
/// What a caller creates is owned by the stable id of their account (the Entra object id, else the name identifier),
/// never by their display name, which two people can share: a principal with no such id is refused (401).
/// </summary>
public sealed class PrincipalAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    public const string SchemeName = "AppServicePrincipal";
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The claims that carry an account's stable id, in order of preference.</summary>
    private static readonly string[] ObjectIdTypes = ["http://schemas.microsoft.com/identity/claims/objectidentifier", "oid", ClaimTypes.NameIdentifier, "nameidentifier"];

    private readonly IOptions<ContractDocsOptions> _settings;

    public PrincipalAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<ContractDocsOptions> settings)
        : base(options, logger, encoder) => _settings = settings;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var settings = _settings.Value;
        var trusted = settings.TrustPrincipalHeader || string.Equals(Environment.GetEnvironmentVariable("WEBSITE_AUTH_ENABLED"), "True", StringComparison.OrdinalIgnoreCase);
        if (trusted && Request.Headers.TryGetValue(Header, out var header) && header.Count == 1)
        {
            return Task.FromResult(FromHeader(header[0]!));
        }

        if (!string.IsNullOrWhiteSpace(settings.DevelopmentIdentity))
        {
            var parts = settings.DevelopmentIdentity.Split(':', 2);
            var roles = parts.Length > 1 ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            return Task.FromResult(Success("development:" + parts[0], parts[0], roles, "development"));
        }

        return Task.FromResult(AuthenticateResult.NoResult());
    }

    private AuthenticateResult FromHeader(string value)
    {
        try
        {
            using var json = JsonDocument.Parse(Convert.FromBase64String(value));
            var root = json.RootElement;
            var nameType = root.TryGetProperty("name_typ", out var n) ? n.GetString() : ClaimTypes.Name;
            var roleType = root.TryGetProperty("role_typ", out var r) ? r.GetString() : ClaimTypes.Role;
            var claims = root.GetProperty("claims").EnumerateArray()
                .Select(c => (Type: c.GetProperty("typ").GetString(), Value: c.GetProperty("val").GetString()))
                .Where(c => c.Type is not null && c.Value is not null)
                .ToList();
            var id = ObjectIdTypes.Select(type => claims.FirstOrDefault(c => c.Type == type).Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
            if (id is null)
            {
                return Refuse("Your sign-in carries no account id (an Entra object id or name identifier), so ContractDocs cannot tell whose contracts are yours. Sign in with a work account.");
            }

            var name = claims.FirstOrDefault(c => c.Type == nameType).Value ?? claims.FirstOrDefault(c => c.Type == "preferred_username").Value ?? id;
            var roles = claims.Where(c => c.Type == roleType || c.Type == "roles").Select(c => c.Value!);
            return Success(id, name, roles, root.TryGetProperty("auth_typ", out var a) ? a.GetString() ?? "aad" : "aad");
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return Refuse("The X-MS-CLIENT-PRINCIPAL header is not a valid principal.");
        }
    }

    private AuthenticateResult Refuse(string reason)
    {
        Context.Items[Callers.FailureItem] = reason;
        return AuthenticateResult.Fail(reason);
    }

    private static AuthenticateResult Success(string id, string name, IEnumerable<string> roles, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, id));
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        identity.AddClaims(roles.Distinct(StringComparer.Ordinal).Select(role => new Claim(ClaimTypes.Role, role)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
