using System.Collections.Immutable;
using ContractDocs.Library;
using ContractDocs.Model;

namespace ContractDocs.Selection;

/// <summary>The JSON shape of an assembly plan, as the CLI prints it and the API returns it.</summary>
public sealed record PlanSummary(
    string Release,
    string Model,
    string SelectionSha256,
    ImmutableArray<PlanSummary.ClauseEntry> Clauses,
    ImmutableArray<PlanSummary.SpecificationEntry> Specifications,
    ImmutableArray<PlanSummary.VariableEntry> Variables)
{
    public static PlanSummary From(AssemblyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanSummary(
            plan.Release.Id,
            plan.Model,
            plan.SelectionSha256,
            [.. plan.Clauses.Select(c => new ClauseEntry(
                c.Clause.Id, c.Clause.Version.ToString(), c.Clause.Title, c.Clause.Sha256, c.Specification, c.Reason.ToString()))],
            [.. plan.Specifications.Select(s => new SpecificationEntry(s.Id, s.Reason.ToString()))],
            [.. plan.Variables.Select(v => new VariableEntry(
                v.Name, VariableTypes.Name(v.Type), v.Required, v.Description, plan.Values.ContainsKey(v.Name)))]);
    }

    public sealed record ClauseEntry(string Id, string Version, string Title, string Sha256, string? Specification, string Reason);

    public sealed record SpecificationEntry(string Id, string Reason);

    public sealed record VariableEntry(string Name, string Type, bool Required, string Description, bool Provided);
}
