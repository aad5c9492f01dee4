namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>A contract model (accountable care, alliance, lead provider, outcomes-based).</summary>
public sealed record ModelSummary(string Id, string Title, string Summary);
