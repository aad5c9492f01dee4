namespace ContractDocs.Functions.Auth;

/// <summary>Settings under "ContractDocs:Entra": the Entra ID app registration whose access tokens the API accepts and
/// through which the pages sign people in. Unset (no tenant or no client id): neither is offered.</summary>
public sealed class EntraOptions
{
    public const string Section = "ContractDocs:Entra";

    /// <summary>The sign-in authority's host, e.g. https://login.microsoftonline.com/.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    public string? TenantId { get; set; }

    /// <summary>The app registration's client (application) id.</summary>
    public string? ClientId { get; set; }

    /// <summary>The audience access tokens must name; default api://{ClientId} (the client id itself is accepted too).</summary>
    public string? Audience { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The v2.0 authority, which is also the issuer of the tenant's tokens.</summary>
    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";

    public IReadOnlyList<string> Audiences => [Audience ?? $"api://{ClientId}", ClientId!];
}
