using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContractDocs.Storage;

/// <summary>
/// The listing index in the <c>index</c> container: for every contract, a create-only entry under <c>all/</c> and one
/// under its owner (<c>owners/{owner}/</c>), named so that name order is newest first and carrying what a listing
/// shows as metadata; and beside each, a create-only marker per executed copy. A page of a listing is one page of a
/// prefix listing: no record is opened, so a list costs the same at 100 or 100,000 contracts. A move to a newer
/// release adds a create-only marker naming the new draft and its release, so the listing shows the release the
/// contract is on now and offers its newest draft.
/// </summary>
/// <remarks>
/// Names: <c>{scope}/{shard}/{key}-{contract id}/r</c> for the contract, <c>…/e-{sha}</c> for each executed copy and
/// <c>…/m-{ticks}</c> for each move (ticks of the new draft's time, counting up, so the newest move is read last),
/// where key is 19 digits counting down from the end of time (so newer sorts first) and shard its first 7 digits
/// (about 28 hours each), which keeps every folder of the folder store small. Markers sort before their
/// contract's entry, so a page always knows a contract's status and release when it reaches the contract.
/// </remarks>
public static class ContractIndex
{
    public const string Container = "index";
    private const string EntryLeaf = "r";
    private const string ExecutedPrefix = "e-";
    private const string MovedPrefix = "m-";
    private static readonly Markers NoMarkers = new(string.Empty, false, null, null);
    private const int MaxTitleInIndex = 256;
    private const int KeyLength = 19;

    /// <summary>Every name under which the contract is listed: the whole-service list and its owner's.</summary>
    public static IEnumerable<DocumentAddress> EntryAddresses(ContractRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Scopes(record).Select(scope => new DocumentAddress(Container, $"{Folder(scope, record)}/{EntryLeaf}"));
    }

    /// <summary>The entries that find the contract by the words of its title (<c>words/{word}/…</c>): a search lists
    /// the entries of one word of the query, newest first, instead of reading every contract.</summary>
    public static IEnumerable<DocumentAddress> WordAddresses(ContractRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return TitleWords.Of(record.Title).Select(word => new DocumentAddress(Container, $"{FolderUnder($"words/{word}/", record)}/{EntryLeaf}"));
    }

    /// <summary>Reads one page of the contracts whose title has a word starting with <paramref name="wordPrefix"/>
    /// (already in <see cref="TitleWords"/> form): grouped by word, each word's newest first.</summary>
    public static async Task<ContractPage> ReadWordPageAsync(IDocumentStore store, string wordPrefix, string? continuation, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (storeToken, _) = continuation is null ? (null, null) : Token.Read(continuation);
        var page = await store.ListPageAsync(Container, $"words/{wordPrefix}", storeToken, pageSize, cancellationToken);
        var items = page.Items.Where(d => d.Address.Name.EndsWith("/" + EntryLeaf, StringComparison.Ordinal)).Select(d => Summary(d, NoMarkers)).OfType<ContractSummary>();
        return new ContractPage([.. items], page.Continuation is null ? null : Token.Write(page.Continuation, null));
    }

