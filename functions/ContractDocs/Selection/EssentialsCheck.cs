using ContractDocs.Library;

namespace ContractDocs.Selection;

/// <summary>For a release held to the drafting rules: refuses a plan that leaves out a topic every contract of its model
/// must carry, naming the topic and every choice that would supply it.</summary>
internal static class EssentialsCheck
{
    public static void Run(ClauseLibrary library, LibraryRelease release, string model, IEnumerable<PlannedClause> clauses, List<SelectionProblem> problems)
    {
        var rules = library.Model.Rules;
        if (!rules.Apply(release.Id))
        {
            return;
        }

        var planned = clauses.Select(c => c.Clause).ToList();
        foreach (var topic in rules.Essentials.Where(t => t.AppliesTo(model)))
        {
            if (planned.Any(c => topic.SuppliedBy.Contains(c.Id) || c.Implements.Any(topic.SuppliedBy.Contains)))
            {
                continue;
            }

            var choices = topic.SuppliedBy
                .Select(library.Model.FindSpecification)
                .OfType<Model.Specification>()
                .Where(s => s.AppliesTo(model) && library.Implementing(release, s.Id).Any(c => c.AppliesTo(model)))
                .ToList();
            var offer = choices.Count == 0
                ? "No choice in this release supplies it; ask the legal team."
                : $"Choose {(choices.Count == 1 ? string.Empty : "one of ")}{string.Join("; ", choices.Select(c => $"'{c.Title}' ({c.Id})"))}.";
            problems.Add(new SelectionProblem(ProblemCodes.MissingEssential,
                $"Every {library.Model.FindModel(model)?.Title.ToLowerInvariant()} contract must cover {topic.Title}, and nothing chosen does. {offer}",
                "$.specifications",
                System.Collections.Immutable.ImmutableArray.Create([topic.Id, .. choices.Select(c => c.Id)])));
        }
    }

    /// <summary>Removes the references to a missing essential that other clauses make ("clause 'staff' refers to
    /// 'safeguarding'"): the missing-essential problem already names the choice that brings it in, and one problem
    /// with its remedy reads better than four.</summary>
    public static void DropEchoes(ClauseLibrary library, LibraryRelease release, string model, List<SelectionProblem> problems)
    {
        var offered = problems.Where(p => p.Code == ProblemCodes.MissingEssential)
            .SelectMany(p => p.Ids.Skip(1))
            .SelectMany(s => library.Implementing(release, s).Where(c => c.AppliesTo(model)).Select(c => c.Id))
            .ToHashSet(StringComparer.Ordinal);
        if (offered.Count > 0)
        {
            problems.RemoveAll(p => p.Code == ProblemCodes.UnknownReference && p.Ids.Length == 2 && offered.Contains(p.Ids[1]));
        }
    }
}
