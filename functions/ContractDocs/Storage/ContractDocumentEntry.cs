namespace ContractDocs.Storage;

/// <summary>One document of a contract: a generated draft or an executed copy filed by procurement.</summary>
public sealed record ContractDocumentEntry(
    string Id,
    string Kind,
    string Name,
    string ContentType,
    string Sha256,
    long Length,
    string AddedBy,
    DateTimeOffset AddedAt,
    string? OriginalName)
{
    public const string Draft = "draft";
    public const string Executed = "executed";
}
