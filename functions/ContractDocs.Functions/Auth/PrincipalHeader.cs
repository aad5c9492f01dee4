using System.Text;
using System.Text.Json;

namespace ContractDocs.Functions.Auth;

/// <summary>App Service Authentication's <c>X-MS-CLIENT-PRINCIPAL</c>: base64 JSON of the claims, naming the claim types
/// of the name and the roles. Only read when <see cref="ContractDocsOptions.TrustPrincipalHeader"/> says a platform in
/// front removes any such header a caller sends; anyone can write one.</summary>
public static class PrincipalHeader
{
    public const string Name = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The caller, or the reason the header is refused.</summary>
    public static (System.Security.Claims.ClaimsPrincipal? User, string? Refusal) Read(string value)
    {
        try
        {
            using var json = JsonDocument.Parse(Convert.FromBase64String(value));
            var root = json.RootElement;
            var nameType = root.TryGetProperty("name_typ", out var n) ? n.GetString() : null;
            var roleType = root.TryGetProperty("role_typ", out var r) ? r.GetString() : null;
            var claims = root.GetProperty("claims").EnumerateArray()
                .Select(c => (Type: c.GetProperty("typ").GetString(), Value: c.GetProperty("val").GetString()))
                .Where(c => c.Type is not null && c.Value is not null)
                .Select(c => (c.Type!, c.Value!))
                .ToList();
            var authType = root.TryGetProperty("auth_typ", out var a) ? a.GetString() ?? "aad" : "aad";
            var user = AccountClaims.Principal(claims, authType, nameType, roleType);
            return user is null ? (null, AccountClaims.NoAccountId) : (user, null);
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or DecoderFallbackException)
        {
            return (null, "The X-MS-CLIENT-PRINCIPAL header is not a valid principal.");
        }
    }
}
