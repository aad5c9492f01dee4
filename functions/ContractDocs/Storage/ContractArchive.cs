using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace ContractDocs.Storage;

/// <summary>
/// Contracts, their documents, their audit trail and their listing index in an <see cref="IDocumentStore"/>, every
/// write create-only and named from what it records, so that racing writers cannot lose each other's work and a
/// retried write finds its own earlier copy instead of writing twice:
/// <list type="bullet">
/// <item><c>contracts/{id}/contract.json</c>: the record, with the first draft (written after that draft's bytes);</item>
/// <item><c>contracts/{id}/documents/{name}</c>: each document's bytes, named by their hash;</item>
/// <item><c>contracts/{id}/entries/{document id}.json</c>: one entry per document added later (an executed copy), the
/// moment it is recorded; the same document twice is the same name, so it is recorded once however many race;</item>
/// <item><c>audit/{id}/{when}-{action}-{what}.json</c>: audit events, named from the event's own time and subject;</item>
/// <item><c>contracts/{id}/comparisons/{document id}.json</c>: a signed copy's comparison with its draft, once;</item>
/// <item><c>index/…</c>: the listing (<see cref="ContractIndex"/>);</item>
/// <item><c>usage/…</c>: where each clause version is used (<see cref="ClauseUsageIndex"/>).</item>
/// </list>
/// Thread-safe.
/// </summary>
public sealed class ContractArchive
{
    public const string ContractsContainer = "contracts";
    public const string AuditContainer = "audit";

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");
    private readonly IDocumentStore _store;
    private readonly TimeProvider _clock;

    public ContractArchive(IDocumentStore store, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _clock = clock ?? TimeProvider.System;
    }

