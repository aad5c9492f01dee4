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
                switch (library.Find(id, version))
                {
                    case null:
                        Add(id, "missing-version", $"Pins {id}@{version}, which is not in clauses/{id}/.");
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

            var pinned = library.Pinned(release).Where(c => c.Status == ClauseStatus.Approved).ToList();
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
