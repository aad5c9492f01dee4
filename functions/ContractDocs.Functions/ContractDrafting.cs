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
            return await CreatedAsync(earlier.Record, cancellationToken);
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
        try
        {
            await _engine.Archive.PutDocumentAsync(contractId, document.Name, bytes, document.ContentType, new Dictionary<string, string> { ["sha256"] = sha, ["release"] = plan.Release.Id }, cancellationToken);
            await _engine.Archive.CreateRecordAsync(record, cancellationToken);
        }
        catch (DocumentExistsException) when (idempotencyKey is not null)
        {
            // A retry racing the first request: the first one wins; answer with its result once recorded.
            return await _engine.Archive.GetAsync(contractId, cancellationToken) is { } winner
                ? await CreatedAsync(winner.Record, cancellationToken)
                : ApiProblems.Problem(409, "in-progress", ApiProblems.Title(409), "A request with this Idempotency-Key is still being processed; retry shortly.", headers: new Dictionary<string, string> { ["Retry-After"] = "1" });
        }

        await _engine.Archive.AppendAuditAsync(new AuditEvent(AuditEvent.Generate, user, _engine.Archive.Now, contractId, plan.Release.Id,
            [.. plan.Clauses.Select(c => $"{c.Clause.Key} {c.Clause.Sha256}")], plan.SelectionSha256, sha, null), cancellationToken);
        return await CreatedAsync(record, cancellationToken);
    }

    private async Task<IResult> CreatedAsync(ContractRecord record, CancellationToken cancellationToken)
    {
        var draft = record.Documents.First(d => d.Kind == ContractDocumentEntry.Draft);
        var link = await _engine.Store.GetReadLinkAsync(ContractArchive.DocumentAddressOf(record.Id, draft), _engine.ReadLinkLifetime, cancellationToken);
        var plan = _engine.Resolver.Resolve(SelectionReader.Read(JsonSerializer.SerializeToUtf8Bytes(record.Selection)).Selection!).Plan!;
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
