namespace ContractDocs.Storage;

/// <summary>A contract as a listing shows it, read from the index without opening its record.</summary>
public sealed record ContractSummary(
    string Id,
    string Title,
    string Release,
    string Model,
    string Status,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string DraftDocumentId);
