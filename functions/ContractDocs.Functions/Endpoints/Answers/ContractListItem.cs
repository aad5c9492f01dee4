namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>One contract in a listing.</summary>
public sealed record ContractListItem(string Id, string Title, string Release, string Model, string Status, string CreatedBy, DateTimeOffset CreatedAt);
