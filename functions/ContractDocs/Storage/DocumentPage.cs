using System.Collections.Immutable;

namespace ContractDocs.Storage;

/// <summary>One page of a listing, and the store's token for the next (null on the last page). The token is the
/// store's own: pass it back unchanged.</summary>
public sealed record DocumentPage(ImmutableArray<StoredDocument> Items, string? Continuation);
