using System.Collections.Immutable;
using System.Text.Json;
using ContractDocs.Library;
using ContractDocs.Model;

namespace ContractDocs.Selection;

/// <summary>
/// What a contract is built from: the release and model, every clause version in document order, the
/// specifications chosen (with why), the variables the clauses need, and the commissioner's values.
/// Immutable; the same selection and release always give an equal plan.
/// </summary>
public sealed record AssemblyPlan
{
    public required LibraryRelease Release { get; init; }

    public required string Model { get; init; }

    /// <summary>Clause versions in document order: front core, then element -> criterion -> specification, then back core.</summary>
    public required ImmutableArray<PlannedClause> Clauses { get; init; }

    /// <summary>Specification ids in model order with why each is in.</summary>
    public required ImmutableArray<(string Id, InclusionReason Reason)> Specifications { get; init; }

    /// <summary>Every variable the plan needs, merged across declarations, contract-level ones first.</summary>
    public required ImmutableArray<VariableDefinition> Variables { get; init; }

    public required ImmutableSortedDictionary<string, JsonElement> Values { get; init; }

    /// <summary>Lower-case hex SHA-256 of the selection in canonical JSON.</summary>
    public required string SelectionSha256 { get; init; }

    /// <summary>Terms and their definitions, from every included clause, sorted by term.</summary>
    public required ImmutableArray<TermDefinition> Definitions { get; init; }
}
