using System.Net;
using ContractDocs.Functions.Tests.Support;
using ContractDocs.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ContractDocs.Functions.Tests;

public sealed class PublishTests
{
    [Fact]
    public async Task Publish_AsLegal_StoresTheReleaseOnce_ASecondPublishIs409AndChangesNothing()
    {
        using var app = new AppFactory();
        var legal = app.As("lee", "legal");

        var first = await legal.PostAsync(new Uri("/api/releases/2026.2/publish", UriKind.Relative), null);
        var store = app.Services.GetRequiredService<Engine>().Store;
        var manifest = (await store.GetAsync(new DocumentAddress("releases", "2026.2/manifest.json")))!;
        var second = await legal.PostAsync(new Uri("/api/releases/2026.2/publish", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("\"code\":\"release-published\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(manifest.ETag, (await store.GetAsync(new DocumentAddress("releases", "2026.2/manifest.json")))!.ETag);
        Assert.NotNull(await store.GetAsync(new DocumentAddress("releases", "2026.2/clauses/payment-at-risk/1.1.0.md")));
        Assert.Equal(HttpStatusCode.Forbidden, (await app.As("ann", "commissioner").PostAsync(new Uri("/api/releases/2026.1/publish", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await legal.PostAsync(new Uri("/api/releases/2030.1/publish", UriKind.Relative), null)).StatusCode);
    }
}
