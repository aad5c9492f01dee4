using System.Security.Claims;
using ContractDocs.Drafting;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Http;
using ContractDocs.Selection;
using ContractDocs.Storage;

namespace ContractDocs.Functions.Endpoints;

/// <summary>Generate, list and read contracts, download their documents and read their audit trail.</summary>
public static class ContractEndpoints
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapContracts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/contracts").WithTags("Contracts");
        group.MapPost("/", async (HttpRequest request, ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken) =>
        {
            var body = await Bodies.ReadAsync(request, SelectionReader.MaxBytes, cancellationToken);
            if (body is null)
            {
                return Bodies.TooLarge(SelectionReader.MaxBytes);
            }

            var key = request.Headers["Idempotency-Key"].FirstOrDefault();
            if (key is { Length: 0 or > 200 })
            {
                return ApiProblems.Problem(400, "invalid-idempotency-key", ApiProblems.Title(400), "Idempotency-Key must be 1 to 200 characters.", "Idempotency-Key");
            }

            return await DraftAnswers.From(await engine.Drafter.DraftAsync(body, user.Author(), key, cancellationToken), engine, cancellationToken);
        }).RequireAuthorization(Roles.Drafting);

        group.MapGet("/", async (ClaimsPrincipal user, Engine engine, string? continuation, int? pageSize, CancellationToken cancellationToken) =>
        {
            if (pageSize is < 1 or > MaxPageSize)
            {
                return ApiProblems.Problem(400, "invalid-page-size", ApiProblems.Title(400), $"pageSize must be from 1 to {MaxPageSize}.", "pageSize");
            }

            var page = await engine.Archive.ListPageAsync(user.SeesAllContracts() ? null : user.Author().Id, continuation, pageSize ?? DefaultPageSize, cancellationToken);
            return Results.Ok(new
            {
                Items = page.Items.Select(c => new { c.Id, c.Title, c.Release, c.Model, c.Status, c.CreatedBy, c.CreatedAt }),
                page.Continuation,
            });
        }).RequireAuthorization(Roles.Reading);

        group.MapGet("/{id}", async (string id, ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken) =>
            await Find(id, user, engine, cancellationToken) is { } record ? Results.Ok(record) : NotFound(id))
            .RequireAuthorization(Roles.Reading);

        group.MapGet("/{id}/documents/{documentId}", async (string id, string documentId, ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken) =>
        {
            var record = await Find(id, user, engine, cancellationToken);
            var document = record?.Documents.FirstOrDefault(d => d.Id == documentId);
            if (record is null || document is null)
            {
                return NotFound(id);
            }

            var stream = await engine.Store.OpenReadAsync(ContractArchive.DocumentAddressOf(id, document), cancellationToken);
            return stream is null ? NotFound(id) : Results.File(stream, document.ContentType, document.Name);
        }).RequireAuthorization(Roles.Reading);

        group.MapGet("/{id}/audit", async (string id, ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken) =>
            await Find(id, user, engine, cancellationToken) is null ? NotFound(id) : Results.Ok(await engine.Archive.AuditAsync(id, cancellationToken)))
            .RequireAuthorization(Roles.Reading);
        return routes;
    }

    /// <summary>Legal and procurement read every contract; anyone else the contracts their account created.</summary>
    public static bool MayRead(ClaimsPrincipal user, ContractRecord record)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(record);
        return user.SeesAllContracts() || record.OwnerId == user.Author().Id;
    }

    /// <summary>The contract, if it exists and the caller may read it (else null: no one learns that it exists).</summary>
    public static async Task<ContractRecord?> Find(string id, ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var found = await engine.Archive.GetAsync(id, cancellationToken);
        return found is not null && MayRead(user, found) ? found : null;
    }

    public static IResult NotFound(string id) =>
        ApiProblems.Problem(404, "unknown-contract", ApiProblems.Title(404), $"There is no contract '{id}' that you can read.", "id");
}
