using System.Text;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Hosting;
using ContractDocs.Functions.Http;
using ContractDocs.Rendering.Redline;
using ContractDocs.Library;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using static ContractDocs.Functions.Pages.Html;
using ContractDocs.Model;

namespace ContractDocs.Functions.Pages;

/// <summary>Legal's library browser: releases, the model tree, each clause's versions and text, and differences
/// between two versions of a clause or between two releases. Server-rendered; works without JavaScript.</summary>
public static class LibraryPages
{
    public static IEndpointRouteBuilder MapLibraryPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/library").RequireAuthorization(Roles.Publishing).ExcludeFromDescription();
        group.MapGet("/", LibraryHome).AsFunction(nameof(LibraryHome), AuthorizationLevel.Anonymous);
        group.MapGet("/releases/{release}", LibraryRelease).AsFunction(nameof(LibraryRelease), AuthorizationLevel.Anonymous);
        group.MapGet("/clauses/{id}", LibraryClause).AsFunction(nameof(LibraryClause), AuthorizationLevel.Anonymous);
        group.MapGet("/clauses/{id}/compare", LibraryClauseCompare).AsFunction(nameof(LibraryClauseCompare), AuthorizationLevel.Anonymous);
        group.MapGet("/clauses/{id}/{version}", LibraryClauseVersion).AsFunction(nameof(LibraryClauseVersion), AuthorizationLevel.Anonymous);
        group.MapGet("/compare", LibraryCompare).AsFunction(nameof(LibraryCompare), AuthorizationLevel.Anonymous);
        group.MapGet("/compare/redline", LibraryRedline).AsFunction(nameof(LibraryRedline), AuthorizationLevel.Anonymous);
        return routes;
    }

    /// <summary>GET /library: the releases, and a form to compare two.</summary>
    public static PageResult LibraryHome(ClauseLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        var releases = Table("Releases", ["Release", "Published", "Clauses", "Notes"], library.Releases.Reverse().Select(r => (IReadOnlyList<string>)
            [Link(r.Id, $"/library/releases/{r.Id}"), E(r.Published?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)), E(r.Pins.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), E(r.Notes)]));
        return Page("Clause library", releases + CompareForm("/library/compare", "Compare two releases", [.. library.Releases.Select(r => r.Id)]));
    }

    /// <summary>GET /library/releases/{release}: its clauses and the model tree.</summary>
    public static Results<PageResult, NotFound> LibraryRelease(string release, ClauseLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        if (library.FindRelease(release) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var tree = new StringBuilder("<h2>Contracting model</h2>");
        foreach (var element in library.Model.Elements)
        {
            tree.Append("<h3>").Append(E(element.Title)).Append("</h3><ul class=\"nhsuk-list nhsuk-list--bullet\">");
            foreach (var criterion in element.Criteria)
            {
                tree.Append("<li><strong>").Append(E($"{criterion.Id} {criterion.Title}")).Append("</strong><ul>");
                foreach (var specification in criterion.Specifications)
                {
                    tree.Append("<li>").Append(E($"{specification.Id}: {specification.Title} ({string.Join(", ", specification.Models)})")).Append("</li>");
                }

                tree.Append("</ul></li>");
            }

            tree.Append("</ul>");
        }

        // By Part (the element a clause's specification belongs to; the clauses every contract has, by where they go;
        // the schedules), then by title: the order a lawyer looks for a clause in.
        var model = library.Model;
        var elementOrder = model.Elements.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        (int Order, string Part) PartOf(ClauseVersion c)
        {
            if (c.Kind == ClauseKind.Schedule)
            {
                return (100, "Schedules");
            }

            if (c.Implements.Select(model.FindSpecification).OfType<ContractDocs.Model.Specification>().Select(s => model.FindCriterion(s.CriterionId)).FirstOrDefault() is { } criterion
                && model.Elements.FirstOrDefault(e => e.Criteria.Contains(criterion)) is { } element)
            {
                return (10 + elementOrder[element.Id], element.Title);
            }

            return c.Placement switch
            {
                Placement.Recitals => (0, "Recitals"),
                Placement.Front => (1, "Every contract: opening clauses"),
                Placement.Back => (90, "Every contract: general conditions"),
                _ => (50, "Every contract"),
            };
        }

        var clauses = new StringBuilder($"<h2>Clauses in release {E(found.Id)}</h2>");
        foreach (var part in library.Pinned(found).GroupBy(PartOf).OrderBy(g => g.Key.Order))
        {
            clauses.Append(Table(part.Key.Part, ["Clause", "Version", "Status", "Models"], part.OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase).Select(c => (IReadOnlyList<string>)
                [Link(c.Title, $"/library/clauses/{c.Id}"), Link(c.Version.ToString(), $"/library/clauses/{c.Id}/{c.Version}"), E(c.Status.ToString().ToLowerInvariant()), E(string.Join(", ", c.Models.Select(m => model.FindModel(m)?.Title ?? m)))])));
        }

        return Page($"Release {found.Id}", $"<p class=\"nhsuk-body\">{E(found.Notes)}</p>{clauses}{tree}", ("Clause library", "/library"));
    }

    /// <summary>GET /library/clauses/{id}: the clause's versions.</summary>
    public static Results<PageResult, NotFound> LibraryClause(string id, ClauseLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        var versions = library.Versions.Where(v => v.Id == id).ToList();
        if (versions.Count == 0)
        {
            return TypedResults.NotFound();
        }

        var table = Table("Versions", ["Version", "Status", "Models", "In releases"], versions.Select(v => (IReadOnlyList<string>)
            [Link(v.Version.ToString(), $"/library/clauses/{id}/{v.Version}"), E(v.Status.ToString().ToLowerInvariant()), E(string.Join(", ", v.Models)),
             E(string.Join(", ", library.Releases.Where(r => r.Pins.TryGetValue(id, out var pinned) && pinned == v.Version).Select(r => r.Id)))]));
        var form = versions.Count > 1 ? CompareForm($"/library/clauses/{id}/compare", "Compare two versions", [.. versions.Select(v => v.Version.ToString())]) : string.Empty;
        return Page(versions[^1].Title, table + form, ("Clause library", "/library"));
    }

    /// <summary>GET /library/clauses/{id}/compare?from=&amp;to=: two versions side by side.</summary>
    public static Results<PageResult, NotFound> LibraryClauseCompare(string id, string? from, string? to, ClauseLibrary library) => ClauseDiff(library, id, from, to);

    /// <summary>GET /library/clauses/{id}/{version}: one version's text and values, and where it is used.</summary>
    public static async Task<Results<PageResult, NotFound>> LibraryClauseVersion(string id, string version, string? continuation, System.Security.Claims.ClaimsPrincipal user, ClauseLibrary library, ContractDocs.Storage.ContractArchive archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(library);
        if (!SemanticVersion.TryParse(version, out var parsed) || library.Find(id, parsed.Value) is not { } clause)
        {
            return TypedResults.NotFound();
        }

        var variables = clause.Variables.IsEmpty ? "<p class=\"nhsuk-body\">This version needs no values.</p>" : Table("Variables", ["Name", "Type", "Required", "Description"], clause.Variables.Select(v => (IReadOnlyList<string>)
            [E(v.Name), E(VariableTypes.Name(v.Type)), v.Required ? "yes" : "no", E(v.Description)]));
        var body = $"<p class=\"nhsuk-body\">Version {E(clause.Key)}, {E(clause.Status.ToString().ToLowerInvariant())}; {(clause.Implements.IsEmpty ? string.Empty : "implements " + E(string.Join(", ", clause.Implements.Select(s => library.Model.FindSpecification(s) is { } spec ? $"{spec.Title} ({s})" : s))) + "; ")}SHA-256 {E(clause.Sha256)}.</p>"
            + $"<h2>Text</h2><pre class=\"nhsuk-body contractdocs-source\">{E(clause.Body)}</pre>{variables}"
            + await UsagePanel.HtmlAsync(clause.Key, $"/library/clauses/{id}/{version}", continuation, user, archive, cancellationToken);
        return Page(clause.Title, body, ("Clause library", "/library"), (clause.Title, $"/library/clauses/{id}"));
    }

    /// <summary>GET /library/compare?from=&amp;to=: what changed between two releases.</summary>
    public static Results<PageResult, NotFound> LibraryCompare(string? from, string? to, ClauseLibrary library) => ReleaseDiff(library, from, to);

    /// <summary>GET /library/compare/redline?from=&amp;to=: the redline of two releases as a Word document with
    /// tracked changes.</summary>
    public static Results<FileContentHttpResult, ProblemResult> LibraryRedline(string? from, string? to, ClauseLibrary library, RedlineWriter redlines)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(redlines);
        foreach (var (field, id) in new[] { ("from", from), ("to", to) })
        {
            if (library.FindRelease(id ?? string.Empty) is null)
            {
                return ApiProblems.Problem(404, "unknown-release", ApiProblems.Title(404),
                    $"There is no release '{id}'. Releases: {string.Join(", ", library.Releases.Select(r => r.Id))}.", field);
            }
        }

        if (from == to)
        {
            return ApiProblems.Problem(422, "same-release", ApiProblems.Title(422), SameRelease(from!, to!), "to");
        }

        using var output = new MemoryStream();
        redlines.Releases(library.FindRelease(from!)!, library.FindRelease(to!)!, output);
        return TypedResults.File(output.ToArray(), Endpoints.MoveEndpoints.WordType, $"redline-{from}-to-{to}.docx");
    }

    private static string SameRelease(string from, string to) => $"{from} and {to} are the same release: nothing to compare.";

    private static Results<PageResult, NotFound> ReleaseDiff(ClauseLibrary library, string? from, string? to)
    {
        ArgumentNullException.ThrowIfNull(library);
        if (library.FindRelease(from ?? string.Empty) is not { } before || library.FindRelease(to ?? string.Empty) is not { } after)
        {
            return TypedResults.NotFound();
        }

        if (before.Id == after.Id)
        {
            return Page($"Release {before.Id} compared with {after.Id}", $"<p class=\"nhsuk-body\">{E(SameRelease(before.Id, after.Id))}</p>", ("Clause library", "/library"));
        }

        var comparison = ReleaseComparison.Of(before, after);
        string Title(PinChange c) => c.Kind == PinnedKind.Layout ? library.Model.FindModel(c.Id)?.Title ?? c.Id : library.Find(c.Id, (c.To ?? c.From)!.Value)?.Title ?? c.Id;
        string Named(PinChange c) => c.Kind == PinnedKind.Layout ? E($"{Title(c)} (layout)") : Link(Title(c), $"/library/clauses/{c.Id}") + (c.Kind == PinnedKind.Schedule ? " (schedule)" : string.Empty);
        var added = comparison.Added.Select(c => (IReadOnlyList<string>)[Named(c), E(c.To!.Value.ToString())]).ToList();
        var changed = comparison.Changed.Select(c => (IReadOnlyList<string>)[c.Kind == PinnedKind.Layout ? Named(c) : Link(Title(c), $"/library/clauses/{c.Id}/compare?from={c.From}&to={c.To}") + (c.Kind == PinnedKind.Schedule ? " (schedule)" : string.Empty), E($"{c.From} to {c.To}")]).ToList();
        var removed = comparison.Removed.Select(c => (IReadOnlyList<string>)[Named(c), c.Retired ? "retired" : "removed"]).ToList();
        var download = $"<p class=\"nhsuk-body\">{Link($"Download the redline of {before.Id} against {after.Id} (Word, tracked changes)", $"/library/compare/redline?from={Uri.EscapeDataString(before.Id)}&to={Uri.EscapeDataString(after.Id)}")}</p>";
        var words = new StringBuilder();
        foreach (var change in comparison.Changed.Where(c => c.Kind != PinnedKind.Layout))
        {
            if (library.Find(change.Id, change.From!.Value) is { } a && library.Find(change.Id, change.To!.Value) is { } b)
            {
                words.Append("<h3>").Append(E($"{b.Title} ({change.From} to {change.To})")).Append("</h3>")
                    .Append(DiffHtml.Words(DiffHtml.Rendered(a.Body), DiffHtml.Rendered(b.Body)))
                    .Append(DiffHtml.Source(a.Body, b.Body, $"Version {change.From}", $"Version {change.To}"));
            }
        }

        var body = download + Section("Added", added, ["Clause or schedule", "Version"]) + Section("Changed", changed, ["Clause or schedule", "Versions"]) + Section("Retired or removed", removed, ["Clause or schedule", "How"])
            + (words.Length == 0 ? string.Empty : "<h2>Changes, word by word</h2>" + words);
        return Page($"Release {before.Id} compared with {after.Id}", body, ("Clause library", "/library"));
    }

    private static Results<PageResult, NotFound> ClauseDiff(ClauseLibrary library, string id, string? from, string? to)
    {
        ArgumentNullException.ThrowIfNull(library);
        if (!SemanticVersion.TryParse(from, out var a) || !SemanticVersion.TryParse(to, out var b)
            || library.Find(id, a.Value) is not { } before || library.Find(id, b.Value) is not { } after)
        {
            return TypedResults.NotFound();
        }

        var body = $"<h2>Changes in the text, word by word</h2>{DiffHtml.Words(DiffHtml.Rendered(before.Body), DiffHtml.Rendered(after.Body))}"
            + DiffHtml.Source(before.Body, after.Body, $"Version {before.Version}", $"Version {after.Version}");
        return Page($"{before.Title}: {before.Version} compared with {after.Version}", body, ("Clause library", "/library"), (before.Title, $"/library/clauses/{id}"));
    }

    private static string Section(string title, List<IReadOnlyList<string>> rows, IReadOnlyList<string> headers) =>
        rows.Count == 0 ? $"<h2>{E(title)}</h2><p class=\"nhsuk-body\">None.</p>" : $"<h2>{E(title)}</h2>" + Table(title, headers, rows, hideCaption: true);

    private static string CompareForm(string action, string legend, IReadOnlyList<string> options)
    {
        string Select(string name, string label, string selected) =>
            $"<div class=\"nhsuk-form-group\"><label class=\"nhsuk-label\" for=\"{name}\">{E(label)}</label><select class=\"nhsuk-select\" id=\"{name}\" name=\"{name}\">"
            + string.Concat(options.Select(o => $"<option value=\"{E(o)}\"{(o == selected ? " selected" : string.Empty)}>{E(o)}</option>"))
            + "</select></div>";
        return $"<form method=\"get\" action=\"{E(action)}\" novalidate><fieldset class=\"nhsuk-fieldset\"><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--m\">{E(legend)}</legend>"
            + Select("from", "From", options[0]) + Select("to", "To", options[^1])
            + "<button class=\"nhsuk-button\" type=\"submit\">Compare</button></fieldset></form>";
    }
}
