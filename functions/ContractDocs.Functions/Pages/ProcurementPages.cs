using System.Security.Claims;
using System.Text;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Endpoints;
using ContractDocs.Intake;
using ContractDocs.Storage;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>Procurement's page: find a contract, upload the finished .docx or .pdf, see the inspection's result in
/// plain words, and the contract's documents and audit trail. Plain form posts; works without JavaScript.</summary>
public static class ProcurementPages
{
    public static IEndpointRouteBuilder MapProcurementPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/procurement").RequireAuthorization(Roles.Filing).ExcludeFromDescription().DisableAntiforgery();
        group.MapGet("/", async (string? q, Engine engine, CancellationToken cancellationToken) =>
        {
            var rows = new List<IReadOnlyList<string>>();
            await foreach (var record in engine.Archive.ListAsync(cancellationToken))
            {
                if (string.IsNullOrWhiteSpace(q) || record.Title.Contains(q, StringComparison.OrdinalIgnoreCase) || record.Id.Contains(q, StringComparison.OrdinalIgnoreCase))
                {
                    rows.Add([Link(record.Title, $"/procurement/{record.Id}"), E(record.Id), E(record.Status), E(record.CreatedAt.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture))]);
                }
            }

            var search = "<form method=\"get\" action=\"/procurement\" novalidate><div class=\"nhsuk-form-group\"><label class=\"nhsuk-label\" for=\"q\">Find a contract by title or id</label>"
                + $"<input class=\"nhsuk-input nhsuk-u-width-two-thirds\" id=\"q\" name=\"q\" type=\"search\" value=\"{E(q)}\"></div><button class=\"nhsuk-button nhsuk-button--secondary\" type=\"submit\">Search</button></form>";
            var list = rows.Count == 0 ? "<p class=\"nhsuk-body\">No contracts match.</p>" : Table("Contracts", ["Title", "Id", "Status", "Created"], rows);
            return Page("File a signed contract", search + list);
        });
        group.MapGet("/{id}", async (string id, ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken) =>
            await ContractEndpoints.Find(id, user, engine, cancellationToken) is { } record ? await ContractPage(record, engine, null, cancellationToken) : Results.NotFound());
        group.MapPost("/{id}", async (string id, HttpRequest request, ClaimsPrincipal user, Engine engine, CancellationToken cancellationToken) =>
        {
            if (await ContractEndpoints.Find(id, user, engine, cancellationToken) is not { } record)
            {
                return Results.NotFound();
            }

            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.GetFile("file");
            if (file is null || file.Length == 0)
            {
                return await ContractPage(record, engine, (false, "Select the signed .docx or .pdf to upload."), cancellationToken);
            }

            if (file.Length > engine.MaxUploadBytes)
            {
                return await ContractPage(record, engine, (false, $"The file is larger than {engine.MaxUploadBytes / 1024 / 1024} MB; upload a smaller copy."), cancellationToken);
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            var who = user.Identity!.Name!;
            var result = DocumentInspector.Inspect(buffer.ToArray(), file.FileName, new IntakeLimits(MaxBytes: engine.MaxUploadBytes));
            if (!result.Accepted)
            {
                await ExecutedFiling.AuditRefusalAsync(engine, record, result.Sha256, who, $"{result.Code}: {result.Reason}", cancellationToken);
                return await ContractPage(record, engine, (false, $"The document was refused: {result.Reason}"), cancellationToken);
            }

            var filed = await ExecutedFiling.FileAsync(engine, record, result, buffer.ToArray(), who, cancellationToken);
            var fresh = (await engine.Archive.GetAsync(id, cancellationToken))!.Value.Record;
            return await ContractPage(fresh, engine, (true, filed ? $"Accepted: {result.CleanOriginalName} is filed against this contract." : "This exact document was already filed."), cancellationToken);
        });
        return routes;
    }

    private static async Task<IResult> ContractPage(ContractRecord record, Engine engine, (bool Accepted, string Message)? outcome, CancellationToken cancellationToken)
    {
        var html = new StringBuilder();
        if (outcome is { Accepted: false } refused)
        {
            html.Append(FormHtml.ErrorSummary([("file", refused.Message)]));
        }
        else if (outcome is { } accepted)
        {
            html.Append("<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: </span><p>").Append(E(accepted.Message)).Append("</p></div>");
        }

        html.Append("<p class=\"nhsuk-body\">").Append(E($"{record.Id}: release {record.Release}, {record.Model}, status {record.Status}.")).Append("</p>");
        var error = outcome is { Accepted: false } ? " nhsuk-form-group--error" : string.Empty;
        html.Append($"<form method=\"post\" action=\"/procurement/{E(record.Id)}\" enctype=\"multipart/form-data\" novalidate><div class=\"nhsuk-form-group{error}\">")
            .Append("<label class=\"nhsuk-label nhsuk-label--m\" for=\"file\">Upload the signed contract</label><div class=\"nhsuk-hint\" id=\"file-hint\">A .docx or .pdf, as signed by every party.</div>");
        if (outcome is { Accepted: false } inline)
        {
            html.Append(FormHtml.ErrorMessage(inline.Message, "file-error"));
        }

        html.Append("<input class=\"nhsuk-file-upload\" id=\"file\" name=\"file\" type=\"file\" accept=\".docx,.pdf\" aria-describedby=\"file-hint\"></div>")
            .Append("<button class=\"nhsuk-button\" type=\"submit\">Upload and check</button></form>");
        html.Append(Table("Documents", ["Kind", "Name", "SHA-256", "Added by"], record.Documents.Select(d => (IReadOnlyList<string>)
            [E(d.Kind), Link(d.OriginalName ?? d.Name, $"/api/contracts/{record.Id}/documents/{d.Id}"), E(d.Sha256[..16] + "…"), E(d.AddedBy)])));
        var audit = await engine.Archive.AuditAsync(record.Id, cancellationToken);
        html.Append(Table("Audit trail", ["When", "Who", "What", "Detail"], audit.Select(a => (IReadOnlyList<string>)
            [E(a.When.ToString("d MMM yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)), E(a.Who), E(a.Action), E(a.Detail ?? a.DocumentSha256?[..16])])));
        return Page(record.Title, html.ToString(), ("Find a contract", "/procurement"));
    }
}
