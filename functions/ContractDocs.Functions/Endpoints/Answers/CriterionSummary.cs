using System.Collections.Immutable;

namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>A criterion: the models it applies to, its default specifications and its specifications.</summary>
public sealed record CriterionSummary(string Id, string Title, string Help, ImmutableArray<string> Models, ImmutableArray<string> Defaults, ImmutableArray<SpecificationSummary> Specifications);
