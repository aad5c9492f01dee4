using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractDocs.Drafting;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Endpoints;
using ContractDocs.Functions.Http;
using ContractDocs.Library;
using ContractDocs.Selection;
using Microsoft.Extensions.Primitives;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>
/// The commissioner's form: one plain form post per step (release and model; criteria and specifications; the values
/// the plan needs; check your answers; generate), the same validation as the API, errors in a summary at the top and at
/// the field. Works without JavaScript; with it, /contracts/plan feeds the live plan and rows are added and removed in
/// the page (wwwroot/site/contractdocs.js). The pages are in <see cref="CommissionerSteps"/>.
/// </summary>
public static class CommissionerPages
{
    public static IEndpointRouteBuilder MapCommissionerPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/contracts").RequireAuthorization(Roles.Drafting).ExcludeFromDescription();
        group.MapGet("/", async (ClaimsPrincipal user, Engine engine, string? continuation, CancellationToken cancellationToken) =>
        {
            // A commissioner's own contracts, newest first, a page at a time, from the owner's index (no record opened).
            var page = await engine.Archive.ListPageAsync(user.Author().Id, continuation, ContractEndpoints.DefaultPageSize, cancellationToken);
            var rows = page.Items.Select(c => (IReadOnlyList<string>)[E(c.Title), E(c.Release), E(c.Model), E(c.Status), Link("Download", $"/api/contracts/{c.Id}/documents/{c.DraftDocumentId}")]).ToList();
            var list = rows.Count == 0 ? "<p class=\"nhsuk-body\">You have no contracts yet.</p>" : Table("Your contracts", ["Title", "Release", "Model", "Status", "Document"], rows);
            var next = page.Continuation is null ? string.Empty : $"<p class=\"nhsuk-body\">{Link("Older contracts", "/contracts?continuation=" + Uri.EscapeDataString(page.Continuation))}</p>";
            return Page("Your contracts", "<a class=\"nhsuk-button\" href=\"/contracts/new\">Start a new contract</a>" + list + next);
        });
        group.MapGet("/new", (Engine engine) => CommissionerSteps.Start(engine, null, []));
        group.MapPost("/plan", async (HttpRequest request, Engine engine, CancellationToken cancellationToken) =>
        {
            if (!request.HasFormContentType)
            {
                return NotAForm();
            }

            var form = await request.ReadFormAsync(cancellationToken);
            var resolved = Known(engine, form) ? Resolve(engine, form, values: false) : new ResolveResult(null, []);
            return Results.Content(PlanPanel.Render(engine.Library.Model, resolved), "text/html; charset=utf-8");
        }).RequireAntiforgeryToken();
        group.MapPost("/new", async (HttpRequest request, ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken) =>
        {
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
            else if (form["add"].Count > 0)
            {
                action = "rows";
            }

            if (action == "start")
            {
                return CommissionerSteps.Start(engine, form, []);
            }

            var errors = new List<(string, string)>();
            if (engine.Library.FindRelease(form["release"].ToString()) is null)
            {
                errors.Add(("release", "Choose a clause library release."));
            }

            if (engine.Library.Model.FindModel(form["model"].ToString()) is null)
            {
                errors.Add(("model", "Choose a contracting model."));
            }

            if (errors.Count > 0)
            {
                return CommissionerSteps.Start(engine, form, errors);
            }

            var resolved = Resolve(engine, form, values: action is "check" or "generate");
            var choiceProblems = resolved.Problems.Where(PlanPanel.IsAboutChoices).ToList();
            if (choiceProblems.Count == 0 && form["spec"].Count == 0)
            {
                choiceProblems.Add(new SelectionProblem("no-choice", "Choose at least one specification for the contract to cover.", "$.specifications"));
            }

            switch (action)
            {
                case "choose" or "plan":
                    return CommissionerSteps.Choices(engine, form, resolved, []);
                case var _ when choiceProblems.Count > 0:
                    return CommissionerSteps.Choices(engine, form, resolved, choiceProblems);
                case "values" or "rows" or "change":
                    return CommissionerSteps.Values(engine, form, resolved, []);
                case "check" when resolved.Succeeded:
                    return CommissionerSteps.Check(engine, form, resolved.Plan!);
                case "generate" when resolved.Succeeded:
                    var selection = Selection(form, resolved.Plan!);
                    var outcome = await engine.Drafter.DraftAsync(JsonSerializer.SerializeToUtf8Bytes(selection), user.Author(), form["idempotency"].ToString() is { Length: > 0 } key ? key : null, cancellationToken);
                    return outcome switch
                    {
                        DraftOutcome.Drafted drafted => CommissionerSteps.Done(await DraftAnswers.BodyAsync(drafted, engine, cancellationToken)),
                        DraftOutcome.Refused refused => CommissionerSteps.Values(engine, form, resolved, refused.Problems),
                        _ => CommissionerSteps.Values(engine, form, resolved, [new SelectionProblem("idempotency-key-reused", "This form already made a contract from different answers. Start a new contract from Your contracts.", "$")]),
                    };
                default:
                    return CommissionerSteps.Values(engine, form, resolved, resolved.Problems);
            }
        }).RequireAntiforgeryToken();
        return routes;
    }

    private static bool Known(Engine engine, IFormCollection form) =>
        engine.Library.FindRelease(form["release"].ToString()) is not null && engine.Library.Model.FindModel(form["model"].ToString()) is not null;

    private static IResult NotAForm() => ApiProblems.Problem(415, "not-a-form", "Unsupported media type", "Send the form as application/x-www-form-urlencoded or multipart/form-data.");

    private static ResolveResult Resolve(Engine engine, IFormCollection form, bool values)
    {
        var bare = new ContractSelection { Release = form["release"]!, Model = form["model"]!, Specifications = [.. form["spec"].OfType<string>()] };
        var first = engine.Resolver.Resolve(bare);
        if (!values || first.Plan is null)
        {
            return first;
        }

        // The values go through the same reader and checks as an API caller's JSON; what the reader refuses (a control
        // character, an over-long value) is shown at its field like any other problem with a value.
        var read = SelectionReader.Read(JsonSerializer.SerializeToUtf8Bytes(Selection(form, first.Plan)));
        return read.Selection is null ? new ResolveResult(first.Plan, [.. read.Problems]) : engine.Resolver.Resolve(read.Selection);
    }

    private static JsonObject Selection(IFormCollection form, AssemblyPlan plan) => new()
    {
        ["release"] = plan.Release.Id,
        ["model"] = plan.Model,
        ["specifications"] = new JsonArray([.. form["spec"].OfType<string>().Select(s => (JsonNode)s)]),
        ["variables"] = FormValues.Values(form, plan.Variables),
    };
}
