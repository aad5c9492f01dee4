using System.Net;
using Azure.Storage.Blobs;
using ContractDocs.Storage;
using ContractDocs.Tests.Support;

namespace ContractDocs.Tests.Storage;

public sealed class BlobDocumentStoreTests : DocumentStoreContract, IClassFixture<AzuriteFixture>
{
    private readonly AzuriteFixture _azurite;

    public BlobDocumentStoreTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        Store = new BlobDocumentStore(new BlobServiceClient(azurite.Server.ConnectionString));
    }

    protected override IDocumentStore Store { get; }

    [Fact]
    public async Task ReadLink_ReadsThatBlobOnly_AndCannotWrite()
    {
        var address = NewAddress();
        await Store.CreateAsync(address, Content("signed copy"), "text/plain", new Dictionary<string, string>());
        var link = (await Store.GetReadLinkAsync(address, TimeSpan.FromMinutes(5)))!;
        using var http = new HttpClient();

        Assert.Equal("signed copy", await http.GetStringAsync(link));
        using var put = new HttpRequestMessage(HttpMethod.Put, link) { Content = new StringContent("overwrite") };
        put.Headers.Add("x-ms-blob-type", "BlockBlob");
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(put)).StatusCode);
        var other = new UriBuilder(link) { Path = link.AbsolutePath.Replace("draft.docx", "other.docx", StringComparison.Ordinal) }.Uri;
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(other)).StatusCode);
    }

    [Fact]
    public async Task ReadLink_Altered_IsRefused()
    {
        var address = NewAddress();
        await Store.CreateAsync(address, Content("x"), "text/plain", new Dictionary<string, string>());
        var link = (await Store.GetReadLinkAsync(address, TimeSpan.FromMinutes(5)))!.ToString();
        var altered = link.Replace("sp=r", "sp=rw", StringComparison.Ordinal);
        using var http = new HttpClient();

        Assert.NotEqual(link, altered);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(new Uri(altered))).StatusCode);
    }

    [Fact]
    public async Task StorageDown_IsUnavailable_AndTheSameStoreRecoversWhenItReturns()
    {
        using var own = new Azurite();
        var options = new BlobClientOptions { Retry = { MaxRetries = 1, Delay = TimeSpan.FromMilliseconds(100), NetworkTimeout = TimeSpan.FromSeconds(5) } };
        var store = new BlobDocumentStore(new BlobServiceClient(own.ConnectionString, options));
        var before = NewAddress();
        await store.CreateAsync(before, Content("before"), "text/plain", new Dictionary<string, string>());

        own.Stop();
        var during = new DocumentAddress(before.Container, "during.docx");
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.CreateAsync(during, Content("during"), "text/plain", new Dictionary<string, string>()));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.GetAsync(before));
        own.Start();

        // Nothing from the outage is visible, and the same store writes again without being rebuilt. (Azurite may
        // lose what it had not yet saved when it is killed; the store copes with its container having gone.)
        Assert.Null(await store.GetAsync(during));
        await store.CreateAsync(during, Content("after"), "text/plain", new Dictionary<string, string>());
        await using var stream = (await store.OpenReadAsync(during))!;
        Assert.Equal("after", await new StreamReader(stream).ReadToEndAsync());
    }

    [Fact]
    public async Task ReadLink_Expired_IsRefused()
    {
        var address = NewAddress();
        await Store.CreateAsync(address, Content("x"), "text/plain", new Dictionary<string, string>());
        var link = (await Store.GetReadLinkAsync(address, TimeSpan.FromSeconds(-5)))!;
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(link)).StatusCode);
    }
}

/// <summary>One Azurite for the blob store tests.</summary>
public sealed class AzuriteFixture : IDisposable
{
    public Azurite Server { get; } = new();

    public void Dispose() => Server.Dispose();
}
