using System.Collections.Immutable;
using ContractDocs.Templating;

namespace ContractDocs.Selection;

/// <summary>Checks that every <c>{{ref}}</c> names a clause in the plan and every <c>{{term}}</c> is defined by one,
/// as printed for the plan's model (text inside <c>{{#eq contract.model "…"}}</c> for another model is not).</summary>
internal static class PlanTextCheck
{
    /// <param name="analyses">Analyses by clause content hash, kept by the resolver: a clause version never changes,
    /// so each is scanned once.</param>
    public static void Run(string model, ImmutableArray<PlannedClause> clauses, List<SelectionProblem> problems, System.Collections.Concurrent.ConcurrentDictionary<string, TemplateAnalysis> analyses)
    {
        var ids = clauses.Select(c => c.Clause.Id).ToHashSet(StringComparer.Ordinal);
        var byId = clauses.ToDictionary(c => c.Clause.Id, StringComparer.Ordinal);
        var terms = clauses.SelectMany(c => c.Clause.Defines).Select(d => d.Term).ToHashSet(StringComparer.Ordinal);
        foreach (var planned in clauses)
        {
            var analysis = analyses.GetOrAdd(planned.Clause.Sha256, _ => TemplateAnalysis.Of(planned.Clause.CitingText));
            foreach (var reference in analysis.ReferencesFor(model).Select(r => r.ClauseId).Distinct())
            {
                var target = TemplateAnalysis.TargetOf(reference);
                if (!ids.Contains(target))
                {
                    problems.Add(new SelectionProblem(ProblemCodes.UnknownReference,
                        $"Clause '{planned.Clause.Id}' refers to '{target}', which this contract does not include. Add the choice that brings '{target}' in, or ask the legal team to fix the clause.",
                        "$.specifications", planned.Clause.Id, target));
                }
                else if (TemplateAnalysis.AnchorOf(reference) is { } anchor && analyses.GetOrAdd(byId[target].Clause.Sha256, _ => TemplateAnalysis.Of(byId[target].Clause.CitingText)).AnchorsFor(model).All(a => a.Name != anchor))
                {
                    problems.Add(new SelectionProblem(ProblemCodes.UnknownReference,
                        $"Clause '{planned.Clause.Id}' refers to paragraph '{anchor}' of '{target}', which {byId[target].Clause.Key} does not have. Ask the legal team to fix the clause.",
                        "$.specifications", planned.Clause.Id, reference));
                }
            }

            foreach (var term in analysis.TermsFor(model).Select(t => t.Term).Distinct().Where(t => !terms.Contains(t)))
            {
                problems.Add(new SelectionProblem(ProblemCodes.UndefinedTerm,
                    $"Clause '{planned.Clause.Id}' uses the defined term \"{term}\", which no clause in this contract defines.",
                    "$.specifications", planned.Clause.Id, term));
            }
        }
    }
}
