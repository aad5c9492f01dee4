using System.Collections.Immutable;

namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>A core element of the contracting model and its criteria.</summary>
public sealed record ElementSummary(string Id, string Title, string Summary, ImmutableArray<CriterionSummary> Criteria);
