using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using ContractDocs.Functions.Tests.Support;
using ContractDocs.Tests.Rendering.Redline;
using ContractDocs.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ContractDocs.Functions.Tests;

/// <summary>A contract built on 2026.1 moved to a newer release through the API: preview, redline, the move (create-only,
/// idempotent), the old draft kept and the audit event naming both releases.</summary>
public sealed class MoveTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public MoveTests(AppFactory app) => _app = app;

    private static Uri U(string path) => new(path, UriKind.Relative);

    private async Task<(HttpClient Client, string Id, JsonElement Record)> CreateOn20261(string who)
    {
        var client = _app.As(who, "commissioner");
        var created = await client.PostAsync(U("/api/contracts"), AppFactory.Json(AppFactory.Example("frailty-alliance", "2026.1")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString()!;
        return (client, id, JsonDocument.Parse(await client.GetStringAsync(U($"/api/contracts/{id}"))).RootElement.Clone());
    }

    [Fact]
    public async Task MoveFrom20261To20263_PreviewsRedlinesAndMakesANewDraft_KeepingTheOldOneAndAuditingBothReleases()
    {
        var (client, id, before) = await CreateOn20261("mo");
        var firstDraft = before.GetProperty("documents")[0];

        var preview = await client.GetAsync(U($"/api/contracts/{id}/moves/2026.3"));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var changes = JsonDocument.Parse(await preview.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("2026.1", changes.GetProperty("from").GetString());
        Assert.Equal("2026.3", changes.GetProperty("to").GetString());
        Assert.True(changes.GetProperty("canMove").GetBoolean());
        Assert.NotEmpty(changes.GetProperty("added").EnumerateArray());
        Assert.Contains(changes.GetProperty("changed").EnumerateArray(), c => c.GetProperty("id").GetString() == "outcomes-framework" && c.GetProperty("fromVersion").GetString() == "1.0.0");

        var redline = await client.GetAsync(U($"/api/contracts/{id}/moves/2026.3/redline"));
        Assert.Equal(HttpStatusCode.OK, redline.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", redline.Content.Headers.ContentType?.MediaType);
        var redlineBytes = await redline.Content.ReadAsByteArrayAsync();
        AssertValid(redlineBytes);
        var body = TrackedText.Document(redlineBytes).Root!.Element(TrackedText.W + "body")!;
        Assert.Contains(body.Descendants(TrackedText.W + "ins"), i => (string?)i.Attribute(TrackedText.W + "author") == "Clause library 2026.3");
        Assert.Contains(body.Descendants(TrackedText.W + "del"), d => (string?)d.Attribute(TrackedText.W + "date") == "2026-12-15T00:00:00Z");

        var move = new HttpRequestMessage(HttpMethod.Post, U($"/api/contracts/{id}/moves/2026.3")) { Headers = { { "Idempotency-Key", "move-1" } } };
        var moved = await client.SendAsync(move);
        Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
        var answer = JsonDocument.Parse(await moved.Content.ReadAsStringAsync()).RootElement;
        var documentId = answer.GetProperty("documentId").GetString()!;
        Assert.Equal("2026.1", answer.GetProperty("fromRelease").GetString());
        Assert.Equal("2026.3", answer.GetProperty("toRelease").GetString());

        var again = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, U($"/api/contracts/{id}/moves/2026.3")) { Headers = { { "Idempotency-Key", "move-1" } } });
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(documentId, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("documentId").GetString());

        var after = JsonDocument.Parse(await client.GetStringAsync(U($"/api/contracts/{id}"))).RootElement;
        var documents = after.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal(firstDraft.GetProperty("sha256").GetString(), documents[0].GetProperty("sha256").GetString());
        Assert.Equal("2026.1", after.GetProperty("release").GetString());
        Assert.Equal(documentId, documents[1].GetProperty("id").GetString());
        Assert.Equal("draft", documents[1].GetProperty("kind").GetString());
        Assert.Equal("2026.3", documents[1].GetProperty("release").GetString());
        var oldBytes = await client.GetByteArrayAsync(U($"/api/contracts/{id}/documents/{documents[0].GetProperty("id").GetString()}"));
        var newBytes = await client.GetByteArrayAsync(U($"/api/contracts/{id}/documents/{documentId}"));
        Assert.Contains("<vt:lpwstr>2026.1</vt:lpwstr>", Part(oldBytes, "docProps/custom.xml"), StringComparison.Ordinal);
        Assert.Contains("<vt:lpwstr>2026.3</vt:lpwstr>", Part(newBytes, "docProps/custom.xml"), StringComparison.Ordinal);
        AssertValid(newBytes);

        var audit = JsonDocument.Parse(await client.GetStringAsync(U($"/api/contracts/{id}/audit"))).RootElement.EnumerateArray().ToList();
        var moves = audit.Where(e => e.GetProperty("action").GetString() == "move").ToList();
        var single = Assert.Single(moves);
        Assert.Equal("2026.3", single.GetProperty("release").GetString());
        Assert.Contains("from release 2026.1 to release 2026.3", single.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(newBytes.Length, documents[1].GetProperty("length").GetInt64());

        var sameAgain = await client.GetAsync(U($"/api/contracts/{id}/moves/2026.3"));
        await AssertProblem(sameAgain, 422, "same-release");
        await AssertProblem(await client.GetAsync(U($"/api/contracts/{id}/moves/2026.2")), 422, "not-newer-release");
    }

    [Fact]
    public async Task AfterMoves_ListingsShowTheReleaseNowAndOfferTheNewestDraft_AtEveryPageSize_AndUsageNamesEachDraftsRelease()
    {
        var (client, moved, _) = await CreateOn20261("listed");
        var (_, kept, _) = await CreateOn20261("listed");
        var (_, twice, _) = await CreateOn20261("listed");
        var toThree = await MoveAsync(client, moved, "2026.3", "listed-1");
        await MoveAsync(client, twice, "2026.2", "listed-2");
        var twiceToThree = await MoveAsync(client, twice, "2026.3", "listed-3");

        // Page sizes that end pages among a contract's move markers as well as on its entries.
        foreach (var size in new[] { 1, 2, 3, 50 })
        {
            var listed = new Dictionary<string, string>();
            string? continuation = null;
            do
            {
                var query = $"/api/contracts?pageSize={size}" + (continuation is null ? string.Empty : $"&continuation={Uri.EscapeDataString(continuation)}");
                var page = JsonDocument.Parse(await client.GetStringAsync(U(query))).RootElement;
                foreach (var item in page.GetProperty("items").EnumerateArray())
                {
                    listed.Add(item.GetProperty("id").GetString()!, item.GetProperty("release").GetString()!);
                }

                continuation = page.TryGetProperty("continuation", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            }
            while (continuation is not null);

            Assert.Equal(new Dictionary<string, string> { [moved] = "2026.3", [kept] = "2026.1", [twice] = "2026.3" }, listed);
        }

        // The commissioner's list offers the newest draft, and a move only where there is a newer release.
        var contracts = await client.GetStringAsync(U("/contracts"));
        Assert.Contains($"/api/contracts/{moved}/documents/{toThree}\"", contracts, StringComparison.Ordinal);
        Assert.Contains($"/api/contracts/{twice}/documents/{twiceToThree}\"", contracts, StringComparison.Ordinal);
        Assert.DoesNotContain($"/contracts/{moved}/move/", contracts, StringComparison.Ordinal);
        Assert.DoesNotContain($"/contracts/{twice}/move/", contracts, StringComparison.Ordinal);
        Assert.Contains($"/contracts/{kept}/move/2026.3\"", contracts, StringComparison.Ordinal);

        // Where used: the moved draft is listed on its own release, beside the first draft on 2026.1.
        var legal = _app.As("lee", "legal");
        var record = JsonDocument.Parse(await legal.GetStringAsync(U($"/api/contracts/{moved}"))).RootElement;
        var firstDraft = record.GetProperty("documents")[0].GetProperty("id").GetString()!;
        async Task<(string? Release, Dictionary<string, string?> Documents)> UsageOf(string clause)
        {
            var usage = JsonDocument.Parse(await legal.GetStringAsync(U($"/api/clauses/{clause}/usage?pageSize=500"))).RootElement;
            var item = Assert.Single(usage.GetProperty("items").EnumerateArray(), i => i.GetProperty("contractId").GetString() == moved);
            return (item.GetProperty("release").GetString(),
                item.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("release").GetString()));
        }

        async Task AssertUsage(string clause, string release, Dictionary<string, string?> documents)
        {
            var (listedRelease, listedDocuments) = await UsageOf(clause);
            Assert.Equal(release, listedRelease);
            Assert.Equal(documents, listedDocuments);
        }

        await AssertUsage("interpretation/1.0.0", "2026.3", new() { [firstDraft] = "2026.1", [toThree] = "2026.3" });
        await AssertUsage("alliance-charter/1.0.0", "2026.1", new() { [firstDraft] = "2026.1" });
        await AssertUsage("alliance-charter/1.0.1", "2026.3", new() { [toThree] = "2026.3" });

        // Procurement sees the release now, and each document's.
        var procurement = await _app.As("pru", "procurement").GetStringAsync(U($"/procurement/{moved}"));
        Assert.Contains($"{moved}: release 2026.3,", procurement, StringComparison.Ordinal);
    }

    private static async Task<string> MoveAsync(HttpClient client, string id, string release, string key)
    {
        var moved = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, U($"/api/contracts/{id}/moves/{release}")) { Headers = { { "Idempotency-Key", key } } });
        Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
        return JsonDocument.Parse(await moved.Content.ReadAsStringAsync()).RootElement.GetProperty("documentId").GetString()!;
    }

    [Fact]
    public async Task MoveRedline_AcceptAllIsTheDraftOnTheNewRelease_RejectAllTheDraftItCameFrom()
    {
        var (client, id, record) = await CreateOn20261("ro");
        var redline = await client.GetByteArrayAsync(U($"/api/contracts/{id}/moves/2026.2/redline"));
        var oldDraft = await client.GetByteArrayAsync(U($"/api/contracts/{id}/documents/{record.GetProperty("documents")[0].GetProperty("id").GetString()}"));
        var moved = JsonDocument.Parse(await (await client.PostAsync(U($"/api/contracts/{id}/moves/2026.2"), null)).Content.ReadAsStringAsync()).RootElement;
        var newDraft = await client.GetByteArrayAsync(U($"/api/contracts/{id}/documents/{moved.GetProperty("documentId").GetString()}"));
        var body = TrackedText.Document(redline).Root!.Element(TrackedText.W + "body")!;
        var before = TrackedText.Plain(TrackedText.Document(oldDraft).Root!.Element(TrackedText.W + "body")!);
        var after = TrackedText.Plain(TrackedText.Document(newDraft).Root!.Element(TrackedText.W + "body")!);

        var rejected = TrackedText.Rejected(body);
        var accepted = TrackedText.Accepted(body);

        var summary = rejected.Count - before.Count;
        Assert.True(summary > 0);
        Assert.NotEqual(before, after);
        Assert.Equal(before, rejected.Skip(summary));
        Assert.Equal(after, accepted.Skip(accepted.Count - after.Count));
        Assert.Equal(rejected.Take(summary), accepted.Take(accepted.Count - after.Count));
    }

    [Fact]
    public async Task Move_SameKeyForAnotherRelease_IsRefused_AndUnknownReleaseIs404()
    {
        var (client, id, _) = await CreateOn20261("ko");
        var first = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, U($"/api/contracts/{id}/moves/2026.2")) { Headers = { { "Idempotency-Key", "k" } } });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        await AssertProblem(await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, U($"/api/contracts/{id}/moves/2026.3")) { Headers = { { "Idempotency-Key", "k" } } }), 422, "idempotency-key-reused");
        await AssertProblem(await client.GetAsync(U($"/api/contracts/{id}/moves/2031.9")), 404, "unknown-release");
        await AssertProblem(await client.PostAsync(U($"/api/contracts/{id}/moves/2031.9"), null), 404, "unknown-release");
        await AssertProblem(await _app.As("someone-else", "commissioner").GetAsync(U($"/api/contracts/{id}/moves/2026.3")), 404, "unknown-contract");
    }

    [Fact]
    public async Task LibraryRedline_IsADocxForLegal_SameReleaseAndUnknownReleaseAreProblems()
    {
        var legal = _app.As("lee", "legal");

        var redline = await legal.GetAsync(U("/library/compare/redline?from=2026.1&to=2026.2"));
        var same = await legal.GetAsync(U("/library/compare/redline?from=2026.2&to=2026.2"));
        var unknown = await legal.GetAsync(U("/library/compare/redline?from=2026.1&to=2031.1"));
        var commissioner = await _app.As("ann", "commissioner").GetAsync(U("/library/compare/redline?from=2026.1&to=2026.2"));
        var page = await legal.GetStringAsync(U("/library/compare?from=2026.1&to=2026.2"));

        Assert.Equal(HttpStatusCode.OK, redline.StatusCode);
        AssertValid(await redline.Content.ReadAsByteArrayAsync());
        var detail = await AssertProblem(same, 422, "same-release");
        Assert.Equal("2026.2 and 2026.2 are the same release: nothing to compare.", detail);
        await AssertProblem(unknown, 404, "unknown-release");
        Assert.Equal(HttpStatusCode.Forbidden, commissioner.StatusCode);
        Assert.Contains("/library/compare/redline?from=2026.1&amp;to=2026.2", page, StringComparison.Ordinal);
        Assert.Contains("<del>", page, StringComparison.Ordinal);
        Assert.Contains("<details class=\"nhsuk-details\">", page, StringComparison.Ordinal);
        Assert.Contains("Payment at Risk (1.0.0 to 1.1.0)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorageDown_Move_Is503SayingNothingWasSaved_AndTheAppRecovers()
    {
        using var azurite = new Azurite();
        using var app = new AppFactory { ConnectionString = azurite.ConnectionString };
        var client = app.As("sd", "commissioner");
        var created = await client.PostAsync(U("/api/contracts"), AppFactory.Json(AppFactory.Example("frailty-alliance", "2026.1")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString()!;

        azurite.Stop();
        var during = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, U($"/api/contracts/{id}/moves/2026.3")) { Headers = { { "Idempotency-Key", "down" } } });
        azurite.Start();

        var detail = await AssertProblem(during, 503, "storage-unavailable");
        Assert.Contains("nothing was saved", detail, StringComparison.Ordinal);
        Assert.True(during.Headers.RetryAfter is not null);
        // Azurite's restart does not keep what it had not yet flushed, so the recovery is shown on a new contract.
        var again = await client.PostAsync(U("/api/contracts"), AppFactory.Json(AppFactory.Example("frailty-alliance", "2026.1")));
        var second = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString()!;
        var moved = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, U($"/api/contracts/{second}/moves/2026.3")) { Headers = { { "Idempotency-Key", "up" } } });
        Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
        var record = JsonDocument.Parse(await client.GetStringAsync(U($"/api/contracts/{second}"))).RootElement;
        Assert.Equal(2, record.GetProperty("documents").GetArrayLength());
    }

    private static async Task<string> AssertProblem(HttpResponseMessage response, int status, string code)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        return problem.RootElement.GetProperty("detail").GetString()!;
    }

    private static void AssertValid(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    private static string Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
