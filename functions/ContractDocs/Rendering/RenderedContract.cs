using System.Collections.Immutable;

namespace ContractDocs.Rendering;

/// <summary>What rendering produced, besides the bytes: how many clauses and schedules, and the terms defined.</summary>
public sealed record RenderedContract(int ClauseCount, ImmutableArray<string> Schedules, ImmutableArray<string> TermsUsed);
