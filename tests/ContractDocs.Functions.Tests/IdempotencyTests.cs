using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractDocs.Functions.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>An Idempotency-Key names one contract for one person: the same body replays the first answer, a
/// different body is refused naming the contract, and another person's same key is another contract.</summary>
public sealed class IdempotencyTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public IdempotencyTests(AppFactory app) => _app = app;

    [Fact]
    public async Task SameKeySameBody_ReplaysTheFirstAnswer_ButForAFreshReadLink()
    {
        var client = _app.As("ivy", "commissioner");
        var key = Guid.NewGuid().ToString();

        var first = await PostAsync(client, key, AppFactory.Example("lead-provider-ltc"));
        var again = await PostAsync(client, key, AppFactory.Example("lead-provider-ltc"));

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.Equal(first.Location, again.Location);
        Assert.Equal(WithoutLink(first.Body), WithoutLink(again.Body));
    }

    [Fact]
    public async Task SameKeyDifferentBody_Is422NamingTheContractTheKeyBelongsTo_AndMakesNoSecond()
    {
        var client = _app.As("ivy", "commissioner");
        var key = Guid.NewGuid().ToString();
        var first = await PostAsync(client, key, AppFactory.Example("frailty-alliance"));
        var firstId = first.Body["contractId"]!.GetValue<string>();

        var reused = await PostAsync(client, key, AppFactory.Example("capitated-place"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.Status);
        Assert.Equal("idempotency-key-reused", reused.Body["code"]!.GetValue<string>());
        Assert.Equal(firstId, reused.Body["contractId"]!.GetValue<string>());
        Assert.Contains(firstId, reused.Body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Idempotency-Key", reused.Body["field"]!.GetValue<string>());
        using var record = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/contracts/{firstId}", UriKind.Relative)));
        Assert.Equal(first.Body["selectionSha256"]!.GetValue<string>(), record.RootElement.GetProperty("selectionSha256").GetString());
        Assert.Equal("alliance", record.RootElement.GetProperty("model").GetString());
        using var audit = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/contracts/{firstId}/audit", UriKind.Relative)));
        Assert.Single(audit.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task SameKeyFromTwoPeople_IsTwoContracts()
    {
        var key = Guid.NewGuid().ToString();

        var one = await PostAsync(_app.As("ivy", "commissioner"), key, AppFactory.Example("outcomes-based-reablement"));
        var two = await PostAsync(_app.As("jim", "commissioner"), key, AppFactory.Example("outcomes-based-reablement"));

        Assert.Equal(HttpStatusCode.Created, one.Status);
        Assert.Equal(HttpStatusCode.Created, two.Status);
        Assert.NotEqual(one.Body["contractId"]!.GetValue<string>(), two.Body["contractId"]!.GetValue<string>());
    }

    private static async Task<(HttpStatusCode Status, Uri? Location, JsonObject Body)> PostAsync(HttpClient client, string key, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/contracts", UriKind.Relative)) { Content = AppFactory.Json(body) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await client.SendAsync(request);
        return (response.StatusCode, response.Headers.Location, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static string WithoutLink(JsonObject body)
    {
        var copy = body.DeepClone().AsObject();
        copy.Remove("readLink");
        copy.Remove("readLinkExpires");
        return copy.ToJsonString();
    }
}
