using System.Security.Claims;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Http;
using ContractDocs.Intake;
using ContractDocs.Storage;

namespace ContractDocs.Functions.Endpoints;

/// <summary>POST /api/contracts/{id}/executed: procurement files the signed .docx or .pdf (raw body or multipart
/// field "file"). The bytes are inspected first; a refusal stores nothing but an audit event.</summary>
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

            var (content, fileName) = await ReadUploadAsync(request, engine.MaxUploadBytes, cancellationToken);
            if (content is null)
            {
                return ApiProblems.Problem(413, IntakeCodes.TooLarge, ApiProblems.Title(413), $"The document is larger than the limit of {engine.MaxUploadBytes:N0} bytes.", "file");
            }

            var who = user.Identity!.Name!;
            var result = DocumentInspector.Inspect(content, fileName, new IntakeLimits(MaxBytes: engine.MaxUploadBytes));
            if (!result.Accepted)
            {
                await ExecutedFiling.AuditRefusalAsync(engine, record, result.Sha256, who, $"{result.Code}: {result.Reason}", cancellationToken);
                var status = result.Code switch { IntakeCodes.TooLarge => 413, IntakeCodes.UnsupportedType => 415, _ => 422 };
                return ApiProblems.Problem(status, result.Code!, ApiProblems.Title(status), result.Reason!, "file");
            }

            if (!await ExecutedFiling.FileAsync(engine, record, result, content, who, cancellationToken))
            {
                return ApiProblems.Problem(409, "already-filed", ApiProblems.Title(409), "This exact document is already filed against the contract.", "file");
            }

            var documentId = "x-" + result.Sha256[..16];
            return Results.Created($"/api/contracts/{id}/documents/{documentId}", new { DocumentId = documentId, Kind = ContractDocumentEntry.Executed, Type = result.Kind.ToString()!.ToLowerInvariant(), result.Sha256, result.Length, OriginalName = result.CleanOriginalName });
        }).RequireAuthorization(Roles.Filing).WithTags("Contracts").DisableAntiforgery();
        return routes;
    }

    private static async Task<(byte[]? Content, string? FileName)> ReadUploadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
            if (file is null || file.Length > limit)
            {
                return (file is null ? [] : null, file?.FileName);
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            return (buffer.ToArray(), file.FileName);
        }

        var name = request.Headers.ContentDisposition.FirstOrDefault() is { } disposition
            && System.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(disposition, out var parsed) ? parsed.FileNameStar ?? parsed.FileName?.Trim('"') : null;
        return (await Bodies.ReadAsync(request, limit, cancellationToken), name);
    }
}
