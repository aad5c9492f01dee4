using System.Collections.Immutable;
using ContractDocs.Model;

namespace ContractDocs.Storage;

/// <summary>
/// Where each clause version is used, in the <c>usage</c> container: one empty, create-only entry per clause version,
/// contract and document, named <c>{clause id}/{version}/{shard}/{contract id}/{document id}</c> and carrying the
/// contract's title and release as metadata. Written when a draft is stored and when a signed copy is compared; the
/// contracts using a clause version are one prefix listing, so a page costs the same at 10 or 100,000 contracts.
/// The shard (the contract id's first two hex digits) keeps every folder of the folder store small.
/// </summary>
public static class ClauseUsageIndex
{
    public const string Container = "usage";

    /// <summary>The entries recording that <paramref name="documentId"/> of the contract contains each clause key
    /// ("id@version"). Keys that do not make a safe name are left out.</summary>
    public static IEnumerable<DocumentAddress> Addresses(string contractId, string documentId, IEnumerable<string> clauseKeys)
    {
        ArgumentException.ThrowIfNullOrEmpty(contractId);
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentNullException.ThrowIfNull(clauseKeys);
        foreach (var key in clauseKeys.Distinct(StringComparer.Ordinal))
        {
            if (Prefix(key) is { } prefix)
            {
                yield return new DocumentAddress(Container, $"{prefix}{contractId[2..4]}/{contractId}/{documentId}");
            }
        }
    }

    /// <summary>What a usage entry shows: the contract's title, the release the document stands on (see
    /// <see cref="ContractRecord.ReleaseOf"/>) and the document's kind.</summary>
    public static Dictionary<string, string> Metadata(ContractRecord record, ContractDocumentEntry document)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(document);
        var title = record.Title.Length > 256 ? record.Title[..256] : record.Title;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = Uri.EscapeDataString(title),
            ["release"] = Uri.EscapeDataString(record.ReleaseOf(document)),
            ["kind"] = document.Kind,
        };
    }

    /// <summary>One page of the contracts using the clause version "id@version": one store page of entries, grouped by
    /// contract (a contract whose entries straddle two pages appears on both, with the documents of each).</summary>
    /// <exception cref="InvalidContinuationException">The token is not one this index issued.</exception>
    public static async Task<ClauseUsagePage> ReadPageAsync(IDocumentStore store, string clauseKey, string? continuation, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (Prefix(clauseKey) is not { } prefix)
        {
            return new ClauseUsagePage([], null);
        }

        var page = await store.ListPageAsync(Container, prefix, continuation, pageSize, cancellationToken);
        var items = new List<ClauseUsage>();
        foreach (var entry in page.Items)
        {
            var parts = entry.Address.Name[prefix.Length..].Split('/');
            if (parts.Length != 3)
            {
                continue;
            }

            string Text(string key) => entry.Metadata.TryGetValue(key, out var value) ? Uri.UnescapeDataString(value) : string.Empty;
            var document = new ClauseUsageDocument(parts[2], entry.Metadata.GetValueOrDefault("kind", string.Empty), Text("release"));
            if (items.Count > 0 && items[^1].ContractId == parts[1])
            {
                var newest = items[^1].Release.Length == 0 || (document.Release.Length > 0 && ReleaseOrder.Compare(document.Release, items[^1].Release) > 0) ? document.Release : items[^1].Release;
                items[^1] = items[^1] with { Release = newest, Documents = items[^1].Documents.Add(document) };
                continue;
            }

            items.Add(new ClauseUsage(parts[1], Text("title"), document.Release, [document]));
        }

        return new ClauseUsagePage([.. items], page.Continuation);
    }

    /// <summary>"{id}/{version}/" for a clause key "id@version", or null when the key is not one.</summary>
    private static string? Prefix(string clauseKey)
    {
        var at = clauseKey?.LastIndexOf('@') ?? -1;
        if (at <= 0 || at == clauseKey!.Length - 1)
        {
            return null;
        }

        var prefix = $"{clauseKey[..at]}/{clauseKey[(at + 1)..]}/";
        try
        {
            _ = new DocumentAddress(Container, prefix + "x");
            return prefix;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
