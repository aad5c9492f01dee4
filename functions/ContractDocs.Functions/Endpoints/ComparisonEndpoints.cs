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
/// while it is still being made; 404 for a contract the caller cannot read or a document that is not a signed copy.</summary>
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

        return await check.WaitAsync(record, signed, null, ReadWait, cancellationToken) is { } comparison
            ? TypedResults.Ok(comparison)
            : ApiProblems.Problem(202, "comparison-pending", "Not ready yet", ComparisonWording.Pending, "documentId", headers: new Dictionary<string, string> { ["Retry-After"] = "5" });
    }
}
