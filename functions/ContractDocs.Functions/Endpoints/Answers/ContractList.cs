using System.Collections.Immutable;

namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>GET /api/contracts: a page of contracts, newest first, and the token for the next page (null: the last).</summary>
public sealed record ContractList(ImmutableArray<ContractListItem> Items, string? Continuation);
