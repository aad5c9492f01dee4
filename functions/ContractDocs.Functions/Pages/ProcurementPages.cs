using System.Security.Claims;
using System.Text;
using ContractDocs.Drafting;
using ContractDocs.Functions.Auth;
using ContractDocs.Functions.Http;
using ContractDocs.Functions.Endpoints;
using ContractDocs.Functions.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using ContractDocs.Intake;
using ContractDocs.Storage;
using static ContractDocs.Functions.Pages.Html;

namespace ContractDocs.Functions.Pages;

/// <summary>Procurement's page: find a contract, upload the finished .docx or .pdf, see the inspection's result in
/// plain words, each signed copy against the draft, and the contract's documents and audit trail. Plain form posts; works without JavaScript.</summary>
public static class ProcurementPages
{
    public static IEndpointRouteBuilder MapProcurementPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/procurement").RequireAuthorization(Roles.Filing).ExcludeFromDescription();
        group.MapGet("/", ProcurementHome).AsFunction(nameof(ProcurementHome), AuthorizationLevel.Anonymous);
        group.MapGet("/{id}", ProcurementContract).AsFunction(nameof(ProcurementContract), AuthorizationLevel.Anonymous);
        group.MapPost("/{id}", ProcurementUpload).RequireAntiforgeryToken().AsFunction(nameof(ProcurementUpload), AuthorizationLevel.Anonymous);
        return routes;
    }

    /// <summary>GET /procurement?q=&amp;continuation=: find a contract by title or id.</summary>
    public static async Task<PageResult> ProcurementHome(string? q, string? continuation, ContractArchive archive, CancellationToken cancellationToken)
    {
        var found = await ProcurementSearch.FindAsync(archive, q, continuation, cancellationToken);
        var rows = found.Items.Select(c => (IReadOnlyList<string>)[Link(c.Title, $"/procurement/{c.Id}"), E(c.Id), E(c.Status), E(LondonTime.Day(c.CreatedAt))]).ToList();

        var search = "<form method=\"get\" action=\"/procurement\" novalidate><div class=\"nhsuk-form-group\"><label class=\"nhsuk-label\" for=\"q\">Find a contract by title or id</label>"
            + $"<input class=\"nhsuk-input nhsuk-u-width-two-thirds\" id=\"q\" name=\"q\" type=\"search\" value=\"{E(q)}\"></div><button class=\"nhsuk-button nhsuk-button--secondary\" type=\"submit\">Search</button></form>";
        var list = rows.Count == 0 ? "<p class=\"nhsuk-body\">No contracts match.</p>" : Table("Contracts", ["Title", "Id", "Status", "Created"], rows);
        var more = found.Continuation is null ? string.Empty
            : $"<p class=\"nhsuk-body\">{Link(string.IsNullOrWhiteSpace(q) ? "Older contracts" : "Search older contracts", $"/procurement?q={Uri.EscapeDataString(q ?? string.Empty)}&continuation={Uri.EscapeDataString(found.Continuation)}")}</p>";
        return Page("File a signed contract", search + list + more);
    }

    /// <summary>GET /procurement/{id}: the upload form, the documents and the audit trail.</summary>
    public static async Task<Results<PageResult, NotFound>> ProcurementContract(string id, ClaimsPrincipal user, ContractArchive archive, SignedCopyCheck check, CancellationToken cancellationToken) =>
        await ContractEndpoints.Find(id, user, archive, cancellationToken) is { } record ? await ContractPage(record, archive, check, ComparisonEndpoints.ReadWait, null, cancellationToken) : TypedResults.NotFound();

    /// <summary>POST /procurement/{id}: file the uploaded document, and say in plain words what the check found.</summary>
    public static async Task<Results<PageResult, NotFound, ProblemResult>> ProcurementUpload(string id, HttpRequest request, ClaimsPrincipal user, ContractArchive archive, ExecutedFiler filer, SignedCopyCheck check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(filer);
        if (await ContractEndpoints.Find(id, user, archive, cancellationToken) is not { } record)
        {
            return TypedResults.NotFound();
        }

        if (!request.HasFormContentType)
        {
            return ApiProblems.Problem(415, "not-a-form", "Unsupported media type", "Send the upload as multipart/form-data with the document in the field named file.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return await ContractPage(record, archive, check, TimeSpan.Zero, (false, "Select the signed .docx or .pdf to upload."), cancellationToken);
        }

        var limit = filer.Limits.MaxBytes;
        if (file.Length > limit)
        {
            return await ContractPage(record, archive, check, TimeSpan.Zero, (false, $"The file is larger than {limit / 1024 / 1024} MB; upload a smaller copy."), cancellationToken);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var outcome = await filer.FileAsync(record, buffer.ToArray(), file.FileName, user.Author(), cancellationToken);
        var fresh = await archive.GetAsync(id, cancellationToken) ?? record;
        // The filing waited for the comparison as long as it may; the page that answers it waits no more.
        return await ContractPage(fresh, archive, check, TimeSpan.Zero, outcome switch
        {
            FilingOutcome.Filed filed => (true, $"Accepted: {filed.Entry.OriginalName} is filed against this contract."),
            FilingOutcome.AlreadyFiled => (true, "This exact document was already filed."),
            FilingOutcome.Refused refused => (false, refused.Inspection.Reason ?? "The document was not filed."),
            _ => (false, "The document could not be filed."),
        }, cancellationToken);
    }

    private static async Task<PageResult> ContractPage(ContractRecord record, ContractArchive archive, SignedCopyCheck check, TimeSpan comparisonWait, (bool Accepted, string Message)? outcome, CancellationToken cancellationToken)
    {
        var html = new StringBuilder();
        if (outcome is { Accepted: false } refused)
        {
            html.Append(FormHtml.ErrorSummary([("file", refused.Message)], "The document was not filed"));
        }
        else if (outcome is { } accepted)
        {
            html.Append("<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: </span><p>").Append(E(accepted.Message)).Append("</p></div>");
        }

        html.Append("<p class=\"nhsuk-body\">").Append(E($"{record.Id}: release {record.CurrentRelease}, {record.Model}, status {record.Status}.")).Append("</p>");
        var error = outcome is { Accepted: false } ? " nhsuk-form-group--error" : string.Empty;
        html.Append($"<form method=\"post\" action=\"/procurement/{E(record.Id)}\" enctype=\"multipart/form-data\" novalidate>" + Html.AntiforgeryField + $"<div class=\"nhsuk-form-group{error}\">")
            .Append("<label class=\"nhsuk-label nhsuk-label--m\" for=\"file\">Upload the signed contract</label><div class=\"nhsuk-hint\" id=\"file-hint\">A .docx or .pdf, as signed by every party.</div>");
        if (outcome is { Accepted: false } inline)
        {
            html.Append(FormHtml.ErrorMessage(inline.Message, "file-error"));
        }

        html.Append("<input class=\"nhsuk-file-upload\" id=\"file\" name=\"file\" type=\"file\" accept=\".docx,.pdf\" aria-describedby=\"file-hint\"></div>")
            .Append("<button class=\"nhsuk-button\" type=\"submit\">Upload and check</button></form>");
        html.Append(Table("Documents", ["Kind", "Name", "Release", "SHA-256", "Added by"], record.Documents.Select(d => (IReadOnlyList<string>)
            [E(d.Kind), Link(d.OriginalName ?? d.Name, $"/api/contracts/{record.Id}/documents/{d.Id}"), E(record.ReleaseOf(d)), E(d.Sha256[..16] + "…"), E(d.AddedBy)])));
        foreach (var signed in record.Documents.Where(d => d.Kind == ContractDocumentEntry.Executed).Reverse())
        {
            var comparison = await check.WaitAsync(record, signed, null, comparisonWait, cancellationToken);
            html.Append(ComparisonPanel.Html(signed, comparison, comparison is null ? await check.MissingAsync(record, signed, cancellationToken) : null));
        }

        var audit = await archive.AuditAsync(record.Id, cancellationToken);
        html.Append(Table("Audit trail", ["When", "Who", "What", "Detail"], audit.Select(a => (IReadOnlyList<string>)
            [E(LondonTime.Format(a.When)), E(a.Who), E(a.Action), E(a.Detail ?? a.DocumentSha256?[..16])])));
        return Page(record.Title, html.ToString(), ("Find a contract", "/procurement"));
    }
}
