using System.Globalization;
using System.Security.Claims;
using System.Text;
using ContractDocs.Drafting;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Endpoints;
using ContractDocs.Functions.Hosting;
using ContractDocs.Functions.Http;
using ContractDocs.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>"Move to release X" from Your contracts: what the move changes (in the words the form uses), the redline
/// to download, then a confirmation that makes the new draft (the old one is kept). Plain form posts.</summary>
public static class MovePages
{
    private static readonly (string Text, string Href) YourContracts = ("Your contracts", "/contracts");

    public static IEndpointRouteBuilder MapMovePages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/contracts/{id}/move").RequireAuthorization(Roles.Drafting).ExcludeFromDescription();
        group.MapGet("/{release}", CommissionerMovePreview).AsFunction(nameof(CommissionerMovePreview), AuthorizationLevel.Anonymous);
        group.MapGet("/{release}/redline", CommissionerMoveRedline).AsFunction(nameof(CommissionerMoveRedline), AuthorizationLevel.Anonymous);
        group.MapPost("/{release}", CommissionerMove).RequireAntiforgeryToken().AsFunction(nameof(CommissionerMove), AuthorizationLevel.Anonymous);
        return routes;
    }

    /// <summary>GET /contracts/{id}/move/{release}: the preview, the redline link and the confirmation.</summary>
    public static async Task<Results<PageResult, ProblemResult>> CommissionerMovePreview(string id, string release, ClaimsPrincipal user, ContractArchive archive, ContractMover mover, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mover);
        if (await ContractEndpoints.Find(id, user, archive, cancellationToken) is not { } record)
        {
            return ContractEndpoints.NotFound(id);
        }

        var outcome = mover.Preview(record, release, redline: false);
        if (outcome is not MoveOutcome.Previewed { Preview: var preview })
        {
            return Refused(outcome);
        }

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"nhsuk-body-l\">{E(record.Title)} is on release {E(preview.From)}. This is what building the same choices and values on release {E(preview.To)} changes.</p>");
        if (!preview.CanMove)
        {
            html.Append("<div class=\"nhsuk-error-summary\" aria-labelledby=\"error-summary-title\" role=\"alert\" tabindex=\"-1\"><h2 class=\"nhsuk-error-summary__title\" id=\"error-summary-title\">The contract cannot move to this release as it is</h2><div class=\"nhsuk-error-summary__body\"><ul class=\"nhsuk-list nhsuk-error-summary__list\">");
            foreach (var problem in preview.Problems)
            {
                html.Append("<li>").Append(E(problem.Message)).Append("</li>");
            }

            html.Append("</ul></div></div>");
        }

        Clauses(html, "Clauses and schedules added", preview.Added, c => c.ToVersion!);
        Clauses(html, "Clauses and schedules removed", preview.Removed, c => c.FromVersion!);
        Clauses(html, "Clauses and schedules changed", preview.Changed, c => $"{c.FromVersion} to {c.ToVersion}");
        html.Append("<h2>New values needed</h2>");
        html.Append(preview.NewVariables.IsEmpty
            ? "<p class=\"nhsuk-body\">None: the new release needs no value the contract does not already give.</p>"
            : Table("New values needed", ["Value", "What it is", "Given"], preview.NewVariables.Select(v => (IReadOnlyList<string>)[E(mover.Library.Model.Labels.Variable(v.Name).Label), E(v.Description), v.Given ? "yes" : v.Required ? "no: required" : "no"]), hideCaption: true));
        if (preview.CanMove)
        {
            html.Append("<h2>Check the changes in Word</h2><p class=\"nhsuk-body\">")
                .Append(Link($"Download the redline: the draft on {preview.From} with the changes to {preview.To} tracked (Word)", $"/contracts/{id}/move/{preview.To}/redline"))
                .Append("</p>");
            html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/contracts/{E(id)}/move/{E(preview.To)}\" novalidate>{AntiforgeryField}<input type=\"hidden\" name=\"idempotency\" value=\"{Guid.NewGuid():N}\">")
                .Append(CultureInfo.InvariantCulture, $"<p class=\"nhsuk-body\">Moving makes a new draft of this contract on release {E(preview.To)}. The draft on release {E(preview.From)} is kept.</p>")
                .Append(CultureInfo.InvariantCulture, $"<button class=\"nhsuk-button\" type=\"submit\">Move to release {E(preview.To)}</button></form>");
        }

        return Page($"Move to release {preview.To}", html.ToString(), YourContracts);
    }

    /// <summary>GET /contracts/{id}/move/{release}/redline: the redline .docx.</summary>
    public static Task<Results<FileContentHttpResult, ProblemResult>> CommissionerMoveRedline(string id, string release, ClaimsPrincipal user, ContractArchive archive, ContractMover mover, CancellationToken cancellationToken) =>
        MoveEndpoints.MoveRedline(id, release, user, archive, mover, cancellationToken);

    /// <summary>POST /contracts/{id}/move/{release}: makes the new draft and says so, with its download link.</summary>
    public static async Task<Results<PageResult, ProblemResult>> CommissionerMove(string id, string release, HttpRequest request, ClaimsPrincipal user, ContractArchive archive, ContractMover mover, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(mover);
        if (await ContractEndpoints.Find(id, user, archive, cancellationToken) is not { } record || record.OwnerId != user.Author().Id && !user.IsInRole(Roles.Legal))
        {
            return ContractEndpoints.NotFound(id);
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        var key = form?["idempotency"].ToString() is { Length: > 0 and <= 200 } k ? k : null;
        var outcome = await mover.MoveAsync(record, release, user.Author(), key, cancellationToken);
        if (outcome is not MoveOutcome.Moved moved)
        {
            return Refused(outcome);
        }

        var html = $"<div class=\"nhsuk-panel\"><h2 class=\"nhsuk-panel__title\">Moved to release {E(moved.Preview.To)}</h2><div class=\"nhsuk-panel__body\">A new draft of {E(record.Title)} is on release {E(moved.Preview.To)}; the draft on release {E(moved.Preview.From)} is kept.</div></div>"
            + $"<p class=\"nhsuk-body\">{Link("Download the new draft", $"/api/contracts/{id}/documents/{moved.Draft.Id}")}</p><p class=\"nhsuk-body\">{Link("Your contracts", "/contracts")}</p>";
        return Page($"Moved to release {moved.Preview.To}", html, YourContracts);
    }

    private static Results<PageResult, ProblemResult> Refused(MoveOutcome outcome)
    {
        if (outcome is MoveOutcome.NotNewer or MoveOutcome.Refused)
        {
            var message = MoveEndpoints.Problem(outcome).Detail;
            return Page("This contract cannot move", $"<p class=\"nhsuk-body\">{E(message)}</p><p class=\"nhsuk-body\">{Link("Your contracts", "/contracts")}</p>", YourContracts);
        }

        return MoveEndpoints.Problem(outcome);
    }

    private static void Clauses(StringBuilder html, string title, System.Collections.Immutable.ImmutableArray<MovedClause> clauses, Func<MovedClause, string> versions)
    {
        html.Append("<h2>").Append(E(title)).Append("</h2>");
        html.Append(clauses.IsEmpty
            ? "<p class=\"nhsuk-body\">None.</p>"
            : Table(title, ["Clause or schedule", "Version"], clauses.Select(c => (IReadOnlyList<string>)[E(c.Kind == "schedule" ? $"{c.Title} (schedule)" : c.Title), E(versions(c))]), hideCaption: true));
    }
}
