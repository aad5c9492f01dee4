namespace ContractDocs.Functions.Auth;

/// <summary>The app roles (Entra ID app roles in Azure) and the policies built from them.</summary>
public static class Roles
{
    public const string Commissioner = "commissioner";
    public const string Legal = "legal";
    public const string Procurement = "procurement";

    /// <summary>Browse the catalogue, preview and generate: commissioners and legal.</summary>
    public const string Drafting = "drafting";

    /// <summary>Read contracts and their documents and audit trail: every role (commissioners their own).</summary>
    public const string Reading = "reading";

    /// <summary>Upload executed documents: procurement.</summary>
    public const string Filing = "filing";

    /// <summary>Publish library releases: legal.</summary>
    public const string Publishing = "publishing";
}
