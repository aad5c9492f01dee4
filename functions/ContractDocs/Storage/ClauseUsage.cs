using System.Collections.Immutable;

namespace ContractDocs.Storage;

/// <summary>A contract that contains a clause version: its id, title and the newest release of those documents, and
/// which of its documents (draft "d-…", a moved draft "m-…", signed copy "x-…") contain it.</summary>
public sealed record ClauseUsage(string ContractId, string Title, string Release, ImmutableArray<ClauseUsageDocument> Documents);

/// <summary>One document of a contract that contains the clause version: its id, kind (draft or executed) and the release
/// it stands on.</summary>
public sealed record ClauseUsageDocument(string Id, string Kind, string Release);

/// <summary>One page of the contracts using a clause version, in contract-id order, and the token for the next.</summary>
public sealed record ClauseUsagePage(ImmutableArray<ClauseUsage> Items, string? Continuation);