    public IDocumentStore Store => _store;

    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>Contract ids are "c-" and 20 lower-case hex digits; anything else names no contract.</summary>
    public static bool IsContractId([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) =>
        id is { Length: 22 } && id.StartsWith("c-", StringComparison.Ordinal) && id.AsSpan(2).IndexOfAnyExcept(LowerHex) < 0;

    public static DocumentAddress RecordAddress(string contractId) => new(ContractsContainer, $"{contractId}/contract.json");

    public static DocumentAddress DocumentAddressOf(string contractId, ContractDocumentEntry document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(ContractsContainer, $"{contractId}/documents/{document.Name}");
    }

    public static DocumentAddress ComparisonAddress(string contractId, string documentId) => new(ContractsContainer, $"{contractId}/comparisons/{documentId}.json");

    /// <summary>Whether a document's bytes are in storage (read from its properties, not its content).</summary>
    public async Task<bool> HasDocumentAsync(string contractId, ContractDocumentEntry document, CancellationToken cancellationToken) =>
        await _store.GetAsync(DocumentAddressOf(contractId, document), cancellationToken) is not null;

    /// <summary>A stored document's bytes, or null when they are not there.</summary>
    public async Task<byte[]?> ReadDocumentAsync(string contractId, ContractDocumentEntry document, CancellationToken cancellationToken)
    {
        await using var stream = await _store.OpenReadAsync(DocumentAddressOf(contractId, document), cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }

    /// <summary>Stores a signed copy's comparison (JSON) create-only. False when one is stored already (an earlier or
    /// racing comparison of the same document, which stands): read it with <see cref="ReadComparisonAsync"/>.</summary>
    public async Task<bool> TryPutComparisonAsync(string contractId, string documentId, byte[] json, CancellationToken cancellationToken)
    {
        try
        {
            await _store.CreateAsync(ComparisonAddress(contractId, documentId), new MemoryStream(json, writable: false), "application/json",
                new Dictionary<string, string> { ["kind"] = "comparison" }, cancellationToken);
            return true;
        }
        catch (DocumentExistsException)
        {
            return false;
        }
    }

    /// <summary>The stored comparison's JSON, or null when there is none yet.</summary>
    public async Task<byte[]?> ReadComparisonAsync(string contractId, string documentId, CancellationToken cancellationToken)
    {
        await using var stream = await _store.OpenReadAsync(ComparisonAddress(contractId, documentId), cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }

    /// <summary>Records that the contract's document contains each clause version ("id@version"). Entries already
    /// there count.</summary>
    public Task IndexUsageAsync(ContractRecord record, ContractDocumentEntry document, IEnumerable<string> clauseKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(document);
        return CreateAllAsync(ClauseUsageIndex.Addresses(record.Id, document.Id, clauseKeys), ClauseUsageIndex.Metadata(record, document), cancellationToken);
    }

    /// <summary>One page of the contracts whose drafts or signed copies contain the clause version "id@version".</summary>
    /// <exception cref="InvalidContinuationException">The continuation token is not one a listing issued.</exception>
    public Task<ClauseUsagePage> ClauseUsageAsync(string clauseKey, string? continuation, int pageSize, CancellationToken cancellationToken) =>
        ClauseUsageIndex.ReadPageAsync(_store, clauseKey, continuation, pageSize, cancellationToken);

    /// <summary>Every contract id with a record, in id order (for rebuilding indexes: reads every record's name).</summary>
    public async IAsyncEnumerable<string> ContractIdsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in _store.ListAsync(ContractsContainer, "c-", cancellationToken))
        {
            if (document.Address.Name.EndsWith("/contract.json", StringComparison.Ordinal))
            {
                yield return document.Address.Name[..document.Address.Name.IndexOf('/', StringComparison.Ordinal)];
            }
        }
    }

    private static DocumentAddress EntryAddress(string contractId, string documentId) => new(ContractsContainer, $"{contractId}/entries/{documentId}.json");

    /// <summary>Stores a document's bytes create-only under the contract. Bytes already stored under that name (by an
    /// earlier attempt: names come from the content's hash) count as stored.</summary>
    public async Task PutDocumentAsync(string contractId, ContractDocumentEntry document, byte[] content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        try
        {
            await _store.CreateAsync(DocumentAddressOf(contractId, document), new MemoryStream(content, writable: false), document.ContentType, metadata, cancellationToken);
        }
        catch (DocumentExistsException)
        {
            // Named by its hash: the same bytes, stored by an earlier or racing attempt.
        }
    }

    /// <summary>Creates the record. False when a record with that id exists already (a retry, or a race with the same
    /// idempotency key): the caller reads it and decides.</summary>
    public async Task<bool> TryCreateRecordAsync(ContractRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            await _store.CreateAsync(RecordAddress(record.Id), new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(record, StoredJson.Default.ContractRecord)), "application/json",
                new Dictionary<string, string> { ["release"] = Ascii(record.Release), ["owner"] = Uri.EscapeDataString(record.OwnerId) }, cancellationToken);
            return true;
        }
        catch (DocumentExistsException)
        {
            return false;
        }
    }

    /// <summary>The record with every document recorded against it, or null when there is none.</summary>
    public async Task<ContractRecord?> GetAsync(string contractId, CancellationToken cancellationToken)
    {
        if (!IsContractId(contractId))
        {
            return null;
        }

        var record = await ReadJsonAsync(RecordAddress(contractId), StoredJson.Default.ContractRecord, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var added = new List<ContractDocumentEntry>();
        await foreach (var entry in _store.ListAsync(ContractsContainer, $"{contractId}/entries/", cancellationToken))
        {
            if (await ReadJsonAsync(entry.Address, StoredJson.Default.ContractDocumentEntry, cancellationToken) is { } document)
            {
                added.Add(document);
            }
        }

        return record with { Documents = [.. record.Documents, .. added.OrderBy(d => d.AddedAt).ThenBy(d => d.Id, StringComparer.Ordinal)] };
    }

    /// <summary>Records a document added to a contract. Returns the entry now recorded: this one, or the one an earlier
    /// or racing writer recorded for the same document id (then <c>Added</c> is false and nothing was written).</summary>
    public async Task<(ContractDocumentEntry Entry, bool Added)> AddDocumentAsync(string contractId, ContractDocumentEntry document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var address = EntryAddress(contractId, document.Id);
        try
        {
            await _store.CreateAsync(address, new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(document, StoredJson.Default.ContractDocumentEntry)), "application/json",
                new Dictionary<string, string> { ["kind"] = document.Kind, ["sha256"] = document.Sha256 }, cancellationToken);
            return (document, true);
        }
        catch (DocumentExistsException)
        {
            return (await ReadJsonAsync(address, StoredJson.Default.ContractDocumentEntry, cancellationToken) ?? document, false);
        }
    }

    /// <summary>Appends an audit event, named from its time, action and <paramref name="subject"/>: writing the same
    /// event again (a retry completing an earlier attempt) finds it there and writes nothing.</summary>
    public async Task AppendAuditAsync(AuditEvent auditEvent, string subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var name = $"{auditEvent.ContractId ?? "library"}/{auditEvent.When.UtcDateTime.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture)}-{auditEvent.Action}-{subject}.json";
        try
        {
            await _store.CreateAsync(new DocumentAddress(AuditContainer, name), new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(auditEvent, StoredJson.Default.AuditEvent)), "application/json",
                new Dictionary<string, string> { ["action"] = auditEvent.Action }, cancellationToken);
        }
        catch (DocumentExistsException)
        {
            // This very event, written by an earlier attempt.
        }
    }

    public async Task<ImmutableArray<AuditEvent>> AuditAsync(string contractId, CancellationToken cancellationToken)
    {
        var events = ImmutableArray.CreateBuilder<AuditEvent>();
        await foreach (var document in _store.ListAsync(AuditContainer, contractId + "/", cancellationToken))
        {
            if (await ReadJsonAsync(document.Address, StoredJson.Default.AuditEvent, cancellationToken) is { } found)
            {
                events.Add(found);
            }
        }

        return events.ToImmutable();
    }

    /// <summary>Lists the contract (in the whole-service list, its owner's and under each word of its title). Entries
    /// already there count.</summary>
    public Task IndexAsync(ContractRecord record, CancellationToken cancellationToken) =>
        CreateAllAsync([.. ContractIndex.EntryAddresses(record), .. ContractIndex.WordAddresses(record)], ContractIndex.Metadata(record), cancellationToken);

    /// <summary>One page of the contracts with a title word starting with <paramref name="wordPrefix"/> (see
    /// <see cref="TitleWords"/>). Their status is not in the word index: read the record where it matters.</summary>
    public Task<ContractPage> ListByTitleWordAsync(string wordPrefix, string? continuation, int pageSize, CancellationToken cancellationToken) =>
        ContractIndex.ReadWordPageAsync(_store, wordPrefix, continuation, pageSize, cancellationToken);

    /// <summary>Lists the contract on the release of a draft a move added, offering that draft. Markers already there
    /// count.</summary>
    public Task IndexMovedAsync(ContractRecord record, ContractDocumentEntry draft, CancellationToken cancellationToken) =>
        CreateAllAsync(ContractIndex.MovedAddresses(record, draft), ContractIndex.MovedMetadata(draft), cancellationToken);

    /// <summary>Marks the contract executed in its listings. Markers already there count.</summary>
    public Task IndexExecutedAsync(ContractRecord record, string sha256, CancellationToken cancellationToken) =>
        CreateAllAsync(ContractIndex.ExecutedAddresses(record, sha256), new Dictionary<string, string>(), cancellationToken);

    /// <summary>One page of contracts, newest first: every contract (null owner) or one owner's.</summary>
    /// <exception cref="InvalidContinuationException">The continuation token is not one a listing issued.</exception>
    public Task<ContractPage> ListPageAsync(string? ownerId, string? continuation, int pageSize, CancellationToken cancellationToken) =>
        ContractIndex.ReadPageAsync(_store, ownerId, continuation, pageSize, cancellationToken);

    /// <summary>Blob metadata must be ASCII; anything else is replaced.</summary>
    public static string Ascii(string value) => new([.. value.Select(c => c is >= ' ' and <= '~' ? c : '?')]);

    /// <summary>Creates each empty entry, side by side (they are independent); those already there count.</summary>
    private Task CreateAllAsync(IEnumerable<DocumentAddress> addresses, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken) =>
        Task.WhenAll(addresses.Select(async address =>
        {
            try
            {
                await _store.CreateAsync(address, new MemoryStream([]), "application/octet-stream", metadata, cancellationToken);
            }
            catch (DocumentExistsException)
            {
                // Written by an earlier attempt.
            }
        }));

    private async Task<T?> ReadJsonAsync<T>(DocumentAddress address, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        await using var stream = await _store.OpenReadAsync(address, cancellationToken);
        return stream is null ? null : await JsonSerializer.DeserializeAsync(stream, type, cancellationToken);
    }
}
