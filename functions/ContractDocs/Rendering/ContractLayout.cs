using System.Collections.Immutable;
using ContractDocs.Library;
using ContractDocs.Selection;
using Markdig.Syntax;

namespace ContractDocs.Rendering;

/// <summary>A clause, recital or schedule as laid out: its number (clause 7, recital B is 2, Schedule 3), the bookmark on
/// its heading, and its rendered Markdown, parsed (<see cref="ClauseMarkdown"/>: with holes for plain values, which
/// leave its markers as they are).</summary>
public sealed record LayoutText(PlannedClause Planned, int Number, string Bookmark, ClauseMarkdown Body)
{
    public string Markdown => Body.Text;

    public MarkdownDocument Document => Body.Document;
}

/// <summary>One Part of the contract: its title as the layout words it, and its clauses.</summary>
public sealed record LayoutPart(string Title, ImmutableArray<LayoutText> Clauses);

/// <summary>The whole contract laid out: recitals, Parts with their clauses (numbered on through the Parts), schedules.</summary>
public sealed record DocumentLayout(LayoutDefinition Definition, ImmutableArray<LayoutText> Recitals, ImmutableArray<LayoutPart> Parts, ImmutableArray<LayoutText> Schedules)
{
    public IEnumerable<LayoutText> All => Recitals.Concat(Parts.SelectMany(p => p.Clauses)).Concat(Schedules);

    public IEnumerable<LayoutText> Clauses => Parts.SelectMany(p => p.Clauses);
}

/// <summary>
/// Lays a plan out by its model's layout (<see cref="LayoutDefinition"/>): each clause goes to the first part that
/// names it, else the first that names its criterion or element (or stands for each element), else the first that takes
/// its placement, else the part that takes the rest; Parts keep the layout's order and clauses the plan's, and empty
/// Parts are left out. Recitals and schedules stand apart. Numbers are the ones Word will show.
/// </summary>
public static class ContractLayout
{
    public static DocumentLayout Build(AssemblyPlan plan, ClauseLibrary library, LayoutDefinition definition, Func<PlannedClause, string> markdown) =>
        Build(plan, library, definition, c => ClauseMarkdown.Parse(markdown(c)));

    public static DocumentLayout Build(AssemblyPlan plan, ClauseLibrary library, LayoutDefinition definition, Func<PlannedClause, ClauseMarkdown> markdown)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(markdown);
        LayoutText Text(PlannedClause c, int number, string bookmark) => new(c, number, bookmark, markdown(c));

        var recitals = plan.Clauses.Where(c => c.Clause.Kind == ClauseKind.Clause && c.Clause.Core && c.Clause.Placement == Placement.Recitals).ToList();
        var schedules = plan.Clauses.Where(c => c.Clause.Kind == ClauseKind.Schedule).ToList();
        var body = plan.Clauses.Except(recitals).Except(schedules);

        // Parts in layout order; a rule that stands for each element becomes one part per element, in model order.
        var slots = new List<(LayoutPartRule Rule, string Title, string? Element, List<PlannedClause> Clauses)>();
        foreach (var rule in definition.Parts)
        {
            if (rule.EachElement)
            {
                slots.AddRange(library.Model.Elements.Select(e => (rule, e.Title, (string?)e.Id, new List<PlannedClause>())));
            }
            else
            {
                slots.Add((rule, rule.Title, null, []));
            }
        }

        if (slots.Count == 0)
        {
            slots.Add((new LayoutPartRule(string.Empty, [], [], [], null, false, true, 0), string.Empty, null, []));
        }

        foreach (var planned in body)
        {
            var (criterion, element) = Origin(planned, library);
            var index = slots.FindIndex(s => s.Rule.Clauses.Contains(planned.Clause.Id));
            if (index < 0)
            {
                index = slots.FindIndex(s => (criterion is not null && s.Rule.Criteria.Contains(criterion)) || (element is not null && (s.Rule.Elements.Contains(element) || s.Element == element)));
            }

            if (index < 0 && planned.Clause.Core)
            {
                index = slots.FindIndex(s => s.Rule.Placement == planned.Clause.Placement);
            }

            if (index < 0)
            {
                index = Math.Max(slots.FindIndex(s => s.Rule.Rest), 0);
            }

            slots[index].Clauses.Add(planned);
        }

        var number = 0;
        var parts = slots.Where(s => s.Clauses.Count > 0).Select(s => new LayoutPart(
            s.Title,
            [.. s.Clauses.Select(c =>
            {
                number++;
                return Text(c, number, $"_RefClause{number}");
            })]));
        return new DocumentLayout(
            definition,
            [.. recitals.Select((c, i) => Text(c, i + 1, $"_RefRecital{i + 1}"))],
            [.. parts],
            [.. schedules.Select((c, i) => Text(c, i + 1, $"_RefSchedule{i + 1}"))]);
    }

    /// <summary>The criterion and element a clause is in the contract for, if it implements a specification.</summary>
    private static (string? Criterion, string? Element) Origin(PlannedClause planned, ClauseLibrary library)
    {
        var clause = planned.Clause;
        var specification = library.Model.FindSpecification(planned.Specification ?? clause.Implements.FirstOrDefault() ?? string.Empty);
        var criterion = specification is null ? null : library.Model.FindCriterion(specification.CriterionId);
        return (criterion?.Id, criterion?.ElementId);
    }
}
