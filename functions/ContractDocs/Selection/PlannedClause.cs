using ContractDocs.Library;

namespace ContractDocs.Selection;

/// <summary>One clause version in an assembly plan, and why it is there.</summary>
/// <param name="Specification">The specification it was included for, or null for core and directly required clauses.</param>
public sealed record PlannedClause(ClauseVersion Clause, InclusionReason Reason, string? Specification);
