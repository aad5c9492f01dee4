using System.Globalization;
using System.Security.Claims;
using ContractDocs.Drafting;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Endpoints.Answers;
using ContractDocs.Functions.Hosting;
using ContractDocs.Functions.Http;
using ContractDocs.Selection;
using ContractDocs.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace ContractDocs.Functions.Endpoints;

/// <summary>Generate, list and read contracts, download their documents and read their audit trail.</summary>
public static class ContractEndpoints
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapContracts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/contracts").WithTags("Contracts");
        group.MapPost("/", DraftContract).RequireAuthorization(Roles.Drafting).AsFunction(nameof(DraftContract), AuthorizationLevel.Function);
        group.MapGet("/", ListContracts).RequireAuthorization(Roles.Reading).AsFunction(nameof(ListContracts), AuthorizationLevel.Function);
        group.MapGet("/{id}", Contract).RequireAuthorization(Roles.Reading).AsFunction(nameof(Contract), AuthorizationLevel.Function);
        group.MapGet("/{id}/documents/{documentId}", ContractDocument).RequireAuthorization(Roles.Reading).AsFunction(nameof(ContractDocument), AuthorizationLevel.Function);
        group.MapGet("/{id}/audit", ContractAudit).RequireAuthorization(Roles.Reading).AsFunction(nameof(ContractAudit), AuthorizationLevel.Function);
        return routes;
    }

    /// <summary>POST /api/contracts: reads, resolves, renders and stores the selection (one engine use case); an
    /// Idempotency-Key makes a repeat find the first one's contract.</summary>
    public static async Task<Results<Created<DraftedContract>, ProblemResult>> DraftContract(HttpRequest request, ClaimsPrincipal user, ContractDrafter drafter, DraftReceipts receipts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(drafter);
        ArgumentNullException.ThrowIfNull(receipts);
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

        return await receipts.AnswerAsync(await drafter.DraftAsync(body, user.Author(), key, cancellationToken), cancellationToken);
    }

    /// <summary>GET /api/contracts?pageSize=&amp;continuation=: the caller's contracts (legal and procurement: all),
    /// newest first, a page at a time from the index.</summary>
    public static async Task<Results<Ok<ContractList>, ProblemResult>> ListContracts(ClaimsPrincipal user, ContractArchive archive, string? continuation, string? pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var size = DefaultPageSize;
        if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxPageSize))
        {
            return ApiProblems.Problem(400, "invalid-page-size", ApiProblems.Title(400), $"pageSize must be from 1 to {MaxPageSize}.", "pageSize");
        }

        var page = await archive.ListPageAsync(user.SeesAllContracts() ? null : user.Author().Id, continuation, size, cancellationToken);
        return TypedResults.Ok(new ContractList([.. page.Items.Select(c => new ContractListItem(c.Id, c.Title, c.Release, c.Model, c.Status, c.CreatedBy, c.CreatedAt))], page.Continuation));
    }

    /// <summary>GET /api/contracts/{id}: the contract's record.</summary>
    public static async Task<Results<Ok<ContractRecord>, ProblemResult>> Contract(string id, ClaimsPrincipal user, ContractArchive archive, CancellationToken cancellationToken) =>
        await Find(id, user, archive, cancellationToken) is { } record ? TypedResults.Ok(record) : NotFound(id);

    /// <summary>GET /api/contracts/{id}/documents/{documentId}: the document's bytes.</summary>
    public static async Task<Results<FileStreamHttpResult, ProblemResult>> ContractDocument(string id, string documentId, ClaimsPrincipal user, ContractArchive archive, IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var record = await Find(id, user, archive, cancellationToken);
        var document = record?.Documents.FirstOrDefault(d => d.Id == documentId);
        if (record is null || document is null)
        {
            return NotFound(id);
        }

        var stream = await store.OpenReadAsync(ContractArchive.DocumentAddressOf(id, document), cancellationToken);
        return stream is null ? NotFound(id) : TypedResults.File(stream, document.ContentType, document.Name);
    }

    /// <summary>GET /api/contracts/{id}/audit: the contract's audit events, oldest first.</summary>
    public static async Task<Results<Ok<System.Collections.Immutable.ImmutableArray<AuditEvent>>, ProblemResult>> ContractAudit(string id, ClaimsPrincipal user, ContractArchive archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        return await Find(id, user, archive, cancellationToken) is null ? NotFound(id) : TypedResults.Ok(await archive.AuditAsync(id, cancellationToken));
    }

    /// <summary>Legal and procurement read every contract; anyone else the contracts their account created.</summary>
    public static bool MayRead(ClaimsPrincipal user, ContractRecord record)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(record);
        return user.SeesAllContracts() || record.OwnerId == user.Author().Id;
    }

    /// <summary>The contract, if it exists and the caller may read it (else null: no one learns that it exists).</summary>
    public static async Task<ContractRecord?> Find(string id, ClaimsPrincipal user, ContractArchive archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var found = await archive.GetAsync(id, cancellationToken);
        return found is not null && MayRead(user, found) ? found : null;
    }

    public static ProblemResult NotFound(string id) =>
        ApiProblems.Problem(404, "unknown-contract", ApiProblems.Title(404), $"There is no contract '{id}' that you can read.", "id");
}
