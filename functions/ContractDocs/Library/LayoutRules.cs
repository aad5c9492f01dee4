namespace ContractDocs.Library;

/// <summary>Linter rules for layouts: every part titled, every clause, criterion and element it names real, exactly one
/// part that takes the rest, and every label given; for model.yaml, the essential topics' models and suppliers and the
/// words for every party kind and role; and no id used for both a clause and a schedule.</summary>
internal static class LayoutRules
{
    public static void Check(ClauseLibrary library, List<LibraryProblem> problems)
    {
        var model = library.Model;
        var ids = library.Versions.Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var layout in library.Layouts.Append(library.DefaultLayout).OfType<LayoutDefinition>())
        {
            void Add(int line, string code, string message) => problems.Add(new LibraryProblem(layout.Path, line, code, message));
            if (layout.Version is not null && model.FindModel(layout.Model) is null)
            {
                Add(layout.Line, "unknown-model", $"Layout for '{layout.Model}', which is not a contract model.");
            }

            if (layout.Parts.Count(p => p.Rest) != 1)
            {
                Add(layout.Line, "layout-rest", "A layout needs exactly one part with 'rest: true', to take the clauses no other part takes.");
            }

            foreach (var part in layout.Parts)
            {
                // A part without a title (but for eachElement) is reported by LayoutParser: missing-key, or invalid-value when blank.
                foreach (var id in part.Clauses.Where(c => !ids.Contains(c)))
                {
                    Add(part.Line, "unknown-clause", $"The part '{part.Title}' names '{id}', which is not a clause of this library.");
                }

                foreach (var id in part.Criteria.Where(c => model.FindCriterion(c) is null))
                {
                    Add(part.Line, "unknown-criterion", $"The part '{part.Title}' names criterion '{id}', which the model does not have.");
                }

                foreach (var id in part.Elements.Where(e => model.Elements.All(x => x.Id != e)))
                {
                    Add(part.Line, "unknown-element", $"The part '{part.Title}' names element '{id}', which the model does not have.");
                }
            }

            foreach (var key in LayoutDefinition.LabelKeys.Where(k => !layout.Labels.ContainsKey(k)))
            {
                Add(layout.Line, "missing-label", $"The layout does not give the words for '{key}'.");
            }
        }

        foreach (var release in library.Releases.Where(r => library.DefaultLayout is null && model.Models.Any(m => !r.Layouts.ContainsKey(m.Id))))
        {
            problems.Add(new LibraryProblem(release.Path, 1, "missing-layout", $"Release {release.Id} pins no layout for some contract models and model.yaml has no defaultLayout, so those contracts have no Parts; add one or the other."));
        }

        foreach (var topic in model.Rules.Essentials)
        {
            foreach (var unknown in topic.Models.Where(m => model.FindModel(m) is null))
            {
                problems.Add(new LibraryProblem("model.yaml", model.LineOf("essential:" + topic.Id), "unknown-model", $"Essential topic '{topic.Id}' names '{unknown}', which is not a contract model."));
            }

            foreach (var supplier in topic.SuppliedBy.Where(s => !ids.Contains(s) && model.FindSpecification(s) is null))
            {
                problems.Add(new LibraryProblem("model.yaml", model.LineOf("essential:" + topic.Id), "unknown-supplier", $"Essential topic '{topic.Id}' is supplied by '{supplier}', which is neither a clause, a schedule nor a specification."));
            }
        }

        foreach (var kind in VariableTypes.PartyKinds.Where(k => model.PartyKinds.Length > 0 && model.PartyKinds.All(l => l.Id != k)))
        {
            problems.Add(new LibraryProblem("model.yaml", 1, "missing-label", $"partyKinds gives no words for the party kind '{kind}'."));
        }

        foreach (var role in VariableTypes.PartyRoles.Where(r => model.PartyRoles.Length > 0 && model.PartyRoles.All(l => l.Id != r)))
        {
            problems.Add(new LibraryProblem("model.yaml", 1, "missing-label", $"partyRoles gives no words for the party role '{role}'."));
        }

        foreach (var group in library.Versions.GroupBy(v => v.Id, StringComparer.Ordinal).Where(g => g.Select(v => v.Kind).Distinct().Count() > 1))
        {
            problems.Add(new LibraryProblem(group.First().Path, 2, "duplicate-id", $"'{group.Key}' is both a clause and a schedule; a reference must name one thing."));
        }
    }
}
