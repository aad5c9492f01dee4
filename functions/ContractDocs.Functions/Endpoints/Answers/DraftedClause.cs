namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>One clause of a drafted contract.</summary>
public sealed record DraftedClause(string Id, string Version, string Title, string Sha256);
