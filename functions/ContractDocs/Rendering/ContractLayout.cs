using System.Collections.Immutable;
using ContractDocs.Library;
using ContractDocs.Selection;

namespace ContractDocs.Rendering;

/// <summary>One Part of the contract and its clauses, each with the number Word will give it.</summary>
public sealed record LayoutPart(string Title, ImmutableArray<LayoutClause> Clauses);

/// <summary>A clause as laid out: its number, bookmark and rendered Markdown.</summary>
public sealed record LayoutClause(PlannedClause Planned, int Number, string Bookmark, string Markdown);

/// <summary>
/// Groups a plan's clauses into Parts (preliminary; one per core element that has clauses; general conditions)
/// and numbers them as Word will: clause numbers run on through the Parts.
/// </summary>
public static class ContractLayout
{
    public const string PreliminaryTitle = "Preliminary";
    public const string GeneralTitle = "General conditions";

    public static ImmutableArray<LayoutPart> Build(AssemblyPlan plan, ClauseLibrary library, Func<PlannedClause, string> markdown)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(library);
        var groups = new List<(string Title, List<PlannedClause> Clauses)>();
        foreach (var planned in plan.Clauses)
        {
            var title = PartTitle(planned, library);
            if (groups.Count == 0 || groups[^1].Title != title)
            {
                groups.Add((title, []));
            }

            groups[^1].Clauses.Add(planned);
        }

        var number = 0;
        return [.. groups.Select(g => new LayoutPart(
            g.Title,
            [.. g.Clauses.Select(c =>
            {
                number++;
                return new LayoutClause(c, number, $"_RefClause{number}", markdown(c));
            })]))];
    }

    private static string PartTitle(PlannedClause planned, ClauseLibrary library)
    {
        var clause = planned.Clause;
        if (clause.Core)
        {
            return clause.Placement == Placement.Front ? PreliminaryTitle : GeneralTitle;
        }

        var specification = library.Model.FindSpecification(planned.Specification ?? clause.Implements.FirstOrDefault() ?? string.Empty);
        var criterion = specification is null ? null : library.Model.FindCriterion(specification.CriterionId);
        return library.Model.Elements.FirstOrDefault(e => e.Id == criterion?.ElementId)?.Title ?? GeneralTitle;
    }
}
