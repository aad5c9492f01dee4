using System.Security.Claims;
using ContractDocs.Comparing;
using ContractDocs.Drafting;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Hosting;
using ContractDocs.Functions.Http;
using ContractDocs.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace ContractDocs.Functions.Endpoints;

/// <summary>GET /api/contracts/{id}/documents/{documentId}/comparison: a filed signed copy against its draft, clause by
/// clause (<see cref="SignedCopyComparison"/>). 200 with the comparison; 202 (a problem naming it, with Retry-After)
/// while it is still being made; 409 <c>comparison-impossible</c> when the draft it is compared with (or the copy
/// itself) is not in storage, so it cannot be made until that is restored; 404 for a contract the caller cannot read or
/// a document that is not a signed copy.</summary>
public static class ComparisonEndpoints
{
    /// <summary>How long a reader waits for a comparison still being made before being told to come back.</summary>
    public static readonly TimeSpan ReadWait = TimeSpan.FromSeconds(3);

    public static IEndpointRouteBuilder MapComparisons(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/contracts/{id}/documents/{documentId}/comparison", ContractComparison).RequireAuthorization(Roles.Reading).WithTags("Contracts")
            .AsFunction(nameof(ContractComparison), AuthorizationLevel.Function);
        return routes;
    }

    public static async Task<Results<Ok<SignedCopyComparison>, ProblemResult>> ContractComparison(string id, string documentId, ClaimsPrincipal user, ContractArchive archive, SignedCopyCheck check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        var record = await ContractEndpoints.Find(id, user, archive, cancellationToken);
        var signed = record?.Documents.FirstOrDefault(d => d.Id == documentId && d.Kind == ContractDocumentEntry.Executed);
        if (record is null || signed is null)
        {
            return record is null ? ContractEndpoints.NotFound(id)
                : ApiProblems.Problem(404, "unknown-signed-copy", ApiProblems.Title(404), $"Contract {id} has no signed copy '{documentId}'.", "documentId");
        }

        if (await check.WaitAsync(record, signed, null, ReadWait, cancellationToken) is { } comparison)
        {
            return TypedResults.Ok(comparison);
        }

        return await check.MissingAsync(record, signed, cancellationToken) is { } missing
            ? ApiProblems.Problem(409, "comparison-impossible", "Cannot be compared", ComparisonWording.Missing(missing.Id, missing.Kind == ContractDocumentEntry.Draft), "documentId")
            : ApiProblems.Problem(202, "comparison-pending", "Not ready yet", ComparisonWording.Pending, "documentId", headers: new Dictionary<string, string> { ["Retry-After"] = "5" });
    }
}
