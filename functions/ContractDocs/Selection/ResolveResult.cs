using System.Collections.Immutable;

namespace ContractDocs.Selection;

/// <summary>A plan, or every reason the selection cannot become one.</summary>
public sealed record ResolveResult(AssemblyPlan? Plan, ImmutableArray<SelectionProblem> Problems)
{
    public bool Succeeded => Plan is not null && Problems.IsEmpty;
}
