using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContractDocs.Functions.Http;
using ContractDocs.Selection;
using ContractDocs.Storage;

namespace ContractDocs.Functions;

/// <summary>
/// Generate: read and resolve the selection, render the contract, store the document (create-only), then the
/// record that points at it, then the audit event. With an Idempotency-Key the contract id comes from the caller and
/// the key, so a retry finds the first result instead of writing again. Thread-safe.
/// </summary>
public sealed class ContractDrafting
{
    private readonly Engine _engine;

    public ContractDrafting(Engine engine) => _engine = engine;

    public async Task<IResult> GenerateAsync(byte[] body, string user, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var read = SelectionReader.Read(body);
        if (read.Selection is null)
        {
            return ApiProblems.From(read.Problems);
        }

        var resolved = _engine.Resolver.Resolve(read.Selection);
        if (!resolved.Succeeded)
        {
            return resolved.Problems.IsEmpty ? ApiProblems.Problem(422, "unbuildable", ApiProblems.Title(422), "The selection cannot be built.") : ApiProblems.From(resolved.Problems);
        }

        var plan = resolved.Plan!;
        var contractId = idempotencyKey is null
            ? "c-" + Guid.NewGuid().ToString("N")[..20]
            : "c-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{user}\n{idempotencyKey}")))[..20];
        if (idempotencyKey is not null && await _engine.Archive.GetAsync(contractId, cancellationToken) is { } earlier)
        {
            return await CreatedAsync(earlier.Record, plan, cancellationToken);
        }

        using var output = new MemoryStream();
        _engine.Renderer.Render(plan, output);
        var bytes = output.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var document = new ContractDocumentEntry("d-" + sha[..16], ContractDocumentEntry.Draft, $"d-{sha[..16]}.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", sha, bytes.Length, user, _engine.Archive.Now, null);
        var title = plan.Values.TryGetValue("contractTitle", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : contractId;
        var record = new ContractRecord(contractId, user, _engine.Archive.Now, plan.Release.Id, plan.Model, title, plan.SelectionSha256,
            JsonDocument.Parse(body).RootElement.Clone(), [document]);
        var audit = new AuditEvent(AuditEvent.Generate, user, _engine.Archive.Now, contractId, plan.Release.Id,
            [.. plan.Clauses.Select(c => $"{c.Clause.Key} {c.Clause.Sha256}")], plan.SelectionSha256, sha, null);
        try
        {
            // The document first; then the record that points at it and the audit event, side by side.
            await _engine.Archive.PutDocumentAsync(contractId, document.Name, bytes, document.ContentType, new Dictionary<string, string> { ["sha256"] = sha, ["release"] = plan.Release.Id }, cancellationToken);
            await Task.WhenAll(_engine.Archive.CreateRecordAsync(record, cancellationToken), _engine.Archive.AppendAuditAsync(audit, cancellationToken));
        }
        catch (DocumentExistsException) when (idempotencyKey is not null)
        {
            // A retry racing the first request: the first one wins; answer with its result once recorded.
            return await _engine.Archive.GetAsync(contractId, cancellationToken) is { } winner
                ? await CreatedAsync(winner.Record, plan, cancellationToken)
                : ApiProblems.Problem(409, "in-progress", ApiProblems.Title(409), "A request with this Idempotency-Key is still being processed; retry shortly.", headers: new Dictionary<string, string> { ["Retry-After"] = "1" });
        }

        return await CreatedAsync(record, plan, cancellationToken);
    }

    /// <summary>The 201 answer. A replayed request's plan is the same as the first one's: the contract id comes from
    /// the same caller and key, and a release never changes.</summary>
    private async Task<IResult> CreatedAsync(ContractRecord record, AssemblyPlan plan, CancellationToken cancellationToken)
    {
        var draft = record.Documents.First(d => d.Kind == ContractDocumentEntry.Draft);
        var link = await _engine.Store.GetReadLinkAsync(ContractArchive.DocumentAddressOf(record.Id, draft), _engine.ReadLinkLifetime, cancellationToken);
        return Results.Created($"/api/contracts/{record.Id}", new
        {
            ContractId = record.Id,
            DocumentId = draft.Id,
            record.Release,
            record.Model,
            record.SelectionSha256,
            DocumentSha256 = draft.Sha256,
            Clauses = plan.Clauses.Select(c => new { c.Clause.Id, Version = c.Clause.Version.ToString(), c.Clause.Title, c.Clause.Sha256 }),
            ReadLink = link?.ToString() ?? $"/api/contracts/{record.Id}/documents/{draft.Id}",
            ReadLinkExpires = link is null ? (DateTimeOffset?)null : _engine.Archive.Now.Add(_engine.ReadLinkLifetime),
        });
    }
}
