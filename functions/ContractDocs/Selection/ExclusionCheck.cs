using System.Collections.Immutable;
using ContractDocs.Library;

namespace ContractDocs.Selection;

/// <summary>Finds every pair of included clauses (or a clause and a chosen specification) that exclude each other,
/// and says which of the commissioner's choices brought each side in.</summary>
internal static class ExclusionCheck
{
    public static void Run(PlanBuilder plan, List<SelectionProblem> problems)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var planned in plan.Clauses.ToList())
        {
            var clause = planned.Clause;
            foreach (var target in clause.Excludes)
            {
                List<PlannedClause> others = Ids.IsSpecificationId(target)
                    ? [.. plan.Clauses.Where(c => c.Clause.Implements.Contains(target))]
                    : plan.Find(target) is { } found ? [found] : [];

                foreach (var other in others.Where(o => o.Clause.Id != clause.Id))
                {
                    var key = string.CompareOrdinal(clause.Id, other.Clause.Id) < 0 ? $"{clause.Id}|{other.Clause.Id}" : $"{other.Clause.Id}|{clause.Id}";
                    if (!reported.Add(key))
                    {
                        continue;
                    }

                    problems.Add(new SelectionProblem(ProblemCodes.ExcludedPair,
                        $"'{clause.Title}' ({clause.Id}, {plan.Origin(clause.Id)}) cannot stand with '{other.Clause.Title}' "
                        + $"({other.Clause.Id}, {plan.Origin(other.Clause.Id)}). Remove one of those choices.",
                        "$.specifications",
                        new[] { clause.Id, other.Clause.Id }.Concat(Roots(plan, clause.Id)).Concat(Roots(plan, other.Clause.Id)).Distinct().ToImmutableArray()));
                }
            }
        }
    }

    private static IEnumerable<string> Roots(PlanBuilder plan, string clauseId)
    {
        var planned = plan.Find(clauseId);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (planned is not null && seen.Add(planned.Clause.Id))
        {
            var reason = planned.Specification is { } spec && plan.Chosen.TryGetValue(spec, out var chosen) ? chosen : planned.Reason;
            switch (reason.Kind)
            {
                case InclusionKind.Chosen:
                    yield return planned.Specification!;
                    yield break;
                case InclusionKind.Default:
                    yield return reason.By!;
                    yield break;
                case InclusionKind.Core:
                    yield break;
            }

            planned = plan.Find(reason.By ?? string.Empty);
        }
    }
}
