namespace ContractDocs.Storage;

/// <summary>One document of a contract: a generated draft or an executed copy filed by procurement; who added it (their
/// name, and the stable id of their account) and when. A draft made later by moving the contract to a newer release
/// names that <see cref="Release"/>; the first draft's release is the record's.</summary>
public sealed record ContractDocumentEntry(
    string Id,
    string Kind,
    string Name,
    string ContentType,
    string Sha256,
    long Length,
    string AddedBy,
    DateTimeOffset AddedAt,
    string? OriginalName,
    string? AddedById = null,
    string? Release = null)
{
    public const string Draft = "draft";
    public const string Executed = "executed";
}
