using System.Collections.Immutable;

namespace ContractDocs.Selection;

/// <summary>A selection read from JSON, or the problems that stopped it (never both).</summary>
public sealed record SelectionReadResult(ContractSelection? Selection, ImmutableArray<SelectionProblem> Problems);
