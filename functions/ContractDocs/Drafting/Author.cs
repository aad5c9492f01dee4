namespace ContractDocs.Drafting;

/// <summary>Who is acting: the stable id of their account (Entra object id, or the name identifier claim), which owns
/// what they create, and their name, for people to read. Both non-empty.</summary>
public sealed record Author
{
    public Author(string id, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
    }

    public string Id { get; }

    public string Name { get; }

    /// <summary>The identity the blob trigger files incoming documents under.</summary>
    public static Author Incoming { get; } = new("system:incoming", "incoming");
}
