namespace ContractDocs.Functions.Auth;

/// <summary>Which host the app runs in: the development identity is accepted on the local host only.</summary>
public sealed record IdentityHost(string Name, bool AcceptsDevelopmentIdentity)
{
    public static readonly IdentityHost Local = new("local host", AcceptsDevelopmentIdentity: true);

    public static readonly IdentityHost Functions = new("Functions host", AcceptsDevelopmentIdentity: false);
}
