using System.Security.Claims;

namespace ContractDocs.Functions.Auth;

/// <summary>
/// The one shape of a signed-in caller, whatever proved who they are (an Entra access token, the pages' sign-in, a
/// trusted platform header, the development identity): the account's stable id as the name identifier (the Entra
/// object id, else the name identifier or subject), the display name, and the app roles. What a caller creates is owned
/// by that id, never by the display name, which two people can share: claims with no such id are refused.
/// </summary>
public static class AccountClaims
{
    public const string NoAccountId = "Your sign-in carries no account id (an Entra object id or name identifier), so ContractDocs cannot tell whose contracts are yours. Sign in with a work account.";

    /// <summary>The claims that carry an account's stable id, in order of preference.</summary>
    private static readonly string[] IdTypes = ["http://schemas.microsoft.com/identity/claims/objectidentifier", "oid", ClaimTypes.NameIdentifier, "nameidentifier", "sub"];

    private static readonly string[] NameTypes = ["name", ClaimTypes.Name, "preferred_username"];

    private static readonly string[] RoleTypes = ["roles", ClaimTypes.Role, "role"];

    /// <summary>The caller, or null when the claims name no account id.</summary>
    /// <param name="nameType">A claim type the source says carries the name, tried first.</param>
    /// <param name="roleType">A claim type the source says carries roles, besides the usual ones.</param>
    public static ClaimsPrincipal? Principal(IReadOnlyList<(string Type, string Value)> claims, string authenticationType, string? nameType = null, string? roleType = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var id = IdTypes.Select(type => claims.FirstOrDefault(c => c.Type == type).Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (id is null)
        {
            return null;
        }

        var name = new[] { nameType }.Concat(NameTypes).Where(t => t is not null).Select(t => claims.FirstOrDefault(c => c.Type == t).Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? id;
        var roles = claims.Where(c => c.Type == roleType || RoleTypes.Contains(c.Type)).Select(c => c.Value);
        return Principal(id, name, roles, authenticationType);
    }

    public static ClaimsPrincipal? Principal(ClaimsPrincipal user, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Principal([.. user.Claims.Select(c => (c.Type, c.Value))], authenticationType);
    }

    public static ClaimsPrincipal Principal(string id, string name, IEnumerable<string> roles, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, id));
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        identity.AddClaims(roles.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(identity);
    }
}
