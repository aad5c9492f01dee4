using System.Net;
using ContractDocs.Functions.Tests.Support;
using ContractDocs.Functions.Hosting;
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
        var store = app.Services.GetRequiredService<IDocumentStore>();
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

    [Fact]
    public async Task AppBuildingFromPublishedReleases_ServesWhatLegalPublished()
    {
        var store = Directory.CreateTempSubdirectory("contractdocs-shared-store-").FullName;
        using (var publisher = new AppFactory { StoreFolder = store })
        {
            var legal = publisher.As("lee", "legal");
            Assert.Equal(HttpStatusCode.Created, (await legal.PostAsync(new Uri("/api/releases/2026.1/publish", UriKind.Relative), null)).StatusCode);
        }

        using var app = new AppFactory { StoreFolder = store, LibrarySource = "storage" };
        var client = app.As("ann", "commissioner");

        var releases = await client.GetStringAsync(new Uri("/api/releases", UriKind.Relative));
        var generated = await client.PostAsync(new Uri("/api/contracts", UriKind.Relative), AppFactory.Json(AppFactory.Example("frailty-alliance", "2026.1")));

        Assert.Contains("2026.1", releases, StringComparison.Ordinal);
        Assert.DoesNotContain("2026.2", releases, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
    }

    [Fact]
    public async Task AppBuildingFromPublishedReleases_WritesTheRedlineBetweenThem_WithTheWordsPublishedWithThem()
    {
        var store = Directory.CreateTempSubdirectory("contractdocs-shared-store-").FullName;
        using (var publisher = new AppFactory { StoreFolder = store })
        {
            var legal = publisher.As("lee", "legal");
            Assert.Equal(HttpStatusCode.Created, (await legal.PostAsync(new Uri("/api/releases/2026.1/publish", UriKind.Relative), null)).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await legal.PostAsync(new Uri("/api/releases/2026.2/publish", UriKind.Relative), null)).StatusCode);
        }

        using var app = new AppFactory { StoreFolder = store, LibrarySource = "storage" };
        var redline = await app.As("lee", "legal").GetAsync(new Uri("/library/compare/redline?from=2026.1&to=2026.2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, redline.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", redline.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AppBuildingFromStorage_WithNothingPublished_ServesTheLibraryFolder_AndPublishesFromIt()
    {
        using var app = new AppFactory { LibrarySource = "storage" };
        var legal = app.As("lee", "legal");

        var before = await legal.GetStringAsync(new Uri("/api/releases", UriKind.Relative));
        // What the start-up line says the app serves.
        var home = ContractDocsServices.Describe(app.Services);
        var published = await legal.PostAsync(new Uri("/api/releases/2026.1/publish", UriKind.Relative), null);

        Assert.Contains("2026.1", before, StringComparison.Ordinal);
        Assert.Contains("2026.2", before, StringComparison.Ordinal);
        Assert.Contains("nothing published to storage yet", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.NotNull(await app.Services.GetRequiredService<IDocumentStore>().GetAsync(new DocumentAddress("releases", "2026.1/manifest.json")));
    }

    [Fact]
    public async Task AppBuildingFromStorage_PublishesANewReleaseFromTheLibraryFolder_AndServesItAfterARestart()
    {
        var store = Directory.CreateTempSubdirectory("contractdocs-shared-store-").FullName;
        using (var publisher = new AppFactory { StoreFolder = store })
        {
            Assert.Equal(HttpStatusCode.Created, (await publisher.As("lee", "legal").PostAsync(new Uri("/api/releases/2026.1/publish", UriKind.Relative), null)).StatusCode);
        }

        using (var app = new AppFactory { StoreFolder = store, LibrarySource = "storage" })
        {
            var legal = app.As("lee", "legal");
            Assert.DoesNotContain("2026.2", await legal.GetStringAsync(new Uri("/api/releases", UriKind.Relative)), StringComparison.Ordinal);
            Assert.EndsWith("; the releases published to storage", ContractDocsServices.Describe(app.Services), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Created, (await legal.PostAsync(new Uri("/api/releases/2026.2/publish", UriKind.Relative), null)).StatusCode);
        }

        using var restarted = new AppFactory { StoreFolder = store, LibrarySource = "storage" };
        Assert.Contains("2026.2", await restarted.As("ann", "commissioner").GetStringAsync(new Uri("/api/releases", UriKind.Relative)), StringComparison.Ordinal);
    }
}
