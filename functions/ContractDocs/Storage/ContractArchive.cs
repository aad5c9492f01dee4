using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ContractDocs.Storage;

/// <summary>
/// Contracts, their documents and their audit trail in an <see cref="IDocumentStore"/>. The document is always
/// written before the record that points at it; records are created once and then changed only against their ETag;
/// audit events are created once and never rewritten. Thread-safe.
/// </summary>
public sealed class ContractArchive
{
    public const string ContractsContainer = "contracts";
    public const string AuditContainer = "audit";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IDocumentStore _store;
    private readonly TimeProvider _clock;

    public ContractArchive(IDocumentStore store, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _clock = clock ?? TimeProvider.System;
    }

    public IDocumentStore Store => _store;

    /// <summary>Contract ids are "c-" and 20 lower-case hex digits; anything else names no contract.</summary>
    public static bool IsContractId([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) =>
        id is { Length: 22 } && id.StartsWith("c-", StringComparison.Ordinal) && id.AsSpan(2).IndexOfAnyExcept(LowerHex) < 0;

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    public DateTimeOffset Now => _clock.GetUtcNow();

    public static DocumentAddress RecordAddress(string contractId) => new(ContractsContainer, $"{contractId}/contract.json");

    public static DocumentAddress DocumentAddressOf(string contractId, ContractDocumentEntry document) =>
        new(ContractsContainer, $"{contractId}/documents/{document.Name}");

    /// <summary>Stores a document's bytes create-only under the contract; the caller then records it.</summary>
    public Task<StoredDocument> PutDocumentAsync(string contractId, string name, byte[] content, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken) =>
        _store.CreateAsync(new DocumentAddress(ContractsContainer, $"{contractId}/documents/{name}"), new MemoryStream(content, writable: false), contentType, metadata, cancellationToken);

    public async Task CreateRecordAsync(ContractRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _store.CreateAsync(RecordAddress(record.Id), new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(record, Json)), "application/json", new Dictionary<string, string> { ["release"] = record.Release, ["createdby"] = Ascii(record.CreatedBy) }, cancellationToken);
    }

    public async Task<(ContractRecord Record, string ETag)?> GetAsync(string contractId, CancellationToken cancellationToken)
    {
        var address = RecordAddress(contractId);
        var properties = await _store.GetAsync(address, cancellationToken);
        await using var stream = await _store.OpenReadAsync(address, cancellationToken);
        if (properties is null || stream is null)
        {
            return null;
        }

        return ((await JsonSerializer.DeserializeAsync<ContractRecord>(stream, Json, cancellationToken))!, properties.ETag);
    }

    /// <summary>Adds a document to a record against its ETag, retrying on a concurrent change.</summary>
    public async Task<ContractRecord> AddDocumentAsync(string contractId, ContractDocumentEntry document, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var current = await GetAsync(contractId, cancellationToken) ?? throw new KeyNotFoundException($"No contract {contractId}.");
            var updated = current.Record with { Documents = current.Record.Documents.Add(document) };
            try
            {
                await _store.ReplaceAsync(RecordAddress(contractId), new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(updated, Json)), "application/json", new Dictionary<string, string> { ["release"] = updated.Release }, current.ETag, cancellationToken);
                return updated;
            }
            catch (DocumentChangedException) when (attempt < 5)
            {
                // Another writer added a document first: read again and add ours to theirs.
            }
        }
    }

    public async IAsyncEnumerable<ContractRecord> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in _store.ListAsync(ContractsContainer, string.Empty, cancellationToken))
        {
            if (document.Address.Name.EndsWith("/contract.json", StringComparison.Ordinal)
                && await GetAsync(document.Address.Name.Split('/')[0], cancellationToken) is { } found)
            {
                yield return found.Record;
            }
        }
    }

    public async Task AppendAuditAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var name = $"{auditEvent.ContractId ?? "library"}/{auditEvent.When:yyyyMMddHHmmssfffffff}-{Guid.NewGuid():N}.json";
        await _store.CreateAsync(new DocumentAddress(AuditContainer, name), new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(auditEvent, Json)), "application/json", new Dictionary<string, string> { ["action"] = auditEvent.Action }, cancellationToken);
    }

    public async Task<ImmutableArray<AuditEvent>> AuditAsync(string contractId, CancellationToken cancellationToken)
    {
        var events = ImmutableArray.CreateBuilder<AuditEvent>();
        await foreach (var document in _store.ListAsync(AuditContainer, contractId + "/", cancellationToken))
        {
            await using var stream = await _store.OpenReadAsync(document.Address, cancellationToken);
            if (stream is not null)
            {
                events.Add((await JsonSerializer.DeserializeAsync<AuditEvent>(stream, Json, cancellationToken))!);
            }
        }

        return events.ToImmutable();
    }

    /// <summary>Blob metadata must be ASCII; anything else is replaced.</summary>
    public static string Ascii(string value) => new([.. value.Select(c => c is >= ' ' and <= '~' ? c : '?')]);
}
