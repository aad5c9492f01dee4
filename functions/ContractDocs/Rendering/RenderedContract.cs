using System.Collections.Immutable;

namespace ContractDocs.Rendering;

/// <summary>What rendering produced, besides the bytes: how many clauses and schedules, the terms defined, and where
/// each clause and schedule starts (its heading's bookmark and its key, for redlines).</summary>
public sealed record RenderedContract(int ClauseCount, ImmutableArray<string> Schedules, ImmutableArray<string> TermsUsed, ImmutableArray<Redline.RedlineSection> Sections);