    /// <summary>The markers that list the contract as executed by the copy whose SHA-256 is given.</summary>
    public static IEnumerable<DocumentAddress> ExecutedAddresses(ContractRecord record, string sha256)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        return Scopes(record).Select(scope => new DocumentAddress(Container, $"{Folder(scope, record)}/{ExecutedPrefix}{sha256[..16]}"));
    }

    /// <summary>The markers that list the contract on the release of <paramref name="draft"/>, a draft a move added.</summary>
    public static IEnumerable<DocumentAddress> MovedAddresses(ContractRecord record, ContractDocumentEntry draft)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(draft);
        var ticks = draft.AddedAt.UtcTicks.ToString("D" + KeyLength, CultureInfo.InvariantCulture);
        return Scopes(record).Select(scope => new DocumentAddress(Container, $"{Folder(scope, record)}/{MovedPrefix}{ticks}"));
    }

    /// <summary>What a move marker carries: the new draft and its release.</summary>
    public static Dictionary<string, string> MovedMetadata(ContractDocumentEntry draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["release"] = Uri.EscapeDataString(draft.Release ?? string.Empty),
            ["draft"] = draft.Id,
        };
    }

    /// <summary>What a listing shows, as blob metadata (ASCII: text is percent-encoded; a long title is cut).</summary>
    public static Dictionary<string, string> Metadata(ContractRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var title = record.Title.Length > MaxTitleInIndex ? record.Title[..MaxTitleInIndex] : record.Title;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = record.Id,
            ["title"] = Uri.EscapeDataString(title),
            ["release"] = Uri.EscapeDataString(record.Release),
            ["model"] = Uri.EscapeDataString(record.Model),
            ["createdby"] = Uri.EscapeDataString(record.CreatedBy),
            ["createdat"] = record.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["draft"] = record.Documents.FirstOrDefault(d => d.Kind == ContractDocumentEntry.Draft)?.Id ?? string.Empty,
        };
    }

    /// <summary>The prefix of a listing: every contract (null owner) or one owner's.</summary>
    public static string Prefix(string? ownerId) => ownerId is null ? "all/" : $"owners/{OwnerKey(ownerId)}/";

    /// <summary>Reads one page of a listing: one store page of index names, so bounded work per page.</summary>
    /// <param name="continuation">The previous page's token, as given; null for the first page.</param>
    /// <exception cref="InvalidContinuationException">The token is not one this index issued.</exception>
    public static async Task<ContractPage> ReadPageAsync(IDocumentStore store, string? ownerId, string? continuation, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (storeToken, pending) = continuation is null ? (null, null) : Token.Read(continuation);
        var page = await store.ListPageAsync(Container, Prefix(ownerId), storeToken, pageSize, cancellationToken);
        var items = ImmutableArray.CreateBuilder<ContractSummary>();

        // The markers read so far of the contract whose entry comes next (a page may end among them).
        var markers = pending;
        foreach (var document in page.Items)
        {
            var leaf = document.Address.Name[(document.Address.Name.LastIndexOf('/') + 1)..];
            var folder = document.Address.Name[..document.Address.Name.LastIndexOf('/')];
            var id = folder[(folder.LastIndexOf('/') + KeyLength + 2)..];
            var seen = markers is { } m && m.Id == id ? m : new Markers(id, false, null, null);
            if (leaf.StartsWith(ExecutedPrefix, StringComparison.Ordinal))
            {
                markers = seen with { Executed = true };
                continue;
            }

            if (leaf.StartsWith(MovedPrefix, StringComparison.Ordinal))
            {
                markers = document.Metadata.TryGetValue("release", out var release) && document.Metadata.TryGetValue("draft", out var draft)
                    ? seen with { Release = Uri.UnescapeDataString(release), Draft = draft }
                    : seen;
                continue;
            }

            markers = null;
            if (leaf == EntryLeaf && Summary(document, seen) is { } summary)
            {
                items.Add(summary);
            }
        }

        var next = page.Continuation is null ? null : Token.Write(page.Continuation, markers);
        return new ContractPage(items.ToImmutable(), next);
    }

    private static ContractSummary? Summary(StoredDocument entry, Markers markers)
    {
        var m = entry.Metadata;
        if (!m.TryGetValue("id", out var id) || !m.TryGetValue("createdat", out var createdAt)
            || !DateTimeOffset.TryParse(createdAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var created))
        {
            return null;
        }

        string Text(string key) => m.TryGetValue(key, out var value) ? Uri.UnescapeDataString(value) : string.Empty;
        return new ContractSummary(id, Text("title"), markers.Release ?? Text("release"), Text("model"), markers.Executed ? "executed" : "draft", Text("createdby"), created,
            markers.Draft ?? Text("draft"));
    }

    private static IEnumerable<string?> Scopes(ContractRecord record) => [null, record.OwnerId];

    private static string Folder(string? ownerId, ContractRecord record) => FolderUnder(Prefix(ownerId), record);

    private static string FolderUnder(string prefix, ContractRecord record)
    {
        var key = (DateTimeOffset.MaxValue.UtcTicks - record.CreatedAt.UtcTicks).ToString("D" + KeyLength, CultureInfo.InvariantCulture);
        return $"{prefix}{key[..7]}/{key}-{record.Id}";
    }

    /// <summary>A stable, name-safe key for an owner id (which may hold any characters).</summary>
    private static string OwnerKey(string ownerId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ownerId)))[..32];

    /// <summary>What the markers read so far say of one contract: executed, and the newest move's release and draft.</summary>
    private sealed record Markers(string Id, bool Executed, string? Release, string? Draft);

    /// <summary>The page token: the store's continuation, and the markers of the contract among whose markers the page
    /// ended. <c>[store, id]</c> (that contract executed, as tokens were first written) or
    /// <c>[store, id, executed, release, draft]</c>.</summary>
    private static class Token
    {
        public static string Write(string storeToken, Markers? pending)
        {
            string?[] parts = pending is null ? [storeToken, null]
                : pending is { Release: null, Executed: true } ? [storeToken, pending.Id]
                : [storeToken, pending.Id, pending.Executed ? "1" : "0", pending.Release, pending.Draft];
            return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(parts, PlainJson.Default.StringArray)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }

        public static (string? StoreToken, Markers? Pending) Read(string token)
        {
            try
            {
                var base64 = token.Replace('-', '+').Replace('_', '/');
                var parts = JsonSerializer.Deserialize(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')), PlainJson.Default.StringArray);
                return parts switch
                {
                    [{ Length: > 0 } store, null] => (store, null),
                    [{ Length: > 0 } store, { } id] => (store, new Markers(id, true, null, null)),
                    [{ Length: > 0 } store, { } id, "0" or "1", var release, var draft] when (release is null) == (draft is null) =>
                        (store, new Markers(id, parts[2] == "1", release, draft)),
                    _ => throw new InvalidContinuationException(),
                };
            }
            catch (Exception e) when (e is JsonException or ArgumentException or FormatException and not InvalidContinuationException)
            {
                throw new InvalidContinuationException("The continuation token is not one a listing issued.", e);
            }
        }
    }
}
