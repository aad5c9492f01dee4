using System.Collections.Immutable;

namespace ContractDocs.Storage;

/// <summary>One page of contracts, newest first, and the token for the next page (null on the last).</summary>
public sealed record ContractPage(ImmutableArray<ContractSummary> Items, string? Continuation);
