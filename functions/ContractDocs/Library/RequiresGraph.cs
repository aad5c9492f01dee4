namespace ContractDocs.Library;

/// <summary>Finds cycles in <c>requires</c>, across every version: a specification edge leads to every clause
/// that implements it.</summary>
internal static class RequiresGraph
{
    public static void CheckCycles(ClauseLibrary library, List<LibraryProblem> problems)
    {
        var implementers = library.Versions
            .SelectMany(v => v.Implements.Select(s => (Spec: s, v.Id)))
            .ToLookup(p => p.Spec, p => p.Id, StringComparer.Ordinal);
        var edges = library.Versions
            .GroupBy(v => v.Id, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.SelectMany(v => v.Requires)
                    .Where(r => r.Kind != RequirementKind.AnyOf)
                    .SelectMany(r => r.Kind == RequirementKind.Clause ? r.Targets : r.Targets.SelectMany(t => implementers[t]))
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToList(),
                StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);

        void Visit(string id)
        {
            state[id] = 1;
            path.Add(id);
            foreach (var next in edges.GetValueOrDefault(id) ?? [])
            {
                switch (state.GetValueOrDefault(next))
                {
                    case 0:
                        Visit(next);
                        break;
                    case 1:
                        var cycle = path.Skip(path.IndexOf(next)).Append(next).ToList();
                        if (reported.Add(string.Join(",", cycle.Order(StringComparer.Ordinal))))
                        {
                            var clause = library.Versions.Last(v => v.Id == next);
                            problems.Add(new LibraryProblem(clause.Path, clause.LineOf("requires"), "requires-cycle",
                                $"'requires' goes round in a circle: {string.Join(" -> ", cycle)}."));
                        }

                        break;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[id] = 2;
        }

        foreach (var id in edges.Keys.Order(StringComparer.Ordinal).Where(id => state.GetValueOrDefault(id) == 0))
        {
            Visit(id);
        }
    }
}
