using System.Security.Claims;

namespace ContractDocs.Functions.Auth;

/// <summary><c>ContractDocs:DevelopmentIdentity</c> ("name:role,role"): locally only, the caller when no other identity
/// arrives. The same role checks run. Refused under the Functions host and on any Azure instance.</summary>
public static class DevelopmentIdentity
{
    /// <summary>True on an App Service or Functions instance in Azure (the platform sets these).</summary>
    public static bool InAzure => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WEBSITE_INSTANCE_ID")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WEBSITE_SITE_NAME"));

    public static ClaimsPrincipal? Parse(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return null;
        }

        var parts = setting.Split(':', 2);
        var roles = parts.Length > 1 ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        return AccountClaims.Principal("development:" + parts[0], parts[0], roles, "development");
    }
}
