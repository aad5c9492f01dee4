using System.Security.Claims;
using ContractDocs.Drafting;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Endpoints.Answers;
using ContractDocs.Functions.Hosting;
using ContractDocs.Functions.Http;
using ContractDocs.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace ContractDocs.Functions.Endpoints;

/// <summary>Moving a contract to a newer release: what it would change, the redline of its draft against the draft on
/// that release, and the move itself (a new draft; the old ones kept).</summary>
public static class MoveEndpoints
{
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapMoves(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/contracts/{id}/moves").WithTags("Contracts");
        group.MapGet("/{release}", MovePreview).RequireAuthorization(Roles.Reading).AsFunction(nameof(MovePreview), AuthorizationLevel.Function);
        group.MapGet("/{release}/redline", MoveRedline).RequireAuthorization(Roles.Reading).AsFunction(nameof(MoveRedline), AuthorizationLevel.Function);
        group.MapPost("/{release}", MoveContract).RequireAuthorization(Roles.Drafting).AsFunction(nameof(MoveContract), AuthorizationLevel.Function);
        return routes;
    }

    /// <summary>GET /api/contracts/{id}/moves/{release}: the clauses added, removed and changed, the new values needed
    /// and every problem the selection meets on that release.</summary>
    public static async Task<Results<Ok<MovePreview>, ProblemResult>> MovePreview(string id, string release, ClaimsPrincipal user, ContractArchive archive, ContractMover mover, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mover);
        if (await ContractEndpoints.Find(id, user, archive, cancellationToken) is not { } record)
        {
            return ContractEndpoints.NotFound(id);
        }

        return mover.Preview(record, release, redline: false) switch
        {
            MoveOutcome.Previewed previewed => TypedResults.Ok(previewed.Preview),
            var other => Problem(other),
        };
    }

    /// <summary>GET /api/contracts/{id}/moves/{release}/redline: the .docx of the contract's draft with the changes the
    /// move makes as tracked changes.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemResult>> MoveRedline(string id, string release, ClaimsPrincipal user, ContractArchive archive, ContractMover mover, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mover);
        if (await ContractEndpoints.Find(id, user, archive, cancellationToken) is not { } record)
        {
            return ContractEndpoints.NotFound(id);
        }

        return mover.Preview(record, release, redline: true) switch
        {
            MoveOutcome.Previewed { Redline: { } bytes } previewed => TypedResults.File(bytes, WordType, $"{id}-{previewed.Preview.From}-to-{previewed.Preview.To}-redline.docx"),
            var other => Problem(other),
        };
    }

    /// <summary>POST /api/contracts/{id}/moves/{release}: a new draft of the contract on that release; honours
    /// <c>Idempotency-Key</c>.</summary>
    public static async Task<Results<Created<MovedDraft>, ProblemResult>> MoveContract(string id, string release, HttpRequest request, ClaimsPrincipal user, ContractArchive archive, ContractMover mover, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(mover);
        var key = request.Headers["Idempotency-Key"].FirstOrDefault();
        if (key is { Length: 0 or > 200 })
        {
            return ApiProblems.Problem(400, "invalid-idempotency-key", ApiProblems.Title(400), "Idempotency-Key must be 1 to 200 characters.", "Idempotency-Key");
        }

        if (await ContractEndpoints.Find(id, user, archive, cancellationToken) is not { } record || !CommissionerMay(user, record))
        {
            return ContractEndpoints.NotFound(id);
        }

        return await mover.MoveAsync(record, release, user.Author(), key, cancellationToken) switch
        {
            MoveOutcome.Moved moved => TypedResults.Created($"/api/contracts/{id}/documents/{moved.Draft.Id}",
                new MovedDraft(id, moved.Draft.Id, moved.Preview.From, moved.Preview.To, moved.Draft.Sha256, new Uri($"/api/contracts/{id}/documents/{moved.Draft.Id}", UriKind.Relative), moved.Preview)),
            var other => Problem(other),
        };
    }

    /// <summary>A contract is moved by the person who owns it, or by legal.</summary>
    private static bool CommissionerMay(ClaimsPrincipal user, ContractRecord record) =>
        record.OwnerId == user.Author().Id || user.IsInRole(Roles.Legal);

    public static ProblemResult Problem(MoveOutcome outcome) => outcome switch
    {
        MoveOutcome.UnknownRelease unknown => ApiProblems.Problem(404, "unknown-release", ApiProblems.Title(404),
            $"There is no release '{unknown.Release}'. Releases: {string.Join(", ", unknown.Known)}.", "release"),
        MoveOutcome.NotNewer { Current: var current, Target: var target } when current == target => ApiProblems.Problem(422, "same-release", ApiProblems.Title(422),
            $"The contract is already on release {current}: {current} and {target} are the same release, so there is nothing to move.", "release"),
        MoveOutcome.NotNewer notNewer => ApiProblems.Problem(422, "not-newer-release", ApiProblems.Title(422),
            $"The contract is on release {notNewer.Current}; a contract moves only to a newer release than {notNewer.Current}, and {notNewer.Target} is older.", "release"),
        MoveOutcome.Refused refused => ApiProblems.From(refused.Preview.Problems),
        MoveOutcome.KeyReused reused => ApiProblems.Problem(422, "idempotency-key-reused", ApiProblems.Title(422),
            $"This Idempotency-Key already moved the contract to another release (draft {reused.DocumentId}). Use a new key for a new move.", "Idempotency-Key"),
        _ => ApiProblems.Problem(500, "internal-error", ApiProblems.Title(500), "ContractDocs failed unexpectedly; nothing partial was saved."),
    };
}
