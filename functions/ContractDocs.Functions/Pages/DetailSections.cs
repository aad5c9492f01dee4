using System.Collections.Immutable;
using ContractDocs.Library;
using ContractDocs.Model;
using ContractDocs.Selection;

namespace ContractDocs.Functions.Pages;

/// <summary>
/// The details page in sections, so a commissioner works through one topic at a time instead of a single list of
/// seventy fields: the contract itself (model.yaml's variables: title, reference, parties, dates), then each element of
/// the contracting model in the model's order, then the general terms and schedules. A value goes in the section of the
/// first clause of the plan that declares it, by the element of the specification that clause was chosen for; a value
/// of a clause every contract has, or one another clause brought in, goes under the general terms. Sections with no
/// values are left out. Every value is in exactly one section, in the plan's order.
/// </summary>
public static class DetailSections
{
    public const string ContractTitle = "The contract and its parties";
    public const string GeneralTitle = "General terms and schedules";

    public sealed record Section(string Id, string Title, ImmutableArray<VariableDefinition> Variables);

    public static IReadOnlyList<Section> Of(ClauseLibrary library, AssemblyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(plan);
        var model = library.Model;
        var contractLevel = model.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var elementOf = model.Elements.SelectMany(e => e.Criteria.SelectMany(c => c.Specifications).Select(s => (s.Id, Element: e.Id)))
            .ToDictionary(x => x.Id, x => x.Element, StringComparer.Ordinal);
        var home = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var clause in plan.Clauses)
        {
            var section = clause.Specification is { } specification && elementOf.TryGetValue(specification, out var element) ? element : "general";
            foreach (var variable in clause.Clause.Variables)
            {
                home.TryAdd(variable.Name, section);
            }
        }

        string Home(VariableDefinition v) => contractLevel.Contains(v.Name) ? "contract" : home.GetValueOrDefault(v.Name, "general");
        var order = new List<(string Id, string Title)> { ("contract", ContractTitle) };
        order.AddRange(model.Elements.Select(e => (e.Id, e.Title)));
        order.Add(("general", GeneralTitle));
        return [.. order
            .Select(s => new Section(s.Id, s.Title, [.. plan.Variables.Where(v => Home(v) == s.Id)]))
            .Where(s => !s.Variables.IsEmpty)];
    }
}
