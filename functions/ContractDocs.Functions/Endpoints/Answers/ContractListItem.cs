namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>One contract in a listing: <see cref="Release"/> is the release its newest draft is on (the one it was
/// created from, until it is moved).</summary>
public sealed record ContractListItem(string Id, string Title, string Release, string Model, string Status, string CreatedBy, DateTimeOffset CreatedAt);
