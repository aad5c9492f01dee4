namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>The 201 body of a drafted contract.</summary>
public sealed record DraftedContract(
    string ContractId,
    string DocumentId,
    string Release,
    string Model,
    string SelectionSha256,
    string DocumentSha256,
    System.Collections.Immutable.ImmutableArray<DraftedClause> Clauses,
    string ReadLink,
    DateTimeOffset? ReadLinkExpires);
