using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ContractDocs.Functions.Tests.Support;
using ContractDocs.Tests.Support;

namespace ContractDocs.Functions.Tests;

public sealed class OutageAndUploadTests
{
    [Fact]
    public async Task StorageDown_Generate_Is503WithRetryAfter_AndTheAppRecoversWithoutARestart()
    {
        using var azurite = new Azurite();
        using var app = new AppFactory { ConnectionString = azurite.ConnectionString };
        var client = app.As("ann", "commissioner");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("frailty-alliance")))).StatusCode);

        azurite.Stop();
        var during = await client.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("frailty-alliance")));
        azurite.Start();
        var after = await client.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("frailty-alliance")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.True(during.Headers.RetryAfter is not null);
        using var problem = JsonDocument.Parse(await during.Content.ReadAsStringAsync());
        Assert.Equal("storage-unavailable", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("nothing was saved", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
    }

    [Fact]
    public async Task StorageDown_EveryListing_Is503WithRetryAfter_ThenRecovers()
    {
        using var azurite = new Azurite();
        using var app = new AppFactory { ConnectionString = azurite.ConnectionString };
        var lee = app.As("lee", "legal", "procurement", "commissioner");
        Assert.Equal(HttpStatusCode.Created, (await lee.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("frailty-alliance")))).StatusCode);
        string[] listings = ["/api/contracts", "/procurement", "/procurement?q=frailty", "/contracts"];

        azurite.Stop();
        var during = new List<HttpResponseMessage>();
        foreach (var listing in listings)
        {
            during.Add(await lee.GetAsync(new Uri(listing, UriKind.Relative)));
        }

        azurite.Start();
        Assert.All(during, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode));
        Assert.All(during, r => Assert.NotNull(r.Headers.RetryAfter));
        foreach (var listing in listings)
        {
            Assert.Equal(HttpStatusCode.OK, (await lee.GetAsync(new Uri(listing, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task AnswerLostAfterTheRecordWasWritten_Is503OutcomeUnknownNamingTheContract_AndTheRetryFindsIt()
    {
        using var azurite = new Azurite();
        using var proxy = new FaultProxy(azurite.Port);
        using var app = new AppFactory { ConnectionString = azurite.ConnectionString.Replace($":{azurite.Port}/", $":{proxy.Port}/", StringComparison.Ordinal) };
        var client = app.As("una", "commissioner");
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("lead-provider-ltc")))).StatusCode);

        proxy.DropAnswerTo = new System.Text.RegularExpressions.Regex("^PUT /devstoreaccount1/contracts/c-[0-9a-f]+/contract\\.json");
        var lost = await SendAsync(client, key);
        proxy.DropAnswerTo = null;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, lost.StatusCode);
        Assert.True(proxy.Dropped > 0);
        using var problem = JsonDocument.Parse(await lost.Content.ReadAsStringAsync());
        Assert.Equal("outcome-unknown", problem.RootElement.GetProperty("code").GetString());
        var id = problem.RootElement.GetProperty("contractId").GetString()!;
        Assert.DoesNotContain("nothing was saved", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/contracts/{id}", UriKind.Relative))).StatusCode);

        var retry = await SendAsync(client, key);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(id, JsonDocument.Parse(await retry.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString());
        using var audit = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/contracts/{id}/audit", UriKind.Relative)));
        Assert.Single(audit.RootElement.EnumerateArray());
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/contracts", UriKind.Relative)));
        Assert.Single(list.RootElement.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/contracts", UriKind.Relative)) { Content = AppFactory.Json(AppFactory.Example("frailty-alliance")) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Upload_GoodPdf_IsFiled_BadOneIsRefusedWithTheReason_AndBothAreAudited()
    {
        using var app = new AppFactory();
        var created = await app.As("ann", "commissioner").PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("outcomes-based-reablement")));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString();
        var procurement = app.As("paula", "procurement");

        var good = new ByteArrayContent(MinimalPdf("Signed contract"));
        good.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "../../signed.pdf" };
        var filed = await procurement.PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), good);
        var bad = await procurement.PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), new ByteArrayContent(MinimalPdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>")));
        var notADocument = await procurement.PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]));

        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notADocument.StatusCode);
        using var refusal = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        Assert.Equal("pdf-active-content", refusal.RootElement.GetProperty("code").GetString());
        using var record = JsonDocument.Parse(await procurement.GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative)));
        Assert.Equal("executed", record.RootElement.GetProperty("status").GetString());
        var executed = record.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "executed");
        Assert.Equal("signed.pdf", executed.GetProperty("originalName").GetString());
        Assert.DoesNotContain("..", executed.GetProperty("name").GetString(), StringComparison.Ordinal);
        using var audit = JsonDocument.Parse(await procurement.GetStringAsync(new Uri($"/api/contracts/{id}/audit", UriKind.Relative)));
        // The comparison with the draft ("compare") may arrive after the filing; it is not what this test is about.
        var actions = audit.RootElement.EnumerateArray().Select(e => e.GetProperty("action").GetString()).Where(a => a != "compare").ToList();
        Assert.Equal(["generate", "reject", "reject", "upload"], actions.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await app.As("ann", "commissioner").PostAsync(new Uri($"/api/contracts/{id}/executed", UriKind.Relative), new ByteArrayContent(MinimalPdf("x")))).StatusCode);
    }

    private static byte[] MinimalPdf(string extra) => System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R " + (extra.StartsWith('/') ? extra : string.Empty) + " >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
        + "trailer << /Size 4 /Root 1 0 R >>\n%%EOF\n");
}
