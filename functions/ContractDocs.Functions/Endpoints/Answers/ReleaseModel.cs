using System.Collections.Immutable;

namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>GET /api/releases/{release}/model: the contract models and the element, criterion and specification tree.</summary>
public sealed record ReleaseModel(string Release, ImmutableArray<ModelSummary> Models, ImmutableArray<ElementSummary> Elements);
