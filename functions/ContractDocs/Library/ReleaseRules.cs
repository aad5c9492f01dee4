namespace ContractDocs.Library;

/// <summary>Linter rules for releases: pins that exist and are approved, and every specification covered for every
/// model it applies to.</summary>
internal static class ReleaseRules
{
    public static void Check(ClauseLibrary library, List<LibraryProblem> problems)
    {
        foreach (var release in library.Releases)
        {
            void Add(string id, string code, string message) => problems.Add(new LibraryProblem(release.Path, release.LineOf(id), code, message));

            foreach (var (id, version) in release.Pins)
            {
                var asSchedule = release.Schedules.Contains(id);
                switch (library.Find(id, version))
                {
                    case null:
                        Add(id, "missing-version", $"Pins {id}@{version}, which is not in {(asSchedule ? "schedules" : "clauses")}/{id}/.");
                        break;
                    case { Kind: var kind } when kind == ClauseKind.Schedule != asSchedule:
                        Add(id, "pinned-as-wrong-kind", $"Pins {id}@{version} under '{(asSchedule ? "schedules" : "clauses")}', but it is a {(kind == ClauseKind.Schedule ? "schedule" : "clause")}; pin it under '{(kind == ClauseKind.Schedule ? "schedules" : "clauses")}'.");
                        break;
                    case { Status: ClauseStatus.Draft }:
                        Add(id, "pins-draft", $"Pins {id}@{version}, which is still a draft; approve it first.");
                        break;
                    case { Status: ClauseStatus.Retired }:
                        Add(id, "pins-retired", $"Pins {id}@{version}, which is retired; list the clause under 'retired' instead.");
                        break;
                }
            }

            foreach (var id in release.Retired)
            {
                if (release.Pins.ContainsKey(id))
                {
                    Add(id, "retired-and-pinned", $"'{id}' is both pinned and listed as retired.");
                }

                if (library.Versions.All(v => v.Id != id))
                {
                    Add(id, "unknown-retired", $"Retires '{id}', which is not a clause of this library.");
                }
            }

            foreach (var (model, version) in release.Layouts)
            {
                if (library.Model.FindModel(model) is null)
                {
                    Add("layout:" + model, "unknown-model", $"Pins a layout for '{model}', which is not a contract model.");
                }
                else if (library.FindLayout(model, version) is null)
                {
                    Add("layout:" + model, "missing-layout", $"Pins layout {model}@{version}, which is not in layouts/{model}/.");
                }
            }

            var rules = library.Model.Rules;
            if (rules.Apply(release.Id))
            {
                foreach (var model in library.Model.Models.Where(m => !release.Layouts.ContainsKey(m.Id)))
                {
                    Add(string.Empty, "missing-layout", $"Release {release.Id} is held to the drafting rules of {rules.Since} and must pin a layout for the {model.Id} model under 'layouts'.");
                }
            }

            var pinned = library.Pinned(release).Where(c => c.Status == ClauseStatus.Approved).ToList();
            if (rules.Apply(release.Id))
            {
                foreach (var topic in rules.Essentials)
                {
                    // A model that is none is reported once, on model.yaml (LayoutRules), not on every release.
                    foreach (var model in topic.Models.Where(m => library.Model.FindModel(m) is not null && !pinned.Any(c => c.AppliesTo(m) && (topic.SuppliedBy.Contains(c.Id) || c.Implements.Any(topic.SuppliedBy.Contains)))))
                    {
                        Add(string.Empty, "essential-unsupplied", $"Release {release.Id} pins nothing that supplies the essential topic '{topic.Id}' for the {model} model, so no such contract could be built.");
                    }
                }
            }

            foreach (var specification in library.Model.Specifications)
            {
                foreach (var model in specification.Models)
                {
                    if (!pinned.Any(c => c.Implements.Contains(specification.Id) && c.AppliesTo(model)))
                    {
                        Add(string.Empty, "uncovered-specification",
                            $"No approved clause in release {release.Id} implements {specification.Id} for the {model} model.");
                    }
                }
            }
        }
    }
}
