using System.Security.Claims;
using ContractDocs.Drafting;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Endpoints.Answers;
using ContractDocs.Functions.Hosting;
using ContractDocs.Functions.Http;
using ContractDocs.Intake;
using ContractDocs.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace ContractDocs.Functions.Endpoints;

/// <summary>POST /api/contracts/{id}/executed: procurement files the signed .docx or .pdf, as the raw body (any content
/// type but multipart: <c>curl --data-binary @signed.pdf</c> sends form-urlencoded, and those bytes are the file) or
/// as the multipart field "file". The bytes are inspected first; a refusal stores nothing but an audit event.
/// 201: filed and recorded; 409: these exact bytes are already filed.</summary>
public static class ExecutedEndpoints
{
    public static IEndpointRouteBuilder MapExecuted(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/contracts/{id}/executed", ContractExecuted).RequireAuthorization(Roles.Filing).WithTags("Contracts").DisableAntiforgery()
            .AsFunction(nameof(ContractExecuted), AuthorizationLevel.Function);
        return routes;
    }

    public static async Task<Results<Created<FiledDocument>, ProblemResult>> ContractExecuted(string id, HttpRequest request, ClaimsPrincipal user, ContractArchive archive, ExecutedFiler filer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filer);
        var record = await ContractEndpoints.Find(id, user, archive, cancellationToken);
        if (record is null)
        {
            return ContractEndpoints.NotFound(id);
        }

        var upload = await Uploads.ReadAsync(request, filer.Limits.MaxBytes, cancellationToken);
        if (upload.Problem is { } problem)
        {
            return problem;
        }

        return await filer.FileAsync(record, upload.Content!, upload.FileName, user.Author(), cancellationToken) switch
        {
            FilingOutcome.Filed filed => TypedResults.Created($"/api/contracts/{id}/documents/{filed.Entry.Id}", new FiledDocument(filed.Entry.Id, ContractDocumentEntry.Executed,
                filed.Inspection.Kind.ToString()!.ToLowerInvariant(), filed.Entry.Sha256, filed.Entry.Length, filed.Entry.OriginalName)),
            FilingOutcome.AlreadyFiled => ApiProblems.Problem(409, "already-filed", ApiProblems.Title(409), "This exact document is already filed against the contract; nothing was filed twice.", "file"),
            FilingOutcome.Refused refused => Refusal(refused.Inspection),
            var other => throw new InvalidOperationException($"Unknown filing outcome {other.GetType().Name}."),
        };
    }

    /// <summary>A refused document: 413 too large, 415 not a .docx or .pdf (or not what its name says), else 422.</summary>
    public static ProblemResult Refusal(InspectionResult inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var status = IntakeStatus.Of(inspection.Code!);
        return ApiProblems.Problem(status, inspection.Code!, "The document was not filed", inspection.Reason!, "file");
    }
}
