using System.Globalization;
using System.Text;
using ContractDocs.Library;
using ContractDocs.Model;
using ContractDocs.Selection;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>
/// The plan as the commissioner chooses, short enough to stay in view: how many clauses, what stops the contract being built (each conflict in the
/// library's own words, naming the choices behind it), and every clause with why it is in: chosen, a criterion's
/// default, core to every contract, or pulled in because another clause requires it, folded away until opened. The same fragment is in the
/// server-rendered page and is what the live preview swaps in, so both say the same thing.
/// </summary>
public static class PlanPanel
{
    public const string Id = "plan";

    /// <summary>How many things to resolve the panel shows before "N more".</summary>
    private const int ShownProblems = 2;

    public static string Render(ClauseLibrary library, ResolveResult resolved, IReadOnlyList<SelectionProblem>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(library);
        var model = library.Model;
        ArgumentNullException.ThrowIfNull(resolved);
        var shown = problems ?? [.. resolved.Problems.Where(IsAboutChoices)];
        var plan = resolved.Plan;
        var html = new StringBuilder($"<div class=\"contractdocs-plan\" id=\"{Id}\"><h2 class=\"nhsuk-heading-m\">The contract so far</h2>");
        if (shown.Count > 0)
        {
            html.Append("<div class=\"nhsuk-warning-callout\" id=\"plan-conflicts\"><h3 class=\"nhsuk-warning-callout__label\"><span role=\"text\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>")
                .Append(shown.Count == 1 ? "1 thing to resolve" : $"{shown.Count} things to resolve").Append("</span></h3><ul>");
            // Conflicts first, then what is missing; the first few in view, the rest one click away.
            var ordered = shown.OrderBy(p => p.Code switch { ProblemCodes.ExcludedPair => 0, ProblemCodes.UnmetRequirement => 1, ProblemCodes.MissingEssential => 2, _ => 3 }).ToList();
            foreach (var problem in ordered.Take(ShownProblems))
            {
                html.Append("<li>").Append(E(ChoiceWords.Message(problem, library))).Append("</li>");
            }

            html.Append("</ul>");
            if (ordered.Count > ShownProblems)
            {
                html.Append("<details class=\"nhsuk-details nhsuk-u-margin-bottom-0\"><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">")
                    .Append(E($"{ordered.Count - ShownProblems} more")).Append("</span></summary><div class=\"nhsuk-details__text\"><ul>");
                foreach (var problem in ordered.Skip(ShownProblems))
                {
                    html.Append("<li>").Append(E(ChoiceWords.Message(problem, library))).Append("</li>");
                }

                html.Append("</ul></div></details>");
            }

            html.Append("</div>");
        }

        if (plan is null)
        {
            return html.Append("<p class=\"nhsuk-body\">Choose a release and a contract model to see the plan.</p></div>").ToString();
        }

        var titles = plan.Clauses.ToDictionary(c => c.Clause.Id, c => c.Clause.Title, StringComparer.Ordinal);
        var clauses = plan.Clauses.Where(c => c.Clause.Kind == ContractDocs.Library.ClauseKind.Clause).ToList();
        var schedules = plan.Clauses.Where(c => c.Clause.Kind == ContractDocs.Library.ClauseKind.Schedule).ToList();
        html.Append("<p class=\"nhsuk-body\" id=\"plan-count\">").Append(E(Count(clauses.Count, schedules.Count))).Append(" will be included.</p>");
        // The list is long (often 60 clauses and more), so it is folded away: the count and anything to resolve are
        // what the commissioner needs while choosing.
        html.Append("<details class=\"nhsuk-details\" id=\"plan-clauses\"><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">The clauses and why each is in</span></summary><div class=\"nhsuk-details__text\">");
        Group(html, "Because you chose them", clauses.Where(c => c.Reason.Kind == InclusionKind.Chosen), c => model.FindSpecification(c.Specification ?? string.Empty) is { } chosen && chosen.Title != c.Clause.Title ? $"for your choice '{chosen.Title}'" : null);
        Group(html, "Pulled in by another clause", clauses.Where(c => c.Reason.Kind == InclusionKind.Required), c => $"required by {(titles.TryGetValue(c.Reason.By ?? string.Empty, out var title) ? title : "another clause")}");
        Group(html, "Defaults for a criterion", clauses.Where(c => c.Reason.Kind == InclusionKind.Default), c => $"the default for '{model.FindCriterion(c.Reason.By ?? string.Empty)?.Title ?? "a criterion"}'");
        Group(html, "In every contract", clauses.Where(c => c.Reason.Kind == InclusionKind.Core), _ => null);
        Group(html, "Schedules", schedules, c => $"cited by {(titles.TryGetValue(c.Reason.By ?? string.Empty, out var title) ? title : "a clause")}");
        html.Append("</div></details>");
        return html.Append("</div>").ToString();
    }

    /// <summary>True for problems with the release, model or specifications; false for those with a value, which the
    /// details page shows at its field.</summary>
    public static bool IsAboutChoices(SelectionProblem problem) =>
        problem?.Path is not { } path || !(path == "$.variables" || path.StartsWith("$.variables.", StringComparison.Ordinal) || path.StartsWith("$.variables[", StringComparison.Ordinal));

    private static void Group(StringBuilder html, string heading, IEnumerable<PlannedClause> clauses, Func<PlannedClause, string?> why)
    {
        var list = clauses.ToList();
        if (list.Count == 0)
        {
            return;
        }

        html.Append("<h3 class=\"nhsuk-heading-s\">").Append(E(heading)).Append(" (").Append(list.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h3><ul class=\"nhsuk-list nhsuk-list--bullet nhsuk-body-s\">");
        foreach (var clause in list)
        {
            html.Append("<li>").Append(E(clause.Clause.Title));
            if (why(clause) is { Length: > 0 } reason)
            {
                html.Append(" <span class=\"nhsuk-u-secondary-text-colour\">(").Append(E(reason)).Append(")</span>");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
    }

    /// <summary>"1 clause", "30 clauses", "30 clauses and 1 schedule", "30 clauses and 9 schedules".</summary>
    public static string Count(int clauses, int schedules = 0) =>
        (clauses == 1 ? "1 clause" : $"{clauses.ToString(CultureInfo.InvariantCulture)} clauses")
        + (schedules switch { 0 => string.Empty, 1 => " and 1 schedule", _ => $" and {schedules.ToString(CultureInfo.InvariantCulture)} schedules" });
}
