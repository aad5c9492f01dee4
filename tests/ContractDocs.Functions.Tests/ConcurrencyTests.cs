using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ContractDocs.Functions.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>
/// Racing writers on one contract, through HTTP, on both stores, each race run several times: every acknowledged write
/// is in the record exactly once, the same document racing with itself is recorded once with one audit event, and
/// requests racing with one idempotency key make one contract.
/// </summary>
public abstract class ConcurrencyContract
{
    private const int Racers = 20;
    private const int Rounds = 5;

    protected abstract AppFactory App { get; }

    [Fact]
    public async Task DistinctUploadsRacing_EveryAcknowledgedOneIsRecordedExactlyOnce()
    {
        var procurement = App.As("paula", "procurement");
        for (var round = 0; round < Rounds; round++)
        {
            var id = await NewContractAsync();
            var answers = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i => UploadAsync(procurement, id, Pdf($"round {round} document {i}"))));

            var filed = answers.Where(a => a.Status == HttpStatusCode.Created).Select(a => a.DocumentId!).ToList();
            Assert.Equal(Racers, filed.Count);
            var record = await RecordAsync(procurement, id);
            var executed = record.GetProperty("documents").EnumerateArray().Where(d => d.GetProperty("kind").GetString() == "executed").Select(d => d.GetProperty("id").GetString()!).ToList();
            Assert.Equal(filed.Order(StringComparer.Ordinal), executed.Order(StringComparer.Ordinal));
            Assert.Equal(Racers, (await AuditAsync(procurement, id)).Count(a => a == "upload"));
        }
    }

    [Fact]
    public async Task IdenticalUploadsRacing_OneEntryOneEvent_OneCreatedTheRestAlreadyFiled()
    {
        var procurement = App.As("paula", "procurement");
        for (var round = 0; round < Rounds; round++)
        {
            var id = await NewContractAsync();
            var pdf = Pdf($"the one signed copy, round {round}");
            var answers = await Task.WhenAll(Enumerable.Range(0, Racers).Select(_ => UploadAsync(procurement, id, pdf)));

            Assert.Single(answers, a => a.Status == HttpStatusCode.Created);
            Assert.All(answers.Where(a => a.Status != HttpStatusCode.Created), a => Assert.Equal((HttpStatusCode.Conflict, "already-filed"), (a.Status, a.Code)));
            var record = await RecordAsync(procurement, id);
            Assert.Single(record.GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "executed");
            Assert.Equal("executed", record.GetProperty("status").GetString());
            Assert.Single(await AuditAsync(procurement, id), a => a == "upload");
        }
    }

    [Fact]
    public async Task GeneratesRacingWithOneIdempotencyKey_MakeOneContract_AndAllAnswerIt()
    {
        var commissioner = App.As("rita", "commissioner");
        for (var round = 0; round < Rounds; round++)
        {
            var key = Guid.NewGuid().ToString();
            var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/contracts", UriKind.Relative)) { Content = AppFactory.Json(AppFactory.Example("frailty-alliance")) };
                request.Headers.Add("Idempotency-Key", key);
                var response = await commissioner.SendAsync(request);
                return (response.StatusCode, Body: JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
            }));

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
            var id = Assert.Single(answers.Select(a => a.Body.GetProperty("contractId").GetString()).Distinct());
            Assert.Single(await AuditAsync(commissioner, id!), a => a == "generate");
            var listed = JsonDocument.Parse(await commissioner.GetStringAsync(new Uri("/api/contracts?pageSize=200", UriKind.Relative))).RootElement.GetProperty("items");
            Assert.Single(listed.EnumerateArray(), c => c.GetProperty("id").GetString() == id);
        }
    }

    private async Task<string> NewContractAsync()
    {
        var created = await App.As("ann", "commissioner").PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("outcomes-based-reablement")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString()!;
    }

    private static async Task<(HttpStatusCode Status, string? DocumentId, string? Code)> UploadAsync(HttpClient client, string id, byte[] pdf)
    {
        var content = new ByteArrayContent(pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var response = await client.PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), content);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return response.StatusCode == HttpStatusCode.Created
            ? (response.StatusCode, body.RootElement.GetProperty("documentId").GetString(), null)
            : (response.StatusCode, null, body.RootElement.GetProperty("code").GetString());
    }

    private static async Task<JsonElement> RecordAsync(HttpClient client, string id) =>
        JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative))).RootElement.Clone();

    private static async Task<List<string>> AuditAsync(HttpClient client, string id) =>
        [.. JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/contracts/{id}/audit", UriKind.Relative))).RootElement.EnumerateArray().Select(e => e.GetProperty("action").GetString()!)];

    /// <summary>A small, valid PDF whose bytes differ by <paramref name="text"/>.</summary>
    public static byte[] Pdf(string text) => Encoding.ASCII.GetBytes(
        $"%PDF-1.4\n% {text}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
        + "trailer << /Size 4 /Root 1 0 R >>\n%%EOF\n");
}

public sealed class ConcurrencyOnFolderStoreTests : ConcurrencyContract, IClassFixture<AppFactory>
{
    public ConcurrencyOnFolderStoreTests(AppFactory app) => App = app;

    protected override AppFactory App { get; }
}

public sealed class ConcurrencyOnAzuriteTests : ConcurrencyContract, IClassFixture<AzuriteApp>
{
    public ConcurrencyOnAzuriteTests(AzuriteApp app) => App = app.App;

    protected override AppFactory App { get; }
}
