using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ContractDocs.Storage;
using ContractDocs.Storage.Folder;

namespace ContractDocs.LoadTest;

/// <summary>
/// Where a clause is used, at scale: seeds N contracts' clause-usage entries into a folder store as drafting writes them
/// (each contract's draft containing the same two clause versions, so each version has N entries), then times the
/// lookups legal makes, in process against the store: the first page of 50 contracts using one version, and a page
/// deep into that list (after 1,000). Prints p50 and p95 of sequential lookups.
/// </summary>
internal static class UsageRun
{
    private const int ClausesPerContract = 2;

    public static async Task RunAsync(IReadOnlyList<int> sizes)
    {
        Console.WriteLine("| store | contracts (entries per version) | lookup | lookups | p50 ms | p95 ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var size in sizes)
        {
            var folder = Directory.CreateTempSubdirectory("contractdocs-usage-").FullName;
            try
            {
                var archive = new ContractArchive(new FolderDocumentStore(folder), TimeProvider.System);
                var seeding = Stopwatch.StartNew();
                await SeedAsync(archive, size);
                Console.Error.WriteLine($"seeded {size:N0} contracts ({size * ClausesPerContract:N0} usage entries) in {seeding.Elapsed.TotalSeconds:F0} s");
                var key = "clause-01@1.2.0";
                var deep = await DeepTokenAsync(archive, key, pages: 20);
                await TimeAsync(size, "first page of 50", () => archive.ClauseUsageAsync(key, null, 50, CancellationToken.None));
                await TimeAsync(size, "page 21 (after 1,000)", () => archive.ClauseUsageAsync(key, deep, 50, CancellationToken.None));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task SeedAsync(ContractArchive archive, int size)
    {
        var selection = JsonDocument.Parse("{}").RootElement.Clone();
        ImmutableArray<string> keys = [.. Enumerable.Range(0, ClausesPerContract).Select(c => $"clause-{c:D2}@1.2.0")];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < size)
            {
                // Spread over the id space as real ids (hashes) are, so every shard fills.
                var id = "c-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))[..20];
                var draft = new ContractDocumentEntry("d-" + i.ToString("x16", CultureInfo.InvariantCulture), ContractDocumentEntry.Draft, "d.docx", "application/octet-stream", new string('0', 64), 1, "o", DateTimeOffset.UnixEpoch, null, "o");
                var record = new ContractRecord(id, "o", "Commissioner", DateTimeOffset.UnixEpoch, "2026.2", "alliance", $"Integrated care agreement {i:N0}", new string('0', 64), selection, [draft]);
                await archive.IndexUsageAsync(record, draft, keys, CancellationToken.None);
            }
        }));
    }

    private static async Task<string> DeepTokenAsync(ContractArchive archive, string key, int pages)
    {
        string? token = null;
        for (var i = 0; i < pages; i++)
        {
            token = (await archive.ClauseUsageAsync(key, token, 50, CancellationToken.None)).Continuation ?? throw new InvalidOperationException("The list ended early.");
        }

        return token!;
    }

    private static async Task TimeAsync(int size, string what, Func<Task<ClauseUsagePage>> lookup, int lookups = 60)
    {
        var times = new List<double>();
        for (var i = 0; i < lookups + 5; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var page = await lookup();
            if (page.Items.Length != 50)
            {
                throw new InvalidOperationException($"A page held {page.Items.Length} contracts, not 50.");
            }

            if (i >= 5)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| folder | {size:N0} | {what} | {lookups} | {times[(lookups / 2) - 1]:F1} | {times[(int)Math.Ceiling(0.95 * lookups) - 1]:F1} |"));
    }
}
