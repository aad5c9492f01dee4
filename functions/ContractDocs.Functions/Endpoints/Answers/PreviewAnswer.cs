using System.Collections.Immutable;
using ContractDocs.Functions.Http;
using ContractDocs.Selection;

namespace ContractDocs.Functions.Endpoints.Answers;

/// <summary>POST /api/preview: whether the selection can be built, the plan so far, and every problem in the way.</summary>
public sealed record PreviewAnswer(bool Buildable, PlanSummary? Plan, ImmutableArray<ProblemEntry> Problems);
