using System.Security.Claims;
using ContractDocs.Drafting;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Http;
using ContractDocs.Intake;
using ContractDocs.Storage;

namespace ContractDocs.Functions.Endpoints;

/// <summary>POST /api/contracts/{id}/executed: procurement files the signed .docx or .pdf, as the raw body (any content
/// type but multipart: <c>curl --data-binary @signed.pdf</c> sends form-urlencoded, and those bytes are the file) or
/// as the multipart field "file". The bytes are inspected first; a refusal stores nothing but an audit event.
/// 201: filed and recorded; 409: these exact bytes are already filed.</summary>
public static class ExecutedEndpoints
{
    public static IEndpointRouteBuilder MapExecuted(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/contracts/{id}/executed", async (string id, HttpRequest request, ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken) =>
        {
            var record = await ContractEndpoints.Find(id, user, engine, cancellationToken);
            if (record is null)
            {
                return ContractEndpoints.NotFound(id);
            }

            var upload = await Uploads.ReadAsync(request, engine.MaxUploadBytes, cancellationToken);
            if (upload.Problem is { } problem)
            {
                return problem;
            }

            return await engine.Filer.FileAsync(record, upload.Content!, upload.FileName, user.Author(), cancellationToken) switch
            {
                FilingOutcome.Filed filed => Results.Created($"/api/contracts/{id}/documents/{filed.Entry.Id}", new FiledDocument(filed.Entry.Id, ContractDocumentEntry.Executed,
                    filed.Inspection.Kind.ToString()!.ToLowerInvariant(), filed.Entry.Sha256, filed.Entry.Length, filed.Entry.OriginalName)),
                FilingOutcome.AlreadyFiled => ApiProblems.Problem(409, "already-filed", ApiProblems.Title(409), "This exact document is already filed against the contract; nothing was filed twice.", "file"),
                FilingOutcome.Refused refused => Refusal(refused.Inspection),
                var other => throw new InvalidOperationException($"Unknown filing outcome {other.GetType().Name}."),
            };
        }).RequireAuthorization(Roles.Filing).WithTags("Contracts").DisableAntiforgery();
        return routes;
    }

    /// <summary>A refused document: 413 too large, 415 not a .docx or .pdf (or not what its name says), else 422.</summary>
    public static IResult Refusal(InspectionResult inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var status = IntakeStatus.Of(inspection.Code!);
        return ApiProblems.Problem(status, inspection.Code!, ApiProblems.Title(status), inspection.Reason!, "file");
    }
}
