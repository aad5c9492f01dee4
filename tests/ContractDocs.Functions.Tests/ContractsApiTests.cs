using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using ContractDocs.Functions.Tests.Support;
using ContractDocs.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>Preview and generate through HTTP, against the folder store and against Azurite.</summary>
public abstract class ContractsApiContract
{
    protected abstract AppFactory App { get; }

    [Fact]
    public async Task Preview_BuildableSelection_ReturnsThePlan()
    {
        var response = await App.As("ann", "commissioner").PostAsync(new Uri("/api/preview", UriKind.Relative), AppFactory.Json(AppFactory.Example("frailty-alliance")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("buildable").GetBoolean());
        Assert.Contains(body.RootElement.GetProperty("plan").GetProperty("clauses").EnumerateArray(), c => c.GetProperty("id").GetString() == "alliance-leadership-team");
    }

    [Fact]
    public async Task Preview_ConflictingChoices_ExplainsThemWithCodes()
    {
        var response = await App.As("ann", "commissioner").PostAsync(new Uri("/api/preview", UriKind.Relative), AppFactory.Json("{\"release\":\"2026.1\",\"model\":\"alliance\",\"specifications\":[\"P1.alliance-charter\",\"F3.payment-at-risk\"]}"));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.GetProperty("buildable").GetBoolean());
        Assert.Contains(body.RootElement.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "excluded-pair");
    }

    [Theory]
    [InlineData("{\"release\":", 400, "invalid-json")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"alliance\",\"variables\":{\"contractTitle\":\"bad\\u0001\"}}", 400, "illegal-character")]
    [InlineData("{\"release\":\"2019.1\",\"model\":\"alliance\"}", 422, "unknown-release")]
    [InlineData("{\"release\":\"2026.1\",\"model\":\"alliance\",\"specifications\":[\"O1.joint-outcomes\"]}", 422, "missing-variable")]
    [InlineData("{\"release\":\"2026.3\",\"model\":\"lead-provider\",\"specifications\":[]}", 422, "missing-essential")]
    public async Task Generate_BadSelection_IsProblemDetailsAndStoresNothing(string json, int status, string code)
    {
        var client = App.As("ann", "commissioner");

        var response = await client.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(json));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        Assert.NotEqual(JsonValueKind.Null, problem.RootElement.GetProperty("field").ValueKind);
    }

    [Fact]
    public async Task Generate_TooLargeBody_Is413()
    {
        var json = "{\"release\":\"" + new string('x', 1024 * 1024 + 10) + "\"}";

        var response = await App.As("ann", "commissioner").PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(json));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Generate_Example_StoresDraftRecordAndAudit_AndTheLinkReadsTheDocument()
    {
        var client = App.As("ann", "commissioner");

        var response = await client.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("lead-provider-ltc")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = created.RootElement;
        var id = root.GetProperty("contractId").GetString()!;
        var link = root.GetProperty("readLink").GetString()!;
        var bytes = link.StartsWith("http", StringComparison.Ordinal)
            ? await new HttpClient().GetByteArrayAsync(new Uri(link))
            : await client.GetByteArrayAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(root.GetProperty("documentSha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            Assert.NotNull(zip.GetEntry("word/document.xml"));
        }

        using var record = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative)));
        Assert.Equal("draft", record.RootElement.GetProperty("status").GetString());
        using var audit = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/contracts/{id}/audit", UriKind.Relative)));
        var generate = Assert.Single(audit.RootElement.EnumerateArray());
        Assert.Equal("generate", generate.GetProperty("action").GetString());
        Assert.Equal("ann", generate.GetProperty("who").GetString());
        Assert.Equal(root.GetProperty("documentSha256").GetString(), generate.GetProperty("documentSha256").GetString());
        Assert.Equal(root.GetProperty("clauses").GetArrayLength(), generate.GetProperty("clauses").GetArrayLength());
        Assert.All(generate.GetProperty("clauses").EnumerateArray(), c => Assert.Matches("^[a-z0-9-]+@\\d+\\.\\d+\\.\\d+ [0-9a-f]{64}$", c.GetString()));
    }

    [Fact]
    public async Task Generate_SameIdempotencyKeyTwice_WritesOnceAndAnswersTheSame()
    {
        var client = App.As("bob", "commissioner");
        client.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var first = await client.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("capitated-place")));
        var second = await client.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("capitated-place")));

        using var a = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        using var b = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var id = a.RootElement.GetProperty("contractId").GetString();
        Assert.Equal(id, b.RootElement.GetProperty("contractId").GetString());
        Assert.Equal(a.RootElement.GetProperty("documentId").GetString(), b.RootElement.GetProperty("documentId").GetString());
        using var audit = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/contracts/{id}/audit", UriKind.Relative)));
        Assert.Single(audit.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Contracts_CommissionerSeesOnlyTheirOwn_ProcurementSeesAll()
    {
        var carol = App.As("carol", "commissioner");
        var created = await carol.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("outcomes-based-reablement")));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await App.As("dave", "commissioner").GetAsync(new Uri($"/api/contracts/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await App.As("erin", "procurement").GetAsync(new Uri($"/api/contracts/{id}", UriKind.Relative))).StatusCode);
        Assert.Contains(id!, await carol.GetStringAsync(new Uri("/api/contracts", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(id!, await App.As("dave", "commissioner").GetStringAsync(new Uri("/api/contracts", UriKind.Relative)), StringComparison.Ordinal);
    }
}

public sealed class ContractsApiOnFolderStoreTests : ContractsApiContract, IClassFixture<AppFactory>
{
    public ContractsApiOnFolderStoreTests(AppFactory app) => App = app;

    protected override AppFactory App { get; }
}

public sealed class ContractsApiOnAzuriteTests : ContractsApiContract, IClassFixture<AzuriteApp>
{
    public ContractsApiOnAzuriteTests(AzuriteApp app) => App = app.App;

    protected override AppFactory App { get; }
}

/// <summary>An Azurite and the app on it, shared by a test class.</summary>
public sealed class AzuriteApp : IDisposable
{
    public AzuriteApp() => App = new AppFactory { ConnectionString = Server.ConnectionString };

    public Azurite Server { get; } = new();

    public AppFactory App { get; }

    public void Dispose()
    {
        App.Dispose();
        Server.Dispose();
    }
}
