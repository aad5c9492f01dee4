using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContractDocs.Library;
using ContractDocs.Rendering;
using ContractDocs.Selection;
using ContractDocs.Storage;

namespace ContractDocs.Drafting;

/// <summary>
/// Drafts a contract: reads and resolves the selection, renders the document, then stores, in this order, the
/// document's bytes, the record that points at them (the moment the contract exists), its audit event and its listing
/// entries. Every write is create-only and named from what it records, so a request repeated with the same
/// idempotency key finds the contract the first one made, and completes whatever a failure left unwritten, instead of
/// making a second. Thread-safe.
/// </summary>
public sealed class ContractDrafter
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly Resolver _resolver;
    private readonly ContractRenderer _renderer;
    private readonly ContractArchive _archive;

    public ContractDrafter(Resolver resolver, ContractRenderer renderer, ContractArchive archive)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(archive);
        _resolver = resolver;
        _renderer = renderer;
        _archive = archive;
    }

    /// <summary>The contract id an idempotency key names for one person: the same key from someone else is another id.</summary>
    public static string ContractIdFor(Author author, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(author);
        return "c-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{author.Id}\n{idempotencyKey}")))[..20];
    }

    /// <exception cref="SaveInterruptedException">Storage failed; says whether the contract may exist.</exception>
    public async Task<DraftOutcome> DraftAsync(ReadOnlyMemory<byte> body, Author author, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        var read = SelectionReader.Read(body.Span);
        if (read.Selection is null)
        {
            return new DraftOutcome.Refused(read.Problems);
        }

        StartupTrace.Mark("draft: selection read");
        var resolved = _resolver.Resolve(read.Selection);
        StartupTrace.Mark("draft: resolved");
        if (!resolved.Succeeded)
        {
            return new DraftOutcome.Refused(resolved.Problems.IsEmpty
                ? [new SelectionProblem(ProblemCodes.Unbuildable, "The selection cannot be built.", "$")]
                : resolved.Problems);
        }

        var plan = resolved.Plan!;
        var contractId = idempotencyKey is null ? "c-" + Guid.NewGuid().ToString("N")[..20] : ContractIdFor(author, idempotencyKey);
        if (idempotencyKey is not null && await Interrupted(contractId, ContractState.NotSaved, () => _archive.GetAsync(contractId, cancellationToken)) is { } earlier)
        {
            return await AnswerEarlierAsync(earlier, plan, author, cancellationToken);
        }

        // The time is recorded in the record and printed in the draft: one value, so the record says when the bytes say.
        var now = _archive.Now;
        using var output = new MemoryStream();
        _renderer.Render(plan, output, new RenderOptions(now, author.Name));
        StartupTrace.Mark("draft: rendered");
        var bytes = output.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var draft = new ContractDocumentEntry("d-" + sha[..16], ContractDocumentEntry.Draft, $"d-{sha[..16]}.docx", WordType, sha, bytes.Length, author.Name, now, null, author.Id);
        var title = plan.Values.TryGetValue("contractTitle", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : contractId;
        using var selection = JsonDocument.Parse(SelectionReader.WithoutByteOrderMark(body.Span).ToArray());
        var record = new ContractRecord(contractId, author.Id, author.Name, now, plan.Release.Id, plan.Model, title, plan.SelectionSha256,
            selection.RootElement.Clone(), [draft]);

        await Interrupted(contractId, ContractState.NotSaved, () => _archive.PutDocumentAsync(contractId, draft, bytes, new Dictionary<string, string> { ["sha256"] = sha, ["release"] = plan.Release.Id }, cancellationToken));
        var created = await CreateRecordAsync(record, cancellationToken);
        if (!created)
        {
            // A request with the same key got there first (or this is our own earlier write, answered late).
            var winner = await Interrupted(contractId, ContractState.MayBeSaved, () => _archive.GetAsync(contractId, cancellationToken))
                ?? throw new InvalidOperationException($"Contract {contractId} exists but cannot be read.");
            return await AnswerEarlierAsync(winner, plan, author, cancellationToken);
        }

        await CompleteAsync(record, plan, cancellationToken);
        StartupTrace.Mark("draft: stored (document, record, audit event, index)");
        return new DraftOutcome.Drafted(record, plan, Replayed: false);
    }

    private async Task<bool> CreateRecordAsync(ContractRecord record, CancellationToken cancellationToken)
    {
        try
        {
            return await _archive.TryCreateRecordAsync(record, cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            throw new SaveInterruptedException(record.Id, e.Outcome == WriteOutcome.NothingWritten ? ContractState.NotSaved : ContractState.MayBeSaved, e);
        }
    }

    /// <summary>The same key and selection: the earlier contract, with anything it left unwritten completed. The same
    /// key with another selection: refused, naming the contract the key belongs to.</summary>
    private async Task<DraftOutcome> AnswerEarlierAsync(ContractRecord earlier, AssemblyPlan plan, Author author, CancellationToken cancellationToken)
    {
        if (earlier.SelectionSha256 != plan.SelectionSha256 || earlier.OwnerId != author.Id)
        {
            return new DraftOutcome.KeyReused(earlier.Id);
        }

        await CompleteAsync(earlier, plan, cancellationToken);
        return new DraftOutcome.Drafted(earlier, plan, Replayed: true);
    }

    /// <summary>The audit event, the listing entries and the clause-usage entries; each is named from the record, so writing them again finds
    /// them there.</summary>
    private Task CompleteAsync(ContractRecord record, AssemblyPlan plan, CancellationToken cancellationToken) =>
        Interrupted(record.Id, ContractState.SavedIncomplete, async () =>
        {
            var draft = record.Documents[0];
            var audit = new AuditEvent(AuditEvent.Generate, record.CreatedBy, record.CreatedAt, record.Id, record.Release,
                [.. plan.Clauses.Select(c => $"{c.Clause.Key} {c.Clause.Sha256}")], record.SelectionSha256, draft.Sha256, null, record.OwnerId);
            await _archive.AppendAuditAsync(audit, draft.Id, cancellationToken);
            await _archive.IndexAsync(record, cancellationToken);
            await _archive.IndexUsageAsync(record, draft, plan.Clauses.Select(c => c.Clause.Key), cancellationToken);
        });

    private static async Task<T> Interrupted<T>(string contractId, ContractState state, Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (StorageUnavailableException e)
        {
            throw new SaveInterruptedException(contractId, state, e);
        }
    }

    private static async Task Interrupted(string contractId, ContractState state, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (StorageUnavailableException e)
        {
            throw new SaveInterruptedException(contractId, state, e);
        }
    }
}
