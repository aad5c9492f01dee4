using System.Collections.Concurrent;
using System.Text.Json;
using ContractDocs.Comparing;
using ContractDocs.Storage;

namespace ContractDocs.Drafting;

/// <summary>
/// Compares each signed copy with the draft it came from, once: the comparison (<see cref="SignedCopyComparer"/>) is
/// stored create-only beside the contract (<see cref="ContractArchive.ComparisonAddress"/>), then its audit event, then
/// the signed copy's clause-usage entries, each named from what it records so that a retry completes it and never
/// writes twice. Filing never waits on it for longer than it is given (<see cref="WaitAsync"/>): a comparison still
/// running goes on in the background, and a reader who finds none starts it again. A comparison that fails (storage
/// down) is simply not there yet. Thread-safe: one comparison per signed copy runs at a time in this process.
/// </summary>
public sealed class SignedCopyCheck
{
    public const string CompareAction = "compare";
    private readonly ContractArchive _archive;
    private readonly SignedCopyComparer _comparer;
    private readonly ConcurrentDictionary<string, Lazy<Task<SignedCopyComparison?>>> _running = new(StringComparer.Ordinal);

    public SignedCopyCheck(ContractArchive archive, SignedCopyComparer comparer)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(comparer);
        _archive = archive;
        _comparer = comparer;
    }

    /// <summary>The stored comparison of the signed copy, or the one this waits for at most <paramref name="bound"/>
    /// (starting it if need be); null when it is not ready by then (it goes on) or cannot be made now.</summary>
    /// <param name="content">The signed copy's bytes when the caller has them (filing), else null (read from storage).</param>
    /// <exception cref="StorageUnavailableException">The stored comparison cannot be read.</exception>
    public async Task<SignedCopyComparison?> WaitAsync(ContractRecord record, ContractDocumentEntry signed, byte[]? content, TimeSpan bound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(signed);
        if (await ReadAsync(record.Id, signed.Id, cancellationToken) is { } stored)
        {
            return stored;
        }

        var running = _running.GetOrAdd($"{record.Id}/{signed.Id}", key => new Lazy<Task<SignedCopyComparison?>>(() => Task.Run(async () =>
        {
            try
            {
                return await CompareAndStoreAsync(record, signed, content, CancellationToken.None);
            }
            finally
            {
                _running.TryRemove(key, out _);
            }
        })));
        try
        {
            return await running.Value.WaitAsync(bound, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>The stored comparison, or null when there is none yet.</summary>
    /// <exception cref="StorageUnavailableException">Storage failed.</exception>
    public async Task<SignedCopyComparison?> ReadAsync(string contractId, string documentId, CancellationToken cancellationToken) =>
        await _archive.ReadComparisonAsync(contractId, documentId, cancellationToken) is { } json ? JsonSerializer.Deserialize(json, StoredJson.Default.SignedCopyComparison) : null;

    /// <summary>The document a comparison of <paramref name="signed"/> reads and storage does not hold (the draft it
    /// is compared with, or the signed copy itself); null when both are there. Such a comparison cannot be made until
    /// the document is restored, so it is not "pending".</summary>
    /// <exception cref="StorageUnavailableException">Storage failed.</exception>
    public async Task<ContractDocumentEntry?> MissingAsync(ContractRecord record, ContractDocumentEntry signed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(signed);
        foreach (var document in new[] { record.DraftFor(signed), signed }.OfType<ContractDocumentEntry>())
        {
            if (!await _archive.HasDocumentAsync(record.Id, document, cancellationToken))
            {
                return document;
            }
        }

        return null;
    }

    /// <summary>Compares, stores (or finds the one stored first) and completes the audit event and usage entries;
    /// null when it cannot be done now (storage failed, or the draft's bytes are missing).</summary>
    public async Task<SignedCopyComparison?> CompareAndStoreAsync(ContractRecord record, ContractDocumentEntry signed, byte[]? content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(signed);
        try
        {
            var draft = record.DraftFor(signed);
            var draftBytes = draft is null ? null : await _archive.ReadDocumentAsync(record.Id, draft, cancellationToken);
            var signedBytes = content ?? await _archive.ReadDocumentAsync(record.Id, signed, cancellationToken);
            if (draft is null || draftBytes is null || signedBytes is null)
            {
                return null;
            }

            var comparison = _comparer.Compare(record.Id, draft.Id, signed.Id, draftBytes, signedBytes, signed.ContentType == "application/pdf", _archive.Now);
            if (!await _archive.TryPutComparisonAsync(record.Id, signed.Id, JsonSerializer.SerializeToUtf8Bytes(comparison, StoredJson.Default.SignedCopyComparison), cancellationToken))
            {
                comparison = await ReadAsync(record.Id, signed.Id, cancellationToken) ?? comparison;
            }

            await _archive.AppendAuditAsync(new AuditEvent(CompareAction, signed.AddedBy, comparison.ComparedAt, record.Id, record.ReleaseOf(signed),
                [.. comparison.Deviations.SelectMany(d => d.Clauses).Distinct(StringComparer.Ordinal)], record.SelectionSha256, signed.Sha256,
                $"{signed.Id} against {comparison.DraftId}: {ComparisonWording.Summary(comparison)}", signed.AddedById), signed.Id, cancellationToken);
            await _archive.IndexUsageAsync(record, signed, ContainedClauses(comparison), cancellationToken);
            return comparison;
        }
        catch (StorageUnavailableException)
        {
            return null;
        }
    }

    /// <summary>The clause versions a signed copy still contains: those of every section found in it.</summary>
    public static IEnumerable<string> ContainedClauses(SignedCopyComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison.Sections.Where(s => s.Outcome is ClauseComparison.Unchanged or ClauseComparison.Changed).SelectMany(s => s.Clauses).Distinct(StringComparer.Ordinal);
    }
}
