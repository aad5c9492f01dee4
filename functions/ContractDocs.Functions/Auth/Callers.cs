using System.Security.Claims;
using ContractDocs.Drafting;

namespace ContractDocs.Functions.Auth;

/// <summary>The signed-in caller as the engine sees them. Authentication guarantees both claims are there.</summary>
public static class Callers
{
    /// <summary>Where a refused sign-in leaves its reason for the 401 answer.</summary>
    public const string FailureItem = "contractdocs-auth-failure";

    public static Author Author(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new Author(user.FindFirstValue(ClaimTypes.NameIdentifier)!, user.Identity!.Name!);
    }

    /// <summary>Legal and procurement see every contract; anyone else only their own.</summary>
    public static bool SeesAllContracts(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Legal) || user.IsInRole(Roles.Procurement);
    }
}
