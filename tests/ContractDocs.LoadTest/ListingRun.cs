using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using ContractDocs.Storage;
using ContractDocs.Storage.Folder;
using ContractDocs.Tests.Support;

namespace ContractDocs.LoadTest;

/// <summary>
/// Listing at scale: seeds N contracts straight into a store (the record and its listing entries, as drafting writes
/// them; no documents are rendered), spread over three years and 200 commissioners, then starts the app on that store
/// as a real process and times the lists people open: legal's first page and a page deep into the list, a
/// commissioner's own first page, procurement's page and a title search. Prints p50 and p95 of sequential requests.
/// </summary>
internal static class ListingRun
{
    private const int Owners = 200;

    public static async Task RunAsync(IReadOnlyList<int> sizes, string storeKind)
    {
        Console.WriteLine($"| store | contracts | list | requests | p50 ms | p95 ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var size in sizes)
        {
            using var azurite = storeKind == "azurite" ? new Azurite() : null;
            var folder = Directory.CreateTempSubdirectory("contractdocs-list-").FullName;
            try
            {
                IDocumentStore store = azurite is null ? new FolderDocumentStore(folder) : new BlobDocumentStore(new BlobServiceClient(azurite.ConnectionString));
                var seeding = Stopwatch.StartNew();
                await SeedAsync(new ContractArchive(store, TimeProvider.System), size);
                Console.Error.WriteLine($"seeded {size:N0} contracts into the {storeKind} store in {seeding.Elapsed.TotalSeconds:F0} s");
                await MeasureAsync(storeKind, size, azurite?.ConnectionString, folder);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task SeedAsync(ContractArchive archive, int size)
    {
        var start = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var step = TimeSpan.FromDays(3 * 365.0 / size);
        var selection = JsonDocument.Parse("{}").RootElement.Clone();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < size)
            {
                var id = "c-" + i.ToString("x20", CultureInfo.InvariantCulture);
                var owner = $"owner-{i % Owners:D3}";
                var created = start + (step * i);
                var draft = new ContractDocumentEntry("d-" + i.ToString("x16", CultureInfo.InvariantCulture), ContractDocumentEntry.Draft, "d.docx", "application/octet-stream", new string('0', 64), 1, owner, created, null, owner);
                var record = new ContractRecord(id, owner, $"Commissioner {i % Owners}", created, "2026.2", i % 4 == 0 ? "alliance" : "lead-provider",
                    $"Integrated care agreement {i:N0} for Northshire place {i % 37}", new string('0', 64), selection, [draft]);
                await archive.TryCreateRecordAsync(record, CancellationToken.None);
                await archive.IndexAsync(record, CancellationToken.None);
                if (i % 10 == 0)
                {
                    await archive.IndexExecutedAsync(record, new string('e', 64), CancellationToken.None);
                }
            }
        }));
    }

    private static async Task MeasureAsync(string storeKind, int size, string? connectionString, string folder)
    {
        var port = LoopbackPort.Free();
        var app = Path.Combine(RepoPaths.Root, "functions", "ContractDocs.LocalHost", "bin", "Release", "net10.0", "ContractDocs.LocalHost.dll");
        var start = new ProcessStartInfo("dotnet", [app]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(app)! };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ContractDocs__LibraryFolder"] = RepoPaths.Library;
        start.Environment["ContractDocs__TemplatesFolder"] = RepoPaths.Templates;
        start.Environment["ContractDocs__TrustPrincipalHeader"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        if (connectionString is null)
        {
            start.Environment["ContractDocs__FolderStore"] = folder;
        }
        else
        {
            start.Environment["ContractDocs__StorageConnectionString"] = connectionString;
        }

        using var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
            await WaitForAsync(http);
            var legal = Principal("legal-1", "Lee Legal", "legal");
            var commissioner = Principal("owner-007", "Commissioner 7", "commissioner");
            var procurement = Principal("proc-1", "Pat Procurement", "procurement");
            var deep = await DeepTokenAsync(http, legal, pages: 20);
            await TimeAsync(http, storeKind, size, "legal, first page of 50", legal, "/api/contracts?pageSize=50");
            await TimeAsync(http, storeKind, size, "legal, page 21 (after 1,000)", legal, "/api/contracts?pageSize=50&continuation=" + Uri.EscapeDataString(deep));
            await TimeAsync(http, storeKind, size, "commissioner's own, first page", commissioner, "/api/contracts?pageSize=50");
            await TimeAsync(http, storeKind, size, "procurement page (HTML)", procurement, "/procurement");
            await TimeAsync(http, storeKind, size, "procurement title search", procurement, "/procurement?q=place%2036");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static async Task TimeAsync(HttpClient http, string storeKind, int size, string what, string principal, string path, int requests = 60)
    {
        var times = new List<double>();
        for (var i = 0; i < requests + 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            response.EnsureSuccessStatusCode();
            if (i >= 5)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {storeKind} | {size:N0} | {what} | {requests} | {Percentile(times, 0.5):F1} | {Percentile(times, 0.95):F1} |"));
    }

    private static async Task<string> DeepTokenAsync(HttpClient http, string principal, int pages)
    {
        string? token = null;
        for (var i = 0; i < pages; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/contracts?pageSize=50" + (token is null ? string.Empty : "&continuation=" + Uri.EscapeDataString(token)), UriKind.Relative));
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
            using var response = await http.SendAsync(request);
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            token = page.RootElement.GetProperty("continuation").GetString() ?? throw new InvalidOperationException("The list ended early.");
        }

        return token!;
    }

    private static string Principal(string id, string name, string role) => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new
    {
        auth_typ = "aad",
        name_typ = "name",
        role_typ = "roles",
        claims = new object[]
        {
            new { typ = "name", val = name },
            new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = id },
            new { typ = "roles", val = role },
        },
    }));

    private static async Task WaitForAsync(HttpClient http)
    {
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The app did not answer GET / within 60 s.");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
