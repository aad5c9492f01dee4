using System.Collections.Immutable;

namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>A specification a selection can choose.</summary>
public sealed record SpecificationSummary(string Id, string Title, string Help, ImmutableArray<string> Models);
