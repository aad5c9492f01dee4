using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractDocs.Drafting;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Endpoints;
using ContractDocs.Functions.Hosting;
using ContractDocs.Functions.Http;
using ContractDocs.Library;
using ContractDocs.Selection;
using ContractDocs.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>
/// The commissioner's form: one plain form post per step (release and model; criteria and specifications; the values
/// the plan needs; check your answers; generate), the same validation as the API, errors in a summary at the top and at
/// the field. Works without JavaScript; with it, /contracts/plan feeds the live plan and rows are added and removed in
/// the page (wwwroot/site/contractdocs.js). The pages are in <see cref="CommissionerSteps"/>.
/// Each post resolves the choices once (which fields the form holds) and reads and resolves the selection with its
/// values once: here for the steps, or in the drafting use case when it generates.
/// </summary>
public static class CommissionerPages
{
    public static IEndpointRouteBuilder MapCommissionerPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/contracts").RequireAuthorization(Roles.Drafting).ExcludeFromDescription();
        group.MapGet("/", CommissionerContracts).AsFunction(nameof(CommissionerContracts), AuthorizationLevel.Anonymous);
        group.MapGet("/new", CommissionerStart).AsFunction(nameof(CommissionerStart), AuthorizationLevel.Anonymous);
        group.MapPost("/new", CommissionerStep).RequireAntiforgeryToken().AsFunction(nameof(CommissionerStep), AuthorizationLevel.Anonymous);
        group.MapPost("/plan", CommissionerPlan).RequireAntiforgeryToken().AsFunction(nameof(CommissionerPlan), AuthorizationLevel.Anonymous);
        return routes;
    }

    /// <summary>GET /contracts: a commissioner's own contracts, newest first, a page at a time, from the owner's index.</summary>
    public static async Task<PageResult> CommissionerContracts(ClaimsPrincipal user, ContractArchive archive, ClauseLibrary library, string? continuation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(library);
        var page = await archive.ListPageAsync(user.Author().Id, continuation, ContractEndpoints.DefaultPageSize, cancellationToken);
        var latest = library.Latest?.Id;
        string Move(ContractSummary c) => latest is not null && c.Status == "draft" && Model.ReleaseOrder.Compare(latest, c.Release) > 0
            ? Link($"Move to release {latest}", $"/contracts/{c.Id}/move/{latest}")
            : string.Empty;
        var rows = page.Items.Select(c => (IReadOnlyList<string>)[E(c.Title), E(c.Release), E(c.Model), E(c.Status), Link("Download", $"/api/contracts/{c.Id}/documents/{c.DraftDocumentId}"), Move(c)]).ToList();
        var list = rows.Count == 0 ? "<p class=\"nhsuk-body\">You have no contracts yet.</p>" : Table("Your contracts", ["Title", "Release", "Model", "Status", "Document", "Newer release"], rows);
        var next = page.Continuation is null ? string.Empty : $"<p class=\"nhsuk-body\">{Link("Older contracts", "/contracts?continuation=" + Uri.EscapeDataString(page.Continuation))}</p>";
        return Page("Your contracts", "<a class=\"nhsuk-button\" href=\"/contracts/new\">Start a new contract</a>" + list + next);
    }

    /// <summary>GET /contracts/new: the first step.</summary>
    public static PageResult CommissionerStart(ClauseLibrary library) => CommissionerSteps.Start(library, null, []);

    /// <summary>POST /contracts/plan: the live plan fragment for the choices so far.</summary>
    public static async Task<Results<ContentHttpResult, ProblemResult>> CommissionerPlan(HttpRequest request, ClauseLibrary library, Resolver resolver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(library);
        if (!request.HasFormContentType)
        {
            return NotAForm();
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var resolved = Known(library, form) ? resolver.Resolve(Choices(form)) : new ResolveResult(null, []);
        return TypedResults.Content(PlanPanel.Render(library, resolved), "text/html; charset=utf-8");
    }

    /// <summary>POST /contracts/new: every step after the first; the form's action says which.</summary>
    public static async Task<Results<PageResult, ProblemResult>> CommissionerStep(HttpRequest request, ClaimsPrincipal user, ClauseLibrary library, Resolver resolver, ContractDrafter drafter, DraftReceipts receipts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(drafter);
        ArgumentNullException.ThrowIfNull(receipts);
        if (!request.HasFormContentType)
        {
            return NotAForm();
        }

        IFormCollection form = await request.ReadFormAsync(cancellationToken);
        var action = form["action"].ToString();
        if (form["remove"].Count > 0)
        {
            form = FormValues.RemoveRow(form, form["remove"]);
            action = "rows";
        }
        else if (form["add"].Count > 0 || form["edit"].Count > 0)
        {
            action = "rows";
        }

        if (action == "start")
        {
            return CommissionerSteps.Start(library, form, []);
        }

        var errors = new List<(string, string)>();
        if (library.FindRelease(form["release"].ToString()) is null)
        {
            errors.Add(("release", "Choose a clause library release."));
        }

        if (library.Model.FindModel(form["model"].ToString()) is null)
        {
            errors.Add(("model", "Choose a contracting model."));
        }

        if (errors.Count > 0)
        {
            return CommissionerSteps.Start(library, form, errors);
        }

        // The choices alone, resolved once: they say which values the form holds.
        var choices = resolver.Resolve(Choices(form));
        if (action == "generate" && choices.Plan is not null && ChoiceProblems(choices, form).Count == 0)
        {
            // The selection with its values is read and resolved once, by the drafting use case.
            var outcome = await drafter.DraftAsync(JsonSerializer.SerializeToUtf8Bytes(Selection(form, choices.Plan)), user.Author(), form["idempotency"].ToString() is { Length: > 0 } key ? key : null, cancellationToken);
            return outcome switch
            {
                DraftOutcome.Drafted drafted => CommissionerSteps.Done(await receipts.BodyAsync(drafted, cancellationToken)),
                DraftOutcome.Refused refused when refused.Problems.Any(PlanPanel.IsAboutChoices) => CommissionerSteps.Choices(library, form, choices, [.. refused.Problems.Where(PlanPanel.IsAboutChoices)]),
                DraftOutcome.Refused refused => CommissionerSteps.Values(library, form, choices, refused.Problems),
                _ => CommissionerSteps.Values(library, form, choices, [new SelectionProblem("idempotency-key-reused", "This form already made a contract from different answers. Start a new contract from Your contracts.", "$")]),
            };
        }

        var resolved = action is "check" or "generate" ? WithValues(resolver, form, choices) : choices;
        var choiceProblems = ChoiceProblems(resolved, form);
        switch (action)
        {
            case "choose" or "plan":
                return CommissionerSteps.Choices(library, form, resolved, []);
            case var _ when choiceProblems.Count > 0:
                return CommissionerSteps.Choices(library, form, resolved, choiceProblems);
            case "values" or "rows" or "change":
                return CommissionerSteps.Values(library, form, resolved, []);
            case "check" when resolved.Succeeded:
                return CommissionerSteps.Check(library, form, resolved.Plan!);
            default:
                return CommissionerSteps.Values(library, form, resolved, resolved.Problems);
        }
    }

    private static List<SelectionProblem> ChoiceProblems(ResolveResult resolved, IFormCollection form)
    {
        var problems = resolved.Problems.Where(PlanPanel.IsAboutChoices).ToList();
        if (problems.Count == 0 && form["spec"].Count == 0)
        {
            problems.Add(new SelectionProblem("no-choice", "Choose at least one specification for the contract to cover.", "$.specifications"));
        }

        return problems;
    }

    private static bool Known(ClauseLibrary library, IFormCollection form) =>
        library.FindRelease(form["release"].ToString()) is not null && library.Model.FindModel(form["model"].ToString()) is not null;

    private static ProblemResult NotAForm() => ApiProblems.Problem(415, "not-a-form", "Unsupported media type", "Send the form as application/x-www-form-urlencoded or multipart/form-data.");

    private static ContractSelection Choices(IFormCollection form) =>
        new() { Release = form["release"]!, Model = form["model"]!, Specifications = [.. form["spec"].OfType<string>()] };

    /// <summary>The values go through the same reader and checks as an API caller's JSON; what the reader refuses (a
    /// control character, an over-long value) is shown at its field like any other problem with a value.</summary>
    private static ResolveResult WithValues(Resolver resolver, IFormCollection form, ResolveResult choices)
    {
        if (choices.Plan is null)
        {
            return choices;
        }

        var read = SelectionReader.Read(JsonSerializer.SerializeToUtf8Bytes(Selection(form, choices.Plan)));
        return read.Selection is null ? new ResolveResult(choices.Plan, [.. read.Problems]) : resolver.Resolve(read.Selection);
    }

    private static JsonObject Selection(IFormCollection form, AssemblyPlan plan) => new()
    {
        ["release"] = plan.Release.Id,
        ["model"] = plan.Model,
        ["specifications"] = new JsonArray([.. form["spec"].OfType<string>().Select(s => (JsonNode)s)]),
        ["variables"] = FormValues.Values(form, plan.Variables),
    };
}
