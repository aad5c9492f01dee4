using System.Security.Claims;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Http;
using ContractDocs.Selection;
using ContractDocs.Storage;

namespace ContractDocs.Functions.Endpoints;

/// <summary>Generate, list and read contracts, download their documents and read their audit trail.</summary>
public static class ContractEndpoints
{
    public static IEndpointRouteBuilder MapContracts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/contracts").WithTags("Contracts");
        group.MapPost("/", async (HttpRequest request, ClaimsPrincipal user, ContractDrafting drafting, CancellationToken cancellationToken) =>
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

            return await drafting.GenerateAsync(body, user.Identity!.Name!, key, cancellationToken);
        }).RequireAuthorization(Roles.Drafting);

        group.MapGet("/", async (ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken) =>
        {
            var list = new List<object>();
            await foreach (var record in engine.Archive.ListAsync(cancellationToken))
            {
                if (MayRead(user, record))
                {
                    list.Add(new { record.Id, record.Title, record.Release, record.Model, record.Status, record.CreatedBy, record.CreatedAt });
                }
            }

            return Results.Ok(list);
        }).RequireAuthorization(Roles.Reading);

        group.MapGet("/{id}", async (string id, ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken) =>
            await Find(id, user, engine, cancellationToken) is { } record ? Results.Ok(record with { }) : NotFound(id))
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

    /// <summary>Commissioners read the contracts they created; legal and procurement read all.</summary>
    public static bool MayRead(ClaimsPrincipal user, ContractRecord record) =>
        user.IsInRole(Roles.Legal) || user.IsInRole(Roles.Procurement) || record.CreatedBy == user.Identity?.Name;

    public static async Task<ContractRecord?> Find(string id, ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken)
    {
        if (!ContractArchive.IsContractId(id))
        {
            return null;
        }

        var found = await engine.Archive.GetAsync(id, cancellationToken);
        return found is { } hit && MayRead(user, hit.Record) ? hit.Record : null;
    }

    public static IResult NotFound(string id) =>
        ApiProblems.Problem(404, "unknown-contract", ApiProblems.Title(404), $"There is no contract '{id}' that you can read.", "id");
}
