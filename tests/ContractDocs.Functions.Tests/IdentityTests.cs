using System.Net;
using System.Text.Json;
using ContractDocs.Functions.Tests.Support;

namespace ContractDocs.Functions.Tests;

/// <summary>Contracts belong to the account that made them (its stable id), not to a display name.</summary>
public sealed class IdentityTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public IdentityTests(AppFactory app) => _app = app;

    [Fact]
    public async Task TwoPeopleWithOneName_CannotReadEachOthersContracts()
    {
        var first = _app.AsAccount("11111111-aaaa-4000-8000-000000000001", "Sam Smith", "commissioner");
        var second = _app.AsAccount("22222222-bbbb-4000-8000-000000000002", "Sam Smith", "commissioner");
        var created = await first.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("outcomes-based-reablement")));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(new Uri($"/api/contracts/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync(new Uri($"/api/contracts/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync(new Uri($"/api/contracts/{id}/audit", UriKind.Relative))).StatusCode);
        Assert.Contains(id, await first.GetStringAsync(new Uri("/api/contracts", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(id, await second.GetStringAsync(new Uri("/api/contracts", UriKind.Relative)), StringComparison.Ordinal);
        using var record = JsonDocument.Parse(await first.GetStringAsync(new Uri($"/api/contracts/{id}", UriKind.Relative)));
        Assert.Equal("Sam Smith", record.RootElement.GetProperty("createdBy").GetString());
        Assert.Equal("11111111-aaaa-4000-8000-000000000001", record.RootElement.GetProperty("ownerId").GetString());
    }

    [Fact]
    public async Task PrincipalWithoutAnAccountId_Is401SayingWhy()
    {
        var client = _app.AsAccount(null, "No Id", "commissioner", "legal");

        var response = await client.GetAsync(new Uri("/api/contracts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unauthenticated", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("account id", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_PagesWithAContinuation_AndARefusedTokenIs400()
    {
        var mine = _app.AsAccount("33333333-cccc-4000-8000-000000000003", "Pat Page", "commissioner");
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var created = await mine.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("outcomes-based-reablement")));
            ids.Add(JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("contractId").GetString()!);
        }

        var seen = new List<string>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var url = "/api/contracts?pageSize=2" + (continuation is null ? string.Empty : "&continuation=" + Uri.EscapeDataString(continuation));
            using var page = JsonDocument.Parse(await mine.GetStringAsync(new Uri(url, UriKind.Relative)));
            seen.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()!));
            continuation = page.RootElement.GetProperty("continuation").GetString();
            pages++;
        }
        while (continuation is not null && pages < 10);

        Assert.Equal(Enumerable.Reverse(ids), seen);
        Assert.Equal(3, pages);
        var refused = await mine.GetAsync(new Uri("/api/contracts?continuation=not-a-token", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("invalid-continuation", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await mine.GetAsync(new Uri("/api/contracts?pageSize=0", UriKind.Relative))).StatusCode);
    }
}
