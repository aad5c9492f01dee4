using System.Collections.Immutable;
using ContractDocs.Library;

namespace ContractDocs.Selection;

/// <summary>
/// Turns a selection into an <see cref="AssemblyPlan"/> against one library: chooses criteria defaults, picks the
/// clause for the contract model, closes the plan under <c>requires</c>, checks <c>excludes</c>, references, terms
/// and variable values, and reports every problem at once. Thread-safe; build one per library and share it.
/// </summary>
public sealed class Resolver
{
    private readonly ClauseLibrary _library;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Templating.TemplateAnalysis> _analyses = new(StringComparer.Ordinal);

    public Resolver(ClauseLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        _library = library;
    }

    /// <summary>Resolves a selection. The plan is returned whenever the release and model are known, even with
    /// problems (a preview shows both); <see cref="ResolveResult.Succeeded"/> says whether it can be built.</summary>
    public ResolveResult Resolve(ContractSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var problems = new List<SelectionProblem>();
        var release = _library.FindRelease(selection.Release);
        if (release is null)
        {
            var known = string.Join(", ", _library.Releases.Select(r => r.Id));
            problems.Add(new SelectionProblem(ProblemCodes.UnknownRelease, $"There is no library release '{selection.Release}'. Releases: {known}.", "$.release", selection.Release));
        }

        var model = _library.Model.FindModel(selection.Model);
        if (model is null)
        {
            var known = string.Join(", ", _library.Model.Models.Select(m => m.Id));
            problems.Add(new SelectionProblem(ProblemCodes.UnknownModel, $"There is no contract model '{selection.Model}'. Models: {known}.", "$.model", selection.Model));
        }

        var state = new PlanBuilder(_library, release, model?.Id ?? string.Empty, problems, c => _analyses.GetOrAdd(c.Sha256, _ => Templating.TemplateAnalysis.Of(c.CitingText)));
        state.ChooseCriteria(selection.Criteria, check: model is not null);
        state.ChooseSpecifications(selection.Specifications, check: model is not null);
        if (release is null || model is null)
        {
            return new ResolveResult(null, [.. problems]);
        }

        state.Close();
        ExclusionCheck.Run(state, problems);
        EssentialsCheck.Run(_library, release, model.Id, state.Clauses, problems);
        var variables = MergeVariables(state.Clauses.Select(c => c.Clause));
        VariableValidator.Validate(variables, selection.Variables, problems);
        var clauses = Order(state.Clauses);
        PlanTextCheck.Run(model.Id, clauses, problems, _analyses);
        EssentialsCheck.DropEchoes(_library, release, model.Id, problems);
        var plan = new AssemblyPlan
        {
            Release = release,
            Model = model.Id,
            Clauses = clauses,
            Specifications = [.. state.Chosen.OrderBy(p => _library.Model.OrderOf(p.Key)).Select(p => (p.Key, p.Value))],
            Variables = variables,
            // A blank value counts as not given (VariableValidator), so the contract is built as if it were absent:
            // an optional "   " must not reach {{#if}} as true and then a helper as a value.
            Values = selection.Variables.RemoveRange(selection.Variables.Where(v => VariableValidator.IsBlank(v.Value)).Select(v => v.Key)),
            SelectionSha256 = SelectionHash.Compute(selection),
            Definitions = [.. clauses
                .SelectMany(c => c.Clause.Defines)
                .DistinctBy(d => d.Term, StringComparer.Ordinal)
                .OrderBy(d => d.Term, StringComparer.OrdinalIgnoreCase)],
        };
        return new ResolveResult(plan, [.. problems]);
    }

    private ImmutableArray<VariableDefinition> MergeVariables(IEnumerable<ClauseVersion> clauses)
    {
        var merged = new Dictionary<string, VariableDefinition>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var variable in _library.Model.Variables.Concat(clauses.SelectMany(c => c.Variables)))
        {
            if (!merged.TryGetValue(variable.Name, out var existing))
            {
                merged[variable.Name] = variable;
                order.Add(variable.Name);
            }
            else if (existing.Type == variable.Type)
            {
                merged[variable.Name] = existing.Merge(variable);
            }
        }

        return [.. order.Select(n => merged[n])];
    }

    private ImmutableArray<PlannedClause> Order(IEnumerable<PlannedClause> clauses)
    {
        var model = _library.Model;
        // Recitals, then front core clauses, the elements' clauses (body core among them), back core clauses, then schedules.
        static int Rank(ClauseVersion c) => c.Kind == ClauseKind.Schedule ? 10 : !c.Core ? 3 : c.Placement switch
        {
            Placement.Recitals => 0,
            Placement.Front => 1,
            Placement.Body => 3,
            _ => 5,
        };
        return [.. clauses
            .OrderBy(c => Rank(c.Clause))
            .ThenBy(c => c.Specification is null ? -1 : model.OrderOf(c.Specification))
            .ThenBy(c => c.Clause.Order)
            .ThenBy(c => c.Clause.Id, StringComparer.Ordinal)];
    }
}
