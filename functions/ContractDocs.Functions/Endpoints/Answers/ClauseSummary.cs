using System.Collections.Immutable;

namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>A clause version pinned by a release, with the values it needs.</summary>
public sealed record ClauseSummary(string Id, string Version, string Title, string Status, ImmutableArray<string> Implements, ImmutableArray<string> Models, bool Core, string Sha256, ImmutableArray<VariableSummary> Variables);
